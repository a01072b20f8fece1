using Returns.Orchestrations.Compliance;

namespace Returns.Orchestrations.Routing;

/// <summary>Prices a parcel on every carrier service of a lane and keeps the cheapest one that qualifies.</summary>
internal static class LabelQuotes
{
    public static LabelQuote? Cheapest(RouteContext c, string from, string to, TransportAssessment transport, out string why)
    {
        var quotes = new List<LabelQuote>();
        var problems = new List<string>();
        foreach (var carrier in c.Network.Carriers)
        {
            foreach (var service in carrier.Services)
            {
                foreach (var lane in service.Lanes.Where(l => l.Serves(from, to)))
                {
                    if (Problem(c, service, lane, transport) is { } problem)
                    {
                        problems.Add($"{carrier.Name} {service.Name}: {problem}");
                        continue;
                    }

                    if (c.Convert(lane.PriceFor(c.WeightGrams)!.Value, lane.Currency) is { } price)
                        quotes.Add(new LabelQuote(carrier, service, lane, price));
                    else
                        problems.Add($"{carrier.Name} {service.Name}: no exchange rate from {lane.Currency}");
                }
            }
        }

        why = problems.Count == 0 ? $"no carrier serves {from} to {to}" : string.Join("; ", problems.Distinct());
        return quotes.OrderBy(q => q.Price).ThenBy(q => q.Lane.TransitDays).FirstOrDefault();
    }

    private static string? Problem(RouteContext c, Network.CarrierService service, Network.RateLane lane, TransportAssessment transport)
    {
        if (!transport.AllowedModes.Contains(service.Transport))
            return $"dangerous goods may not travel by {service.Transport}";
        if (transport.HasDangerousGoods && service.Transport != TransportModes.Post && !service.DangerousGoods)
            return "no dangerous-goods contract";
        if (lane.PriceFor(c.WeightGrams) is null)
            return $"{c.WeightGrams} g is above its heaviest band";
        if (service.MaxValue is { } max && service.MaxValueCurrency is { } currency
            && c.Book.Convert(c.Value, c.Currency, currency) is { } value && value > max)
            return "the goods are worth more than it carries";
        if (lane.TransitDays + c.Network.Costs.InspectionDays > c.Network.Costs.MaxDaysToRefund)
            return $"the refund would take longer than {c.Network.Costs.MaxDaysToRefund} days";
        return null;
    }
}
