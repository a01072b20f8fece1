namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>One returned line as customs needs it: totals for the whole line, the price paid, the original classification.</summary>
/// <param name="HsCode">Digits only; null when the order has none.</param>
public sealed record EasyPostCustomsLine(
    string Sku,
    string Description,
    int Quantity,
    decimal TotalValue,
    string Currency,
    int TotalWeightGrams,
    string? HsCode,
    string? OriginCountry);
