namespace Returns.Orchestrations.Compliance.Papers;

/// <summary>One returned line on the customs papers; <see cref="HsCode"/> is the original classification (digits only).</summary>
/// <param name="Reason">The return reason code ("size_too_large"), printed in English words on the invoice.</param>
/// <param name="DangerousGoods">The UN number, when the line has one.</param>
public sealed record CustomsPaperLine(
    string Sku,
    string Description,
    string? HsCode,
    string? OriginCountry,
    int Quantity,
    long UnitValue,
    int UnitWeightGrams,
    string Reason,
    string? DangerousGoods = null);
