namespace Returns.Orchestrations.Domain;

public sealed record ExchangeShipment(string Sku, int Quantity, string Carrier, string TrackingNumber, DateTimeOffset ShippedAt);
