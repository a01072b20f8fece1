namespace Returns.Orchestrations.Domain;

/// <summary>
/// Units of one line inspected at one grade; <see cref="Disposition"/> is what the warehouse chose instead of the
/// disposition table (null: the table decides).
/// </summary>
public sealed record InspectedLine(string Sku, int Quantity, string Grade, string? Notes = null, string? Disposition = null);
