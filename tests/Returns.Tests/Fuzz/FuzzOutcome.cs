namespace Returns.Tests.Fuzz;

/// <summary>What one case got: the answer's status (0 when the connection failed) and any broken rule.</summary>
public sealed record FuzzOutcome(int Index, string Route, int Status, string Request, string? Failure, string Answer);
