namespace Returns.Orchestrations.Domain;

/// <summary>A line the customer sends back; <see cref="UnitPrice"/> is the price paid, in minor units.</summary>
public sealed record ReturnLine(
    string Sku,
    string Name,
    int Quantity,
    long UnitPrice,
    string Reason,
    string? Comment = null);
