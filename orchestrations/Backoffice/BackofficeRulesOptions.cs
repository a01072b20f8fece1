namespace Returns.Orchestrations.Backoffice;

public sealed class BackofficeRulesOptions
{
    /// <summary>The folder holding grading.json and dispositions.json; empty: the <c>backoffice</c> folder shipped beside the app.</summary>
    public string? Directory { get; set; }

    public string ResolvedDirectory =>
        string.IsNullOrWhiteSpace(Directory) ? Path.Combine(AppContext.BaseDirectory, "backoffice") : Path.GetFullPath(Directory);
}
