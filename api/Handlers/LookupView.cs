using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Workflow;

namespace Returns.Api.Handlers;

/// <summary>
/// The answer to a guest lookup: the order (address masked), each line's eligibility with the reason in the
/// customer's language and the law behind it, how it may travel, and the terms.
/// </summary>
public static class LookupView
{
    public static object Build(
        Order order, IReadOnlyDictionary<string, LineEligibility> eligibility, IReadOnlyDictionary<string, LineTransport> transport,
        IReadOnlyList<ReturnRecord> returns, MerchantPolicy policy, RefundTerms terms, WorkflowTimings timings, CustomerLocale locale,
        DateTimeOffset now)
    {
        var marketLaw = eligibility.Values.Select(e => e.Law).FirstOrDefault(l => l is { Kind: not RightKinds.Faulty });
        return new
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
                    eligibilityReason = EligibilityText.Why(e, locale, now),
                    returnWindowEndsAt = e.WindowEndsAt,
                    policyWindowEndsAt = e.PolicyEndsAt,
                    basis = e.Basis,
                    reasonsAllowed = e.ReasonsAllowed,
                    law = LawView(e.Law, locale),
                    dangerousGoods = DangerousGoodsView(transport[l.Sku], locale),
                };
            }),
            policy = new
            {
                windowDays = policy.DefaultWindowDays,
                windowStartsAt = "delivery",
                returnPostagePaidBy = terms.ReturnPostage > 0 ? PostagePayers.Customer : PostagePayers.Merchant,
                returnPostageFee = new { amount = terms.ReturnPostage, currency = order.Currency },
                restockingFeePercent = terms.RestockingFeePercent,
                finalSaleTag = policy.FinalSaleTags.FirstOrDefault(),
                finalSaleTags = policy.FinalSaleTags,
                summary = locale.Text("policy.summary", ("days", policy.DefaultWindowDays)),
                lawSummary = EligibilityText.LawSummary(marketLaw, locale),
                law = LawView(marketLaw, locale),
            },
            journey = PortalJourney.For(timings, order.CrossBorder),
            resolutions = Resolutions.All,
            reasons = ReturnReasons.All,
            photos = new { maxPerLine = ReturnRequestValidator.MaxPhotosPerLine, maxBytes = PhotoHandlers.MaxPhotoBytes },
            returns = returns.Select(r => new { returnId = r.ReturnId, stage = r.Stage, createdAt = r.CreatedAt }),
        };
    }

    /// <summary>The statutory right behind a line, named in the customer's language, with its source.</summary>
    public static object? LawView(LawBasis? law, CustomerLocale locale) => law is null ? null : new
    {
        market = law.Market,
        rightId = law.RightId,
        kind = law.Kind,
        name = law.NameIn(locale.Language),
        law = law.Law,
        endsAt = law.EndsAt,
        covers = law.Covers,
        excludedTag = law.ExcludedTag,
        returnPostage = law.ReturnPostage,
        restockingFeeAllowed = law.RestockingFeeAllowed,
        verification = law.Verification,
        sources = law.Sources,
    };

    /// <summary>For a line with dangerous goods: whether and how it may travel back, and what the customer should do.</summary>
    public static object? DangerousGoodsView(LineTransport transport, CustomerLocale locale)
    {
        if (!transport.Reported.HasDangerousGoods)
            return null;
        var line = transport.Reported.Lines[0];
        return new
        {
            unNumber = line.UnNumber,
            batteryCondition = line.Damaged ? BatteryConditions.Damaged : null,
            canShip = transport.Reported.CanShip,
            transport = transport.Reported.Mode,
            instruction = Instruction(transport.Reported, locale),
            damagedInstruction = transport.IfDamaged is { } damaged ? Instruction(damaged, locale) : null,
        };
    }

    /// <summary>"Pack it as the label says", "it travels by ground only" or "do not send it", naming what the item contains in the customer's words.</summary>
    public static string Instruction(TransportAssessment transport, CustomerLocale locale)
    {
        var line = transport.Lines[0];
        var what = line.Damaged && line.Entry is null or { Lithium: true }
            ? locale.Text("dangerous.damagedBattery")
            : line.Entry?.CustomerName.GetValueOrDefault(locale.Language) ?? line.Entry?.CustomerName.GetValueOrDefault("en") ?? line.UnNumber;
        var key = !transport.CanShip ? "dangerous.noRoute"
            : transport.AllowedModes.Contains(TransportModes.Air) ? "dangerous.packSafely"
            : "dangerous.groundOnly";
        return locale.Text(key, ("what", what));
    }
}
