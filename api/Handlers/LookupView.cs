using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Workflow;

namespace Returns.Api.Handlers;

/// <summary>The answer to a guest lookup: the order (address masked), each line's eligibility and the terms.</summary>
public static class LookupView
{
    public static object Build(
        Order order, IReadOnlyDictionary<string, LineEligibility> eligibility, IReadOnlyList<ReturnRecord> returns,
        ReturnPolicyOptions policy, WorkflowTimings timings, CustomerLocale locale) => new
    {
        orderNumber = order.OrderNumber,
        locale = order.Locale,
        language = CustomerLanguages.Default.For(order.Locale).Language,
        currency = order.Currency,
        placedAt = order.PlacedAt,
        deliveredAt = order.DeliveredAt,
        crossBorder = order.CrossBorder,
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
                imageUrl = l.ImageUrl,
                variants = l.Variants.Select(v => new { sku = v.Sku, name = v.Name, inStock = v.InStock }),
                returnableQuantity = e.ReturnableQuantity,
                eligible = e.Eligible,
                ineligibleCode = e.IneligibleCode,
                ineligibleReason = EligibilityText.Reason(e, locale),
                returnWindowEndsAt = e.WindowEndsAt,
            };
        }),
        policy = new
        {
            windowDays = policy.WindowDays,
            windowStartsAt = "delivery",
            returnPostagePaidBy = policy.ReturnPostagePaidBy,
            returnPostageFee = new { amount = policy.Terms().ReturnPostage, currency = order.Currency },
            restockingFeePercent = policy.Terms().RestockingFeePercent,
            finalSaleTag = policy.FinalSaleTag,
            summary = locale.Text("policy.summary", ("days", policy.WindowDays)),
        },
        journey = PortalJourney.For(timings, order.CrossBorder),
        resolutions = Resolutions.All,
        reasons = ReturnReasons.All,
        photos = new { maxPerLine = ReturnRequestValidator.MaxPhotosPerLine, maxBytes = PhotoHandlers.MaxPhotoBytes },
        returns = returns.Select(r => new { returnId = r.ReturnId, stage = r.Stage, createdAt = r.CreatedAt }),
    };
}
