using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Routing;

/// <summary>A label straight home: the cheapest carrier service on the lane that may carry the parcel in time.</summary>
internal static class DirectRouteOption
{
    public static RouteOption Build(RouteContext c)
    {
        var b = new RouteOptionBuilder(RouteKinds.Direct, c.Currency);
        var transport = c.Transport(c.CustomerCountry, c.HomeCountry);
        var best = LabelQuotes.Cheapest(c, c.CustomerCountry, c.HomeCountry, transport, out var why);
        if (best is null)
            return b.Infeasible(why).Build();

        b.CarrierId = best.Carrier.Id;
        b.ServiceId = best.Service.Id;
        b.Transport = best.Service.Transport;
        b.Days = best.Lane.TransitDays + c.Network.Costs.InspectionDays;
        b.Cost("label", best.Price, note: best.Service.Name);
        HomeCosts.Add(b, c, c.CustomerCountry);
        return b.Build();
    }
}
