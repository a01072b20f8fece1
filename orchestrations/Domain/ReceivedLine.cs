namespace Returns.Orchestrations.Domain;

public sealed record ReceivedLine(string Sku, int Quantity);
