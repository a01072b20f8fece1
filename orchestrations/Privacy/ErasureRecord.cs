namespace Returns.Orchestrations.Privacy;

/// <summary>
/// The audit record of a customer's erasure requests. It holds no personal data: the customer is only the salted
/// <see cref="Hash"/> of the email (so a repeated request is recognised) and the <see cref="Pseudonym"/> printed on
/// the records kept; the reason is a code and the reference the merchant's ticket number. The counts add up every
/// request's. <see cref="FirstRequestedAt"/> is when the first request came in, refused or not: the legal deadline
/// (a month under the GDPR) runs from then.
/// </summary>
public sealed record ErasureRecord(
    string Id,
    string Hash,
    string Pseudonym,
    string Status,
    string Reason,
    string? Reference,
    DateTimeOffset FirstRequestedAt,
    DateTimeOffset LastRequestedAt,
    DateTimeOffset? CompletedAt,
    int Requests,
    IReadOnlyDictionary<string, int> Erased,
    IReadOnlyDictionary<string, int> Anonymised,
    IReadOnlyDictionary<string, int> Retained)
{
    public static ErasureRecord New(CustomerKey key, ErasureRequest request, DateTimeOffset at)
    {
        var zero = new ErasureCounts();
        return new ErasureRecord(key.ErasureId, key.Hash, key.Pseudonym, ErasureStatuses.Started, request.Reason, request.Reference,
            at, at, null, 0, zero.Erased, zero.Anonymised, zero.Retained);
    }

    public ErasureCounts Totals => ErasureCounts.Of(Erased, Anonymised, Retained);
}
