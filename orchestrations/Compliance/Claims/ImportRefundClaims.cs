using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Compliance.Claims;

/// <summary>Refunds (or drawback) of the import charges paid on the original delivery in the customer's country.</summary>
internal static class ImportRefundClaims
{
    public static TaxClaim Assess(ClaimContext c, CustomsRules away, CustomsClaimRule rule)
    {
        DateOnly? deadline = rule.DeadlineMonths is { } m ? c.OrderDay.AddMonths(m) : null;
        if (rule.ReasonsOnly.Count > 0 && !c.Record.Lines.Any(l => rule.ReasonsOnly.Contains(l.Reason, StringComparer.OrdinalIgnoreCase)))
        {
            return c.Claim(rule, away, TaxClaimStatuses.NotApplicable, null, deadline,
                $"Applies only to returns for {string.Join(", ", rule.ReasonsOnly)}; this return is for {string.Join(", ", c.Record.Lines.Select(l => l.Reason).Distinct())}.");
        }

        var paid = Paid(c, rule.Covers);
        if (paid is null)
        {
            var threshold = ClaimContext.Threshold(away, c.OrderDay, c.Order.ShipFrom.Country);
            if (c.UnderThreshold(away, threshold, c.OrderValue) == true)
            {
                return c.Claim(rule, away, TaxClaimStatuses.NotApplicable, null, deadline,
                    $"The order ({MoneyFormat.Format(new Money(c.OrderValue, c.Order.Currency))}) was under {away.Name}'s low-value threshold on {c.OrderDay:yyyy-MM-dd}: no import charges were paid.");
            }

            return c.Claim(rule, away, TaxClaimStatuses.Check, null, deadline,
                $"Import charges were probably paid in {away.Name}, but the order does not say how much: take the amount from the import entry.");
        }

        // The returned lines' share of what was paid on the whole order.
        var share = c.OrderValue == 0 ? 0m : (decimal)c.Record.ReturnedValue().Amount / c.OrderValue;
        var estimate = new Money((long)Math.Round(paid.Value * share * rule.RecoverablePercent / 100m, MidpointRounding.ToZero), c.Order.Currency);
        if (!string.Equals(c.Order.Incoterm, "DDP", StringComparison.OrdinalIgnoreCase))
        {
            return c.Claim(rule, away, TaxClaimStatuses.Check, estimate, deadline,
                $"The customer paid the import charges (incoterm {c.Order.Incoterm ?? "not DDP"}): the refund is theirs to claim; give them this pack.");
        }

        return c.Claim(rule, away, TaxClaimStatuses.Claimable, estimate, deadline,
            $"{rule.RecoverablePercent}% of the {rule.Covers.Replace("_", " and ", StringComparison.Ordinal)} paid on the returned share of the order ({share:P0}).");
    }

    private static long? Paid(ClaimContext c, string covers) => covers switch
    {
        "duty" => c.Order.ImportDuty,
        "tax" => c.Order.ImportTax,
        _ => c.Order.ImportDuty is null && c.Order.ImportTax is null ? null : (c.Order.ImportDuty ?? 0) + (c.Order.ImportTax ?? 0),
    };
}
