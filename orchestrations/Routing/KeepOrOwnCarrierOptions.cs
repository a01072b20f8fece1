using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Routing;

/// <summary>The routes without a label: the customer keeps the goods, or sends them with a carrier of their own.</summary>
internal static class KeepOrOwnCarrierOptions
{
    /// <summary>Days a customer's own parcel is assumed to take.</summary>
    public const int OwnCarrierTransitDays = 10;

    public static RouteOption Returnless(RouteContext c)
    {
        var b = new RouteOptionBuilder(RouteKinds.Returnless, c.Currency) { Days = 1 };
        b.Cost("payment_fee", c.PaymentFee());
        if (c.Policy.NeverReturnlessAbove is { } cap && c.Value > cap)
            b.Infeasible($"the shop never refunds without the goods above {cap} (minor units)");
        var inspected = c.Record.Lines
            .Select(l => c.Order.FindLine(l.Sku)?.Category)
            .FirstOrDefault(cat => cat is not null && c.Policy.InspectCategories.Contains(cat, StringComparer.OrdinalIgnoreCase));
        if (inspected is not null)
            b.Infeasible($"the shop always inspects {inspected}");
        return b.Build();
    }

    public static RouteOption OwnCarrier(RouteContext c)
    {
        var b = new RouteOptionBuilder(RouteKinds.CustomerCarrier, c.Currency) { Days = OwnCarrierTransitDays + c.Network.Costs.InspectionDays };
        if (!c.Policy.AllowCustomerCarrier)
            b.Infeasible("the shop does not accept parcels sent with the customer's own carrier");
        if (c.Transport(c.CustomerCountry, c.HomeCountry).HasDangerousGoods)
            b.Infeasible("dangerous goods need a carrier the shop has checked");
        HomeCosts.Add(b, c, c.CustomerCountry);
        return b.Build();
    }
}
