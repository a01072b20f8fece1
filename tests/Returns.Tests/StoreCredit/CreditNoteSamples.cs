using Returns.Orchestrations.StoreCredit;

namespace Returns.Tests.StoreCredit;

internal static class CreditNoteSamples
{
    public static readonly DateTimeOffset IssuedAt = new(2026, 3, 5, 10, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ExpiresAt = new(2027, 3, 5, 0, 0, 0, TimeSpan.Zero);

    public static CreditNoteContent English() => Content("en-US", "Anna Schmidt",
    [
        new("Merino crew-neck sweater, navy, M", 1, 8900),
        new("Organic cotton T-shirt, white, L", 2, 4980),
    ], amount: 13880, bonusPercent: 10, currency: "USD");

    public static CreditNoteContent TraditionalChinese() => Content("zh-TW", "王小明",
    [
        new("羊毛圓領毛衣 深藍 M", 1, 2590),
        new("有機棉T恤 白色 L", 2, 1180),
    ], amount: 3770, bonusPercent: 5, currency: "TWD");

    public static CreditNoteContent Content(string locale, string customer, IReadOnlyList<CreditNoteLine> lines, long amount, int bonusPercent, string currency)
    {
        var entry = StoreCreditEntry.Issue(new StoreCreditGrant(
            StoreCreditGrant.IdFor("RT-7K2M9QXA"), "anna@example.com", currency, amount, bonusPercent, IssuedAt, ExpiresAt, "RT-7K2M9QXA", "SO-100482"));
        return new CreditNoteContent(locale, "Northwind Outfitters", customer, entry.ReturnId, entry.OrderNumber, lines, entry.Code, entry.Currency,
            entry.Amount, entry.BonusPercent, entry.Bonus, entry.Total, entry.IssuedAt, entry.ExpiresAt);
    }
}
