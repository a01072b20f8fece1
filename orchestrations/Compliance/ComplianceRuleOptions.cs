namespace Returns.Orchestrations.Compliance;

public sealed class ComplianceRuleOptions
{
    /// <summary>The folder of rule files (RETURNS_RULES_DIR); empty: the <c>rules</c> folder shipped beside the app.</summary>
    public string? RulesDirectory { get; set; }

    public string ResolvedDirectory =>
        string.IsNullOrWhiteSpace(RulesDirectory) ? Path.Combine(AppContext.BaseDirectory, "rules") : Path.GetFullPath(RulesDirectory);
}
