using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Compliance.Papers;

/// <summary>
/// What the commercial invoice and the packing list of a cross-border return say. The customer ships (exporter),
/// the merchant receives (consignee); values are the prices paid, in minor units of <see cref="Currency"/>.
/// </summary>
/// <param name="OutboundTrackingNumber">The tracking number of the original delivery, when the shop sent it.</param>
/// <param name="ExportDeclarationRef">The original export declaration (MRN, EEI/ITN), when known.</param>
/// <param name="ReliefStatements">The returned-goods relief sentences for the seller's country, with their codes.</param>
/// <param name="DangerousGoodsMarks">Marks for lines with a UN number (empty for none).</param>
public sealed record CustomsPaper(
    string ReturnId,
    string OrderNumber,
    DateTimeOffset IssuedAt,
    string Currency,
    PostalAddress Exporter,
    PostalAddress Consignee,
    DateTimeOffset? OriginalShipmentDate,
    string? OutboundTrackingNumber,
    string? ExportDeclarationRef,
    string? Incoterm,
    string? ReturnTrackingNumber,
    IReadOnlyList<CustomsPaperLine> Lines,
    IReadOnlyList<string> ReliefStatements,
    IReadOnlyList<string> DangerousGoodsMarks)
{
    /// <summary>Printed as the reason for export on both papers.</summary>
    public const string ReasonForExport = "RETURN";

    public long TotalValue => Lines.Sum(l => l.UnitValue * l.Quantity);

    public int TotalWeightGrams => Lines.Sum(l => l.UnitWeightGrams * l.Quantity);
}
