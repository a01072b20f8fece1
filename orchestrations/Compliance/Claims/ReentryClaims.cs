using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Compliance.Claims;

/// <summary>Relief from duty and import tax when the returned goods re-enter the merchant's country.</summary>
internal static class ReentryClaims
{
    public static TaxClaim Assess(ClaimContext c, CustomsRules home, CustomsClaimRule rule)
    {
        var merchant = c.Order.ShipFrom.Country;
        var foreignOrigin = c.Record.Lines.Any(l =>
            !string.Equals(l.OriginCountry ?? c.Order.FindLine(l.Sku)?.OriginCountry, merchant, StringComparison.OrdinalIgnoreCase));
        var months = foreignOrigin && rule.ForeignOriginDeadlineMonths is { } foreign ? foreign : rule.DeadlineMonths;
        DateOnly? deadline = months is { } m ? c.OrderDay.AddMonths(m) : null;
        var by = deadline is { } d ? $"the goods must be re-imported by {d:yyyy-MM-dd}" : "no time limit applies";

        var threshold = ClaimContext.Threshold(home, c.Today, c.Order.ShipTo.Country);
        if (c.UnderThreshold(home, threshold, c.Record.ReturnedValue().Amount) == true)
        {
            return c.Claim(rule, home, TaxClaimStatuses.NotApplicable, null, deadline,
                $"The returned goods ({MoneyFormat.Format(c.Record.ReturnedValue())}) are under {home.Name}'s low-value threshold on {c.Today:yyyy-MM-dd}: no import charges are due on the way back.");
        }

        return c.Claim(rule, home, TaxClaimStatuses.Claimable, null, deadline,
            $"Claim it when the parcel is cleared in {home.Name} ({string.Join(", ", rule.Codes)}); {by}. It avoids paying {rule.Covers.Replace('_', ' ')} again on {MoneyFormat.Format(c.Record.ReturnedValue())}.");
    }
}
