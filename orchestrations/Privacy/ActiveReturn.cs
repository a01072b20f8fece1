namespace Returns.Orchestrations.Privacy;

/// <summary>A return of the customer still in progress, which keeps an erasure from going ahead.</summary>
public sealed record ActiveReturn(string ReturnId, string Stage);
