using System.Text.Json;
using System.Text.RegularExpressions;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;

namespace Returns.Api.Handlers;

/// <summary>Turns the shop site's order JSON into an order, or says exactly what is wrong with it.</summary>
public static partial class OrderValidator
{
    /// <summary>Tariff codes are checked against the national lengths of both countries in <paramref name="rules"/>.</summary>
    public static (Order? Order, string? Error) Validate(OrderRequest r, ComplianceRuleBook rules)
    {
        if (string.IsNullOrWhiteSpace(r.OrderNumber) || r.OrderNumber.Length > 64)
            return Fail("orderNumber is required (at most 64 characters).");
        if (string.IsNullOrWhiteSpace(r.Email) || !r.Email.Contains('@') || r.Email.Length > 254)
            return Fail("email must be an email address.");
        if (string.IsNullOrWhiteSpace(r.Currency) || !CurrencyPattern().IsMatch(r.Currency))
            return Fail("currency must be an ISO 4217 code such as EUR.");
        if (r.PlacedAt is null)
            return Fail("placedAt is required (ISO 8601).");
        if (Address(r.ShipFrom, "shipFrom") is { } fromError)
            return Fail(fromError);
        if (Address(r.ShipTo, "shipTo") is { } toError)
            return Fail(toError);
        if (r.Lines is not { Count: > 0 })
            return Fail("lines must list at least one order line.");
        if (r.Lines.Count > MaxLines)
            return Fail($"lines can list at most {MaxLines} order lines.");
        if ((TooLong(("customerName", r.CustomerName, 200), ("locale", r.Locale, 35), ("incoterm", r.Incoterm, 16), ("exportDeclarationRef", r.ExportDeclarationRef, 100))
            ?? AddressTooLong(r.ShipFrom!, "shipFrom") ?? AddressTooLong(r.ShipTo!, "shipTo")) is { } tooLong)
            return Fail(tooLong);
        if (r.ImportCharges is { Duty: < 0 } or { Tax: < 0 })
            return Fail("importCharges.duty and importCharges.tax cannot be negative.");
        if (r.PaymentReference is { Length: > 255 })
            return Fail("paymentReference is longer than 255 characters.");
        if (r.ShippingCharge is < 0)
            return Fail("shippingCharge is minor units and cannot be negative.");
        if (r.OutboundTrackingNumber is { Length: > 64 })
            return Fail("outboundTrackingNumber is longer than 64 characters.");
        var tariffs = Tariffs(r.ShipFrom!.Country!, r.ShipTo!.Country!, rules);

        var lines = new List<OrderLine>();
        for (var i = 0; i < r.Lines.Count; i++)
        {
            var l = r.Lines[i];
            if (l is null || string.IsNullOrWhiteSpace(l.Sku))
                return Fail($"lines[{i}].sku is required.");
            if (TooLong(($"lines[{i}].sku", l.Sku, 100), ($"lines[{i}].name", l.Name, 500), ($"lines[{i}].originCountry", l.OriginCountry, 3),
                ($"lines[{i}].category", l.Category, 100), ($"lines[{i}].imageUrl", l.ImageUrl, 2048)) is { } lineTooLong)
                return Fail(lineTooLong);
            if (l.Tags is { Count: > 50 } || l.Tags?.Any(t => t is { Length: > 100 }) == true)
                return Fail($"lines[{i}].tags can list at most 50 tags of at most 100 characters.");
            if (l.Quantity is null or < 1 or > 10_000)
                return Fail($"lines[{i}].quantity must be between 1 and 10000.");
            if (l.UnitPrice is null or < 0)
                return Fail($"lines[{i}].unitPrice must be a non-negative amount in minor units.");
            if (l.WeightGrams is < 0)
                return Fail($"lines[{i}].weightGrams cannot be negative.");
            if (lines.Any(x => string.Equals(x.Sku, l.Sku, StringComparison.OrdinalIgnoreCase)))
                return Fail($"lines[{i}].sku {l.Sku} appears twice; merge the quantities.");
            if (l.Variants is { Count: > 50 })
                return Fail($"lines[{i}].variants can list at most 50 variants.");
            if (l.Variants?.Any(v => v is null || string.IsNullOrWhiteSpace(v.Sku) || v.Sku.Length > 100) == true)
                return Fail($"lines[{i}].variants: every variant needs a sku of at most 100 characters.");
            if (l.HsCode is { } hs && !string.IsNullOrWhiteSpace(hs) && HsCodes.Problem(hs, tariffs) is { } hsProblem)
                return Fail($"lines[{i}].hsCode {hsProblem}.");
            if (l.DangerousGoods is { } un && !UnNumberPattern().IsMatch(un.Trim()))
                return Fail($"lines[{i}].dangerousGoods must be a UN number such as UN3481.");
            if (l.BatteryCondition is { } condition && !BatteryConditions.All.Contains(condition))
                return Fail($"lines[{i}].batteryCondition must be one of: {string.Join(", ", BatteryConditions.All)}.");
            if (l.ImageUrl is { } image && !(Uri.TryCreate(image, UriKind.Absolute, out var imageUri) && imageUri.Scheme == Uri.UriSchemeHttps))
                return Fail($"lines[{i}].imageUrl must be an absolute https URL.");
            lines.Add(new OrderLine(l.Sku.Trim(), l.Name?.Trim() ?? l.Sku.Trim(), l.Quantity.Value, l.UnitPrice.Value,
                HsCodes.Normalize(l.HsCode), l.OriginCountry?.Trim().ToUpperInvariant(), l.Category?.Trim(), l.WeightGrams ?? 0,
                l.Tags?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToArray() ?? [],
                l.Variants?.Select(v => new OrderVariant(v.Sku!.Trim(), v.Name?.Trim() ?? v.Sku.Trim(), v.InStock ?? true)).ToArray(),
                l.ImageUrl, l.DangerousGoods?.Trim().ToUpperInvariant(), l.BatteryCondition));
        }

        var order = new Order(
            r.OrderNumber.Trim(), r.Email.Trim(), r.CustomerName?.Trim() ?? "", string.IsNullOrWhiteSpace(r.Locale) ? "en" : r.Locale.Trim(),
            r.Currency.ToUpperInvariant(), r.PlacedAt.Value, r.DeliveredAt, ToAddress(r.ShipFrom!), ToAddress(r.ShipTo!), lines,
            r.Incoterm?.Trim().ToUpperInvariant(), r.ExportDeclarationRef?.Trim(), r.OutboundTrackingNumber?.Trim(),
            r.ImportCharges?.Duty, r.ImportCharges?.Tax, r.PaymentReference?.Trim(), r.ShippingCharge ?? 0);
        // An order is kept as one stored record: one that could not be written is refused here, before anything is.
        var size = JsonSerializer.Serialize(order, JsonSerializerOptions.Web).Length;
        return size > MaxOrderChars
            ? Fail($"The order is too large to keep ({size} characters as JSON, at most {MaxOrderChars}): shorten its texts or send fewer lines.")
            : (order, null);
    }

