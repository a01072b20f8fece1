using Returns.Orchestrations.StoreCredit;

namespace Returns.Tests.StoreCredit;

internal static class StoreCreditSamples
{
    public static readonly DateTimeOffset IssuedAt = new(2026, 3, 5, 10, 30, 0, TimeSpan.Zero);

    public static StoreCreditGrant Grant(
        string? returnId = null, string email = "anna@example.de", string currency = "EUR", long amount = 4990, int bonusPercent = 10,
        DateTimeOffset? issuedAt = null, DateTimeOffset? expiresAt = null)
    {
        var id = returnId ?? "RT-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        return new StoreCreditGrant(StoreCreditGrant.IdFor(id), email, currency, amount, bonusPercent, issuedAt ?? IssuedAt, expiresAt, id, "SO-1001");
    }

    /// <summary>An address of its own for one test, so tests sharing an Azurite never see each other's credit.</summary>
    public static string NewEmail() => $"kunde.{Guid.NewGuid():N}@example.de";
}
