namespace Returns.Orchestrations.StoreCredit;

/// <summary>
/// A request to credit a customer: <see cref="Amount"/> is what the refund calculation gave (minor units of
/// <see cref="Currency"/>), <see cref="BonusPercent"/> the shop's extra for choosing credit over money.
/// </summary>
/// <param name="GrantId">The idempotency key: a second grant with the same id changes nothing (see <see cref="IdFor"/>).</param>
/// <param name="CustomerEmail">Whose credit it is; matched case-insensitively.</param>
/// <param name="Currency">ISO 4217 code; credit is kept and spent per currency.</param>
/// <param name="Amount">Minor units, at least 0.</param>
/// <param name="BonusPercent">0 to 1000; the bonus is <see cref="Amount"/> × percent / 100, rounded down.</param>
/// <param name="IssuedAt">When the credit was granted.</param>
/// <param name="ExpiresAt">When it stops counting (exclusive); null: never.</param>
/// <param name="ReturnId">The return it was granted for.</param>
/// <param name="OrderNumber">The order of that return.</param>
public sealed record StoreCreditGrant(
    string GrantId,
    string CustomerEmail,
    string Currency,
    long Amount,
    int BonusPercent,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ExpiresAt,
    string ReturnId,
    string OrderNumber)
{
    /// <summary>The longest grant id accepted (its escaped form must fit a table row key).</summary>
    public const int MaxGrantIdLength = 200;

    /// <summary>The grant id of a return's store credit: "{returnId}:storeCredit", like its payment idempotency key.</summary>
    public static string IdFor(string returnId) => $"{returnId}:{Domain.Resolutions.StoreCredit}";

    /// <summary>What is wrong with the grant, or null when it can be issued.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(GrantId))
            return "A grant needs a grant id.";
        if (GrantId.Length > MaxGrantIdLength)
            return $"A grant id has at most {MaxGrantIdLength} characters.";
        if (string.IsNullOrWhiteSpace(CustomerEmail))
            return "A grant needs the customer's email address.";
        if (string.IsNullOrWhiteSpace(Currency) || Currency.Trim().Length != 3 || !Currency.Trim().All(char.IsAsciiLetter))
            return $"'{Currency}' is not an ISO 4217 currency code.";
        if (Amount < 0)
            return "A grant's amount cannot be negative.";
        if (BonusPercent is < 0 or > 1000)
            return "A grant's bonus is 0 to 1000 percent.";
        if (ExpiresAt is { } expires && expires <= IssuedAt)
            return "A grant must expire after it is issued.";
        return null;
    }
}
