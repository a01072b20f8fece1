using Microsoft.AspNetCore.Http;
using Returns.Api.Http;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;

namespace Returns.Api.Handlers;

/// <summary>
/// Checks the shape of a return request against its order: known lines, quantities, reasons, resolutions,
/// exchange variants and photo counts. Errors are in the customer's language.
/// </summary>
public static class ReturnRequestValidator
{
    public const int MaxCommentLength = 2000;
    public const int MaxLines = 100;
    public const int MaxPhotosPerLine = 5;

    public sealed record Validated(IReadOnlyList<ReturnLine> Lines, string Resolution);

    public static (Validated? Value, IResult? Error) Validate(Order order, CreateReturnRequest r, CustomerLocale locale)
    {
        IResult Fail(string code, params (string, object?)[] args) => Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, code, args);

        if (r.Lines is not { Count: > 0 })
            return (null, Fail("noLines"));
        if (r.Lines.Count > MaxLines)
            return (null, Fail("tooManyLines", ("max", MaxLines)));
        if (r.Resolution is not null && !Resolutions.IsKnown(r.Resolution))
            return (null, Fail("resolutionInvalid"));
        if (r.ExchangeSku is { Length: > 100 })
            return (null, Fail("exchangeSkuInvalid", ("sku", r.ExchangeSku[..20] + "…"), ("name", "")));

        var lines = new List<ReturnLine>();
        foreach (var line in r.Lines)
        {
            if (line is null || string.IsNullOrWhiteSpace(line.Sku))
                return (null, Fail("unknownSku", ("sku", "")));
            var orderLine = order.FindLine(line.Sku);
            if (orderLine is null)
                return (null, Fail("unknownSku", ("sku", line.Sku.Length > 40 ? line.Sku[..40] + "…" : line.Sku)));
            var name = orderLine.Name;
            if (lines.Any(l => string.Equals(l.Sku, orderLine.Sku, StringComparison.OrdinalIgnoreCase)))
                return (null, Fail("duplicateSku", ("sku", orderLine.Sku)));
            if (line.Quantity is null or < 1)
                return (null, Fail("quantityInvalid", ("name", name)));
            if (line.Quantity > orderLine.Quantity)
                return (null, Fail("quantityTooHigh", ("max", orderLine.Quantity), ("name", name)));
            if (!ReturnReasons.IsKnown(line.Reason))
                return (null, Fail("reasonInvalid", ("name", name)));
            if (line.Comment is { Length: > MaxCommentLength })
                return (null, Fail("commentTooLong", ("name", name), ("max", MaxCommentLength)));
            var resolution = line.Resolution ?? r.Resolution;
            if (!Resolutions.IsKnown(resolution))
                return (null, Fail("resolutionInvalid"));
            var requested = resolution == Resolutions.Exchange ? Clean(line.ExchangeSku) : null;
            var exchangeSku = requested is null ? null : ExchangeVariant(orderLine, requested);
            if (requested is not null && exchangeSku is null)
                return (null, Fail("exchangeSkuInvalid", ("sku", requested.Length > 40 ? requested[..40] + "…" : requested), ("name", name)));
            var photos = (line.Photos ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToArray();
            if (photos.Length > MaxPhotosPerLine)
                return (null, Fail("photoTooMany", ("max", MaxPhotosPerLine)));
            if (line.BatteryCondition is { } condition && !BatteryConditions.All.Contains(condition))
                return (null, Fail("batteryConditionInvalid", ("name", name)));
            // The customer's report wins over the shop's: a battery may have been damaged since delivery.
            var battery = orderLine.DangerousGoods is null ? null : line.BatteryCondition ?? orderLine.BatteryCondition;

            lines.Add(new ReturnLine(orderLine.Sku, name, line.Quantity.Value, orderLine.UnitPrice, line.Reason!,
                Clean(line.Comment), line.Resolution is null ? null : resolution, exchangeSku, photos,
                HsCodes.Normalize(orderLine.HsCode), orderLine.OriginCountry, battery));
        }

        // The return-level resolution: the request's when every line follows it, "mixed" when lines differ.
        var summary = Resolutions.Summarize(lines.Select(l => l.Resolution ?? r.Resolution!));
        var normalized = lines.Select(l => summary == Resolutions.Mixed ? l with { Resolution = l.Resolution ?? r.Resolution } : l with { Resolution = null }).ToArray();
        return (new Validated(normalized, summary), null);
    }

    /// <summary>The variant's sku as the order spells it: one of the line's in-stock variants, or the line itself; any sku when the order lists no variants.</summary>
    private static string? ExchangeVariant(OrderLine line, string sku)
    {
        if (string.Equals(sku, line.Sku, StringComparison.OrdinalIgnoreCase))
            return line.Sku;
        if (line.Variants.Count == 0)
            return sku;
        return line.Variants.FirstOrDefault(v => v.InStock && string.Equals(v.Sku, sku, StringComparison.OrdinalIgnoreCase))?.Sku;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
