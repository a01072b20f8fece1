namespace Returns.Orchestrations.Exchanges;

/// <summary>An instant exchange: which return, and how long the replacement waits for the returned goods before compensating.</summary>
public sealed record InstantExchangeInput(string ReturnId, TimeSpan ArrivalTimeout);
