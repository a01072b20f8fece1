using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Policy;

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
        lines = r.Lines.Select(l => new { sku = l.Sku, name = l.Name, quantity = l.Quantity, unitPrice = l.UnitPrice, reason = l.Reason, comment = l.Comment }),
        timeline = r.Timeline.Select(t => new { stage = t.Stage, at = t.At, note = t.Note }),
        label = r.Label is null ? null : new
        {
            carrier = r.Label.Carrier,
            service = r.Label.Service,
            trackingNumber = r.Label.TrackingNumber,
            url = links.LabelUrl(r.ReturnId, r.Email),
            voided = r.Label.Voided,
        },
        documents = r.Documents.Select(kind => new { kind, url = links.DocumentUrl(r.ReturnId, r.Email, kind) }),
        refund = r.Refund is null ? null : new { amount = r.Refund.Amount, currency = r.Refund.Currency, status = r.Refund.Status, kind = r.Refund.Kind },
        exchange = r.Exchange,
        statusUrl = links.StatusUrl(r.ReturnId, r.Email),
    };

    public static object AdminDetail(ReturnRecord r, ReturnLinks links) => new
    {
        status = Status(r, links),
        email = r.Email,
        customerName = r.CustomerName,
        shipFromCountry = r.ShipFromCountry,
        shipToCountry = r.ShipToCountry,
        receipt = r.Receipt,
        inspection = r.Inspection,
        route = r.Route,
        decisionNote = r.DecisionNote,
    };

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
    };

    public static object Lookup(Order order, IReadOnlyDictionary<string, LineEligibility> eligibility, IReadOnlyList<ReturnRecord> returns, ReturnPolicyOptions policy) => new
    {
        orderNumber = order.OrderNumber,
        customerName = order.CustomerName,
        locale = order.Locale,
        currency = order.Currency,
        placedAt = order.PlacedAt,
        deliveredAt = order.DeliveredAt,
        shipTo = Masking.Address(order.ShipTo),
        lines = order.Lines.Select(l =>
        {
            var e = eligibility[l.Sku];
            return new
            {
                sku = l.Sku,
                name = l.Name,
                quantity = l.Quantity,
                unitPrice = l.UnitPrice,
                category = l.Category,
                returnableQuantity = e.ReturnableQuantity,
                eligible = e.Eligible,
                ineligibleReason = e.IneligibleReason,
                returnWindowEndsAt = e.WindowEndsAt,
            };
        }),
        policy = new
        {
            windowDays = policy.WindowDays,
            windowStartsAt = "delivery",
            returnPostagePaidBy = "merchant",
            finalSaleTag = policy.FinalSaleTag,
            summary = $"Items can be returned within {policy.WindowDays} days of delivery. Final-sale items cannot be returned.",
        },
        resolutions = Resolutions.All,
        reasons = ReturnReasons.All,
        returns = returns.Select(r => new { returnId = r.ReturnId, stage = r.Stage, createdAt = r.CreatedAt }),
    };
}
