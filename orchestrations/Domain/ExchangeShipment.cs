namespace Returns.Orchestrations.Domain;

/// <summary>
/// The replacement parcel; <see cref="Sku"/> and <see cref="Quantity"/> summarize <see cref="Items"/> (absent on
/// shipments of a single item).
/// </summary>
public sealed record ExchangeShipment(string Sku, int Quantity, string Carrier, string TrackingNumber, DateTimeOffset ShippedAt, IReadOnlyList<ExchangeItem>? Items = null);