    /// <summary>Order lines one order may have.</summary>
    public const int MaxLines = 250;

    /// <summary>The largest order as JSON: it must fit one table property (64 KB of UTF-16) with room for what is added later.</summary>
    public const int MaxOrderChars = 28_000;

    private static string? TooLong(params (string Field, string? Value, int Max)[] fields) =>
        fields.FirstOrDefault(f => f.Value is { } v && v.Length > f.Max) is { Field: { } field } tooLong
            ? $"{field} is longer than {tooLong.Max} characters."
            : null;

    private static string? AddressTooLong(AddressRequest a, string field) =>
        TooLong(($"{field}.name", a.Name, 200), ($"{field}.city", a.City, 200), ($"{field}.postalCode", a.PostalCode, 32),
            ($"{field}.line1", a.Line1, 200), ($"{field}.line2", a.Line2, 200));

    /// <summary>
    /// Why <paramref name="hsCode"/> would be rejected on an order between these countries, or null when it is fine.
    /// Platform webhooks drop such a code rather than the whole order: compliance then flags the line as missing one.
    /// </summary>
    public static string? HsCodeProblem(string hsCode, string fromCountry, string toCountry, ComplianceRuleBook rules) =>
        HsCodes.Problem(hsCode, Tariffs(fromCountry, toCountry, rules));

    private static List<HsCodeProfile> Tariffs(string fromCountry, string toCountry, ComplianceRuleBook rules) =>
        new[] { fromCountry, toCountry }.Select(c => rules.CustomsFor(c.ToUpperInvariant())?.HsCodes).OfType<HsCodeProfile>().ToList();

    private static string? Address(AddressRequest? a, string field) =>
        a is null ? $"{field} is required."
        : string.IsNullOrWhiteSpace(a.Country) || !CountryPattern().IsMatch(a.Country) ? $"{field}.country must be an ISO 3166 two-letter code such as DE."
        : a.Region is { } region && !RegionPattern().IsMatch(region.Trim()) ? $"{field}.region must be a state or province code such as CA or NY."
        : null;

    private static PostalAddress ToAddress(AddressRequest a) =>
        new(a.Country!.ToUpperInvariant(), a.Name?.Trim(), a.City?.Trim(), a.PostalCode?.Trim(), a.Line1?.Trim(), a.Line2?.Trim(),
            string.IsNullOrWhiteSpace(a.Region) ? null : a.Region.Trim().ToUpperInvariant());

    private static (Order?, string?) Fail(string error) => (null, error);

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[A-Za-z0-9]{1,3}$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^UN[0-9]{4}$", RegexOptions.IgnoreCase)]
    private static partial Regex UnNumberPattern();
}
