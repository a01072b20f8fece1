using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Notifications;

namespace Returns.Api.Handlers;

/// <summary>The JSON shapes of the contract, built from domain records.</summary>
public static class ReturnViews
{
    public static object Status(ReturnRecord r, ReturnLinks links) => new
    {
        returnId = r.ReturnId,
        orderNumber = r.OrderNumber,
        stage = r.Stage,
        resolution = r.Resolution,
        exchangeSku = r.ExchangeSku,
        locale = r.Locale,
        crossBorder = r.CrossBorder,
        createdAt = r.CreatedAt,
        updatedAt = r.UpdatedAt,
        language = CustomerLanguages.Default.For(r.Locale).Language,
        lines = r.Lines.Select(l => new
        {
            sku = l.Sku,
            name = l.Name,
            quantity = l.Quantity,
            unitPrice = l.UnitPrice,
            reason = l.Reason,
            comment = l.Comment,
            resolution = Resolutions.Of(r, l),
            exchangeSku = l.ExchangeSku,
            photos = l.Photos.Count,
        }),
        timeline = r.Timeline.Select(t => new { stage = t.Stage, at = t.At, note = t.Note }),
        label = r.Label is null ? null : new
        {
            carrier = r.Label.Carrier,
            service = r.Label.Service,
            trackingNumber = r.Label.TrackingNumber,
            url = links.LabelUrl(r.ReturnId),
            voided = r.Label.Voided,
        },
        documents = r.Documents.Select(kind => new { kind, url = links.DocumentUrl(r.ReturnId, kind) }),
        refund = Settlement(r.Refund ?? r.Credit),
        credit = Settlement(r.Credit),
        terms = r.Terms,
        exchange = r.Exchange,
        statusUrl = links.StatusUrl(r.ReturnId),
        trackingUrl = links.TrackingPageUrl(r.ReturnId),
    };

    private static object? Settlement(RefundInfo? s) =>
        s is null ? null : new { amount = s.Amount, currency = s.Currency, status = s.Status, kind = s.Kind };

    public static object AdminDetail(ReturnRecord r, ReturnLinks links) => new
    {
        status = Status(r, links),
        photos = r.Lines.SelectMany(l => l.Photos.Select(p => new { sku = l.Sku, photoId = p, url = $"api/admin/photos/{p}" })),
        receiptPhotos = (r.Receipt?.Photos ?? []).Select(p => new { photoId = p, url = $"api/admin/photos/{p}" }),
        email = r.Email,
        customerName = r.CustomerName,
        attention = Attention(r),
        shipFromCountry = r.ShipFromCountry,
        shipToCountry = r.ShipToCountry,
        receipt = r.Receipt,
        inspection = r.Inspection,
        route = r.RouteDecision is { } decision
            ? new
            {
                chosen = decision.Chosen,
                currency = decision.Currency,
                decidedAt = decision.DecidedAt,
                networkVersion = decision.NetworkVersion,
                options = decision.Options.Select(o => new
                {
                    kind = o.Kind,
                    feasible = o.Feasible,
                    totalCost = o.TotalCost,
                    daysToRefund = o.DaysToRefund,
                    breakdown = o.Breakdown.Select(i => new { item = i.Item, amount = new Money(i.Amount, decision.Currency), note = i.Note }),
                    reasons = o.Reasons,
                    carrierId = o.CarrierId,
                    serviceId = o.ServiceId,
                    hubId = o.HubId,
                    transport = o.Transport,
                }),
            }
            : (object?)(r.Route is null ? null : new { chosen = r.Route, options = Array.Empty<object>() }),
        decisionNote = r.DecisionNote,
        compliance = new
        {
            crossBorder = r.CrossBorder,
            flags = ComplianceFlags(r),
            claimsUrl = $"api/admin/returns/{Uri.EscapeDataString(r.ReturnId)}/claims",
        },
    };

    /// <summary>What the merchant must fix before a cross-border label: lines without a usable tariff code.</summary>
    public static IReadOnlyList<object> ComplianceFlags(ReturnRecord r) =>
        !r.CrossBorder
            ? []
            : r.Lines.Where(l => !HsCodes.IsValidBase(l.HsCode)).Select(l => (object)new
            {
                code = "hs_code_missing",
                sku = l.Sku,
                detail = $"{l.Sku} has no valid HS code: add it to the order before the customs papers are issued.",
            }).ToList();

    public static object Summary(ReturnRecord r) => new
    {
        returnId = r.ReturnId,
        orderNumber = r.OrderNumber,
        customerName = r.CustomerName,
        stage = r.Stage,
        resolution = r.Resolution,
        units = r.Lines.Sum(l => l.Quantity),
        value = r.ReturnedValue(),
        shipToCountry = r.ShipToCountry,
        trackingNumber = r.Label?.TrackingNumber,
        createdAt = r.CreatedAt,
        updatedAt = r.UpdatedAt,
        attention = Attention(r),
    };

    /// <summary>A step parked for the merchant (the partner's last error included), or null.</summary>
    public static object? Attention(ReturnRecord r) => r.Attention is { } a
        ? new { step = a.Step, since = a.Since, reason = a.Reason, rounds = a.Rounds }
        : null;
}
