using Microsoft.Extensions.Options;

namespace Returns.Orchestrations.Compliance;

/// <summary>
/// The rule set in use. Loaded on first use (the host touches it at start, so a broken file stops the start with
/// its name); <see cref="Reload"/> reads the files again and swaps the set only when every file checks out.
/// </summary>
public sealed class ComplianceRules(IOptions<ComplianceRuleOptions> options)
{
    private readonly object _gate = new();
    private ComplianceRuleBook? _current;

    public ComplianceRuleBook Current
    {
        get
        {
            if (Volatile.Read(ref _current) is { } book)
                return book;
            lock (_gate)
                return _current ??= ComplianceRuleBook.Load(options.Value.ResolvedDirectory);
        }
    }

    /// <summary>Reads the files again; on any error the set in use stays and the error is thrown.</summary>
    public ComplianceRuleBook Reload()
    {
        var book = ComplianceRuleBook.Load(options.Value.ResolvedDirectory);
        Volatile.Write(ref _current, book);
        return book;
    }

    /// <summary>A fixed rule set, for tools and tests.</summary>
    public static ComplianceRules From(string directory) =>
        new(Microsoft.Extensions.Options.Options.Create(new ComplianceRuleOptions { RulesDirectory = directory }));
}
