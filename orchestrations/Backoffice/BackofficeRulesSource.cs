using Microsoft.Extensions.Options;

namespace Returns.Orchestrations.Backoffice;

/// <summary>The shipped grading checklists and disposition table, read and checked once on first use.</summary>
public sealed class BackofficeRulesSource(IOptions<BackofficeRulesOptions> options)
{
    private readonly Lazy<BackofficeRules> _rules = new(() => BackofficeRules.Load(options.Value.ResolvedDirectory));

    /// <summary>The rules in force (a broken file throws <see cref="Compliance.RuleFileException"/>, naming itself).</summary>
    public BackofficeRules Rules => _rules.Value;

    public Grading Grading => Rules.Grading;

    public Dispositions Dispositions => Rules.Dispositions;
}
