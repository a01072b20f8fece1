namespace Returns.Tests.Infra;

/// <summary>What one run of the Bicep CLI printed.</summary>
internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Lines that report a problem: "file(line,col) : Warning|Error code: message" and anything else naming one.</summary>
    public IReadOnlyList<string> ProblemLines(bool includeStandardOutput) =>
        (includeStandardOutput ? StandardOutput + "\n" + StandardError : StandardError)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains("Warning", StringComparison.OrdinalIgnoreCase) || line.Contains("Error", StringComparison.OrdinalIgnoreCase))
            .ToArray();

    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
