namespace Returns.Orchestrations.StoreCredit;

/// <summary>
/// How the shop grants store credit: the bonus on top of the refund amount (percent, rounded down), how long credit
/// stays valid (null: no expiry), and the shop's name printed on the credit note.
/// </summary>
public sealed record StoreCreditTerms(int BonusPercent, TimeSpan? Validity, string ShopName)
{
    /// <summary>No bonus, no expiry, the portal's brand name.</summary>
    public static StoreCreditTerms Default { get; } = new(0, null, "Returns");
}
