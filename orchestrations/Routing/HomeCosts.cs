using Returns.Orchestrations.Compliance;

namespace Returns.Orchestrations.Routing;

/// <summary>
/// What every route that brings the goods home adds: handling at the seller's warehouse, the duty a re-import pays
/// when no relief applies, the refund's payment fee, and the value restocking is expected to recover.
/// </summary>
internal static class HomeCosts
{
    public static void Add(RouteOptionBuilder b, RouteContext c, string arrivingFrom)
    {
        var costs = c.Network.Costs;
        b.Cost("handling", costs.HomeHandlingFee, costs.Currency, c, "seller's warehouse");
        if (DutyNotRecovered(c, arrivingFrom) is var (duty, note))
            b.Cost("duty_not_recovered", duty, note);
        b.Cost("payment_fee", c.PaymentFee());
        b.Cost("recovered_value", -c.ExpectedRecovery((grade, _) => costs.HomeRecoveryPercentByGrade.GetValueOrDefault(grade)), "restocked at home");
    }

    /// <summary>Duty on the way back in: none within one customs area, under the threshold, or with returned-goods relief.</summary>
    private static (long Amount, string Note)? DutyNotRecovered(RouteContext c, string from)
    {
        if (!CustomsBorders.Crosses(c.Book, from, c.HomeCountry))
            return null;
        var orderDay = DateOnly.FromDateTime(c.Order.PlacedAt.UtcDateTime);
        var customs = c.Book.CustomsFor(c.HomeCountry);
        if (customs?.Claims.FirstOrDefault(r => r.Kind == ClaimKinds.ReentryRelief && r.InForceOn(orderDay)) is { } relief)
            return (0, $"returned-goods relief ({relief.Name})");
        var percents = c.Network.Costs.ReimportDutyPercent;
        var percent = percents.TryGetValue(c.HomeCountry, out var p) ? p : percents.GetValueOrDefault("*");
        return ((long)Math.Round(c.Value * percent / 100m, MidpointRounding.AwayFromZero), $"{percent} % duty on re-import, no relief");
    }
}
