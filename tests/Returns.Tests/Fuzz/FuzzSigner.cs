namespace Returns.Tests.Fuzz;

/// <summary>How a signed route is signed: the header and its value for a body.</summary>
public sealed record FuzzSigner(string Header, Func<byte[], string> Sign);
