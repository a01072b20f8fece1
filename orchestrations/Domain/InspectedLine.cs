namespace Returns.Orchestrations.Domain;

public sealed record InspectedLine(string Sku, int Quantity, string Grade, string? Notes = null);
