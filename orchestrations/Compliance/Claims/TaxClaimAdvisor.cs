using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Compliance.Claims;

/// <summary>
/// The tax-refund helper: for a cross-border return, the relief the goods get when they re-enter the merchant's
/// country and the refunds of import charges paid in the customer's country, each with an estimate, a deadline
/// and its evidence. Deadlines count from the order date, which is on or before the real export and import dates,
/// so a deadline shown is never later than the real one. Low-value thresholds are those in force on the day that
/// matters: the order date for charges paid on the way out, today for charges on the way back. A return whose goods
/// stay in the customer's country (returnless, resold by a local hub) has no claims.
/// </summary>
public sealed class TaxClaimAdvisor(ComplianceRules rules)
{
    /// <summary>
    /// The same import charges can be recovered once: the first claimable rule (in the file's order) is the claim, the
    /// others are listed as alternatives to check, so totals never count the charges twice.
    /// </summary>
    private static IEnumerable<TaxClaim> OneRefundPerCharge(IReadOnlyList<TaxClaim> refunds)
    {
        var primary = refunds.FirstOrDefault(c => c.Status == TaxClaimStatuses.Claimable);
        return refunds.Select(c => primary is null || ReferenceEquals(c, primary) || c.Status != TaxClaimStatuses.Claimable
            ? c
            : c with { Status = TaxClaimStatuses.Check, Explanation = $"An alternative to {primary.Name}: claim only one of them. {c.Explanation}" });
    }

    public TaxClaimAssessment Assess(Order order, ReturnRecord record, DateTimeOffset now)
    {
        var book = rules.Current;
        var context = new ClaimContext(book, order, record, now);
        var claims = new List<TaxClaim>();
        // Goods that stay in the customer's country (returnless, sold by a local hub) are neither exported nor re-imported.
        var goodsGoHome = record.RouteDecision?.Chosen is not (Workflow.RouteKinds.Returnless or Workflow.RouteKinds.HubLocalResale);
        if (goodsGoHome && CustomsBorders.Crosses(book, order.ShipTo.Country, order.ShipFrom.Country))
        {
            if (book.CustomsFor(order.ShipFrom.Country) is { } home)
            {
                claims.AddRange(home.Claims
                    .Where(r => r.Kind == ClaimKinds.ReentryRelief && r.InForceOn(context.OrderDay))
                    .Select(r => ReentryClaims.Assess(context, home, r)));
            }

            if (book.CustomsFor(order.ShipTo.Country) is { } away)
            {
                var refunds = away.Claims
                    .Where(r => r.Kind is ClaimKinds.ImportRefund or ClaimKinds.Drawback && r.InForceOn(context.OrderDay))
                    .Select(r => ImportRefundClaims.Assess(context, away, r))
                    .ToList();
                claims.AddRange(OneRefundPerCharge(refunds));
            }
        }

        return new TaxClaimAssessment(
            record.ReturnId, record.OrderNumber, order.ShipTo.Country, order.ShipFrom.Country, record.ReturnedValue(), now,
            book.Manifest.Version, claims);
    }
}
