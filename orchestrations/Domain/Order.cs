namespace Returns.Orchestrations.Domain;

public sealed record Order(
    string OrderNumber,
    string Email,
    string CustomerName,
    string Locale,
    string Currency,
    DateTimeOffset PlacedAt,
    DateTimeOffset? DeliveredAt,
    PostalAddress ShipFrom,
    PostalAddress ShipTo,
    IReadOnlyList<OrderLine> Lines,
    string? Incoterm = null,
    string? ExportDeclarationRef = null)
{
    public bool CrossBorder => !string.Equals(ShipFrom.Country, ShipTo.Country, StringComparison.OrdinalIgnoreCase);

    public OrderLine? FindLine(string sku) =>
        Lines.FirstOrDefault(l => string.Equals(l.Sku, sku, StringComparison.OrdinalIgnoreCase));
}
