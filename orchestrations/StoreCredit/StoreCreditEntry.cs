namespace Returns.Orchestrations.StoreCredit;

/// <summary>
/// Store credit as granted: the grant's fields plus the bonus (<see cref="Amount"/> × <see cref="BonusPercent"/> / 100,
/// rounded down), the <see cref="Total"/> the customer can spend, and the <see cref="Code"/> they redeem it with.
/// </summary>
public sealed record StoreCreditEntry(
    string GrantId,
    string CustomerEmail,
    string Currency,
    long Amount,
    int BonusPercent,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ExpiresAt,
    string ReturnId,
    string OrderNumber,
    long Bonus,
    long Total,
    string Code)
{
    /// <summary>The bonus on <paramref name="amount"/>: amount × percent / 100, rounded down to a whole minor unit.</summary>
    public static long BonusOn(long amount, int bonusPercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentOutOfRangeException.ThrowIfNegative(bonusPercent);
        return checked(amount * bonusPercent) / 100;
    }

    /// <summary>The entry for a grant, its code from <paramref name="codes"/> (unkeyed SHA-256 when null).</summary>
    /// <exception cref="ArgumentException">The grant is not valid (see <see cref="StoreCreditGrant.Problem"/>).</exception>
    public static StoreCreditEntry Issue(StoreCreditGrant grant, StoreCreditCodes? codes = null)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (grant.Problem() is { } problem)
            throw new ArgumentException(problem, nameof(grant));
        var bonus = BonusOn(grant.Amount, grant.BonusPercent);
        return new StoreCreditEntry(
            grant.GrantId,
            grant.CustomerEmail.Trim(),
            grant.Currency.Trim().ToUpperInvariant(),
            grant.Amount,
            grant.BonusPercent,
            grant.IssuedAt,
            grant.ExpiresAt,
            grant.ReturnId,
            grant.OrderNumber,
            bonus,
            checked(grant.Amount + bonus),
            (codes ?? StoreCreditCodes.Unkeyed).For(grant.GrantId));
    }

    /// <summary>True from <see cref="ExpiresAt"/> on (the expiry instant itself is expired).</summary>
    public bool IsExpired(DateTimeOffset at) => ExpiresAt is { } expires && at >= expires;
}
