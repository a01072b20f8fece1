namespace Returns.Orchestrations.Compliance;

/// <summary>A rule file that cannot be used: which file and what is wrong with it.</summary>
public sealed class RuleFileException(string file, string problem, Exception? inner = null)
    : Exception($"{file}: {problem}", inner)
{
    public string File { get; } = file;
}
