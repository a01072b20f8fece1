namespace Returns.Orchestrations.Workflow;

/// <summary>Asks for the money or goods a resolution promises; the return id is the idempotency key.</summary>
public sealed record SettlementRequest(string ReturnId, string Resolution);
