using Returns.Orchestrations.StoreCredit;

namespace Returns.Orchestrations.Ports;

/// <summary>The store-credit ledger: credit granted to customers, per currency, and what of it is still available.</summary>
public interface IStoreCredit
{
    /// <summary>
    /// Grants the credit once per <see cref="StoreCreditGrant.GrantId"/>: a repeat (a retried activity) returns the
    /// first entry unchanged, even when it asks for a different amount.
    /// </summary>
    /// <exception cref="ArgumentException">The grant is not valid (see <see cref="StoreCreditGrant.Problem"/>).</exception>
    Task<StoreCreditEntry> GrantAsync(StoreCreditGrant grant, CancellationToken ct = default);

    /// <summary>The customer's credit in a currency as of <paramref name="at"/> (expired grants are not available).</summary>
    Task<StoreCreditBalance> BalanceAsync(string customerEmail, string currency, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>
    /// Moves every grant of <paramref name="customerEmail"/> to <paramref name="toEmail"/> (an erased customer's
    /// pseudonym), keeping ids, amounts and codes; returns how many moved. A repeat moves nothing.
    /// </summary>
    Task<int> ReassignAsync(string customerEmail, string toEmail, CancellationToken ct = default);
}
