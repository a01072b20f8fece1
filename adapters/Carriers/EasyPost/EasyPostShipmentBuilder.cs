using Returns.Adapters.Carriers.EasyPost.Api;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>Turns a label request into EasyPost's return Shipment.</summary>
public static class EasyPostShipmentBuilder
{
    public const string ReturnedGoods = "returned_goods";
    private const decimal GramsPerOunce = 28.349523125m;

    /// <param name="customs">The customs lines of a cross-border label; null for a domestic one.</param>
    public static EasyPostShipmentRequest Build(LabelRequest request, IReadOnlyList<EasyPostCustomsLine>? customs, string labelFormat) => new(
        // A return Shipment takes the addresses of the outbound one (EasyPost swaps them): the customer, who sends
        // the parcel back, is to_address; where it goes (the merchant or a hub) is from_address.
        ToAddress: Address(request.From),
        FromAddress: Address(request.To),
        Parcel: new EasyPostParcel(Ounces(request.WeightGrams)),
        CustomsInfo: customs is null ? null : new EasyPostCustomsInfo(
            ReturnedGoods, Shorten($"Returned goods, order {request.OrderNumber}", 255), "none",
            [.. customs.Select(c => new EasyPostCustomsItem(
                c.Description, c.Quantity, c.TotalValue, c.Currency, Ounces(c.TotalWeightGrams), c.HsCode, c.OriginCountry, c.Sku))]),
        IsReturn: true,
        Reference: request.ReturnId,
        Options: new EasyPostOptions(labelFormat));

    /// <summary>Grams to ounces, rounded up to a tenth: an under-declared weight gets the parcel surcharged or held.</summary>
    public static decimal Ounces(int grams) => Math.Ceiling(grams / GramsPerOunce * 10) / 10;

    private static EasyPostAddress Address(PostalAddress a) =>
        new(a.Name, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.Country.ToUpperInvariant());

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];
}
