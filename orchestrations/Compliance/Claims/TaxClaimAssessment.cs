using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Compliance.Claims;

/// <summary>The tax-refund helper's answer for one cross-border return.</summary>
/// <param name="CustomerCountry">Where the goods were delivered and now leave from.</param>
/// <param name="MerchantCountry">Where the goods go back to.</param>
/// <param name="ReturnedValue">The returned lines at the price paid.</param>
public sealed record TaxClaimAssessment(
    string ReturnId,
    string OrderNumber,
    string CustomerCountry,
    string MerchantCountry,
    Money ReturnedValue,
    DateTimeOffset AssessedAt,
    string RulesVersion,
    IReadOnlyList<TaxClaim> Claims)
{
    /// <summary>The assessment as it stands on <paramref name="today"/>: open claims whose deadline has passed are expired.</summary>
    public TaxClaimAssessment AsOf(DateOnly today) => this with
    {
        Claims = [.. Claims.Select(c => c.Deadline < today && c.Status is TaxClaimStatuses.Claimable or TaxClaimStatuses.Check
            ? c with { Status = TaxClaimStatuses.Expired }
            : c)],
    };

    /// <summary>The sum of known estimates of claims still open, per currency (all in the order's currency).</summary>
    public Money Recoverable => new(
        Claims.Where(c => c.Status == TaxClaimStatuses.Claimable && c.Estimate is not null).Sum(c => c.Estimate!.Amount),
        ReturnedValue.Currency);

    /// <summary>The earliest deadline of an open claim.</summary>
    public DateOnly? NextDeadline =>
        Claims.Where(c => c.Status is TaxClaimStatuses.Claimable or TaxClaimStatuses.Check && c.Deadline is not null)
            .Select(c => c.Deadline).Min();
}
