namespace Returns.Tests.Faults;

/// <summary>A request the host answered 2xx: what it promised must show in the return's final state (<see cref="Evidence"/> in its timeline).</summary>
internal sealed record AcceptedRequest(string ReturnId, string Kind, string Evidence, bool AfterRetry);
