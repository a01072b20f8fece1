namespace Returns.Orchestrations.StoreCredit;

/// <summary>
/// A customer's store credit in one currency as of a moment: <see cref="Available"/> is the total of the grants not
/// expired by then, <see cref="Expired"/> the total of those that are. <see cref="Entries"/> are the grants issued up
/// to that moment, oldest first. Nothing is spent yet: redemption is not recorded in this ledger.
/// </summary>
public sealed record StoreCreditBalance(
    string CustomerEmail,
    string Currency,
    long Available,
    long Expired,
    IReadOnlyList<StoreCreditEntry> Entries)
{
    /// <summary>
    /// The balance of <paramref name="customerEmail"/> (case-insensitive) in <paramref name="currency"/> from
    /// <paramref name="entries"/>; entries of other customers or currencies and grants issued after
    /// <paramref name="at"/> are left out.
    /// </summary>
    public static StoreCreditBalance Of(string customerEmail, string currency, IEnumerable<StoreCreditEntry> entries, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(customerEmail);
        ArgumentNullException.ThrowIfNull(currency);
        ArgumentNullException.ThrowIfNull(entries);
        var email = customerEmail.Trim();
        var code = currency.Trim().ToUpperInvariant();
        var own = entries
            .Where(e => string.Equals(e.CustomerEmail.Trim(), email, StringComparison.OrdinalIgnoreCase)
                && string.Equals(e.Currency, code, StringComparison.OrdinalIgnoreCase)
                && e.IssuedAt <= at)
            .OrderBy(e => e.IssuedAt)
            .ThenBy(e => e.GrantId, StringComparer.Ordinal)
            .ToArray();
        long available = 0, expired = 0;
        foreach (var entry in own)
        {
            if (entry.IsExpired(at))
                expired = checked(expired + entry.Total);
            else
                available = checked(available + entry.Total);
        }

        return new StoreCreditBalance(email, code, available, expired, own);
    }
}
