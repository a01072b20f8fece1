namespace Returns.Tests.Fuzz;

/// <summary>One write the fuzz host's storage clients sent: the case that caused it, and the items it touched.</summary>
public sealed record StorageWrite(string? CaseId, string Method, string Path, IReadOnlyList<string> Keys)
{
    public override string ToString() => $"{Method} {Path} [{string.Join(", ", Keys)}] (case {CaseId ?? "none"})";
}
