namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>
/// One line of an EasyPost CustomsInfo. <see cref="Value"/> and <see cref="Weight"/> (ounces) are line totals, not
/// per unit; <see cref="Currency"/> defaults to USD at EasyPost, so it is always sent.
/// </summary>
public sealed record EasyPostCustomsItem(
    string Description,
    int Quantity,
    decimal Value,
    string Currency,
    decimal Weight,
    string? HsTariffNumber,
    string? OriginCountry,
    string? Code);
