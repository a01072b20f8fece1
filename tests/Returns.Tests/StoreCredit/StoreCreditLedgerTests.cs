using Returns.Orchestrations.StoreCredit;
using static Returns.Tests.StoreCredit.StoreCreditSamples;

namespace Returns.Tests.StoreCredit;

/// <summary>Bonus, totals, codes and balances, without storage.</summary>
public sealed class StoreCreditLedgerTests
{
    private const string CodePattern = "^SC-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}(-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}){3}$";

    [Theory]
    [InlineData(4990, 10, 499)]
    [InlineData(4999, 15, 749)] // 749.85
    [InlineData(999, 5, 49)] // 49.95
    [InlineData(1, 99, 0)] // 0.99
    [InlineData(199, 50, 99)] // 99.5
    [InlineData(12345, 0, 0)]
    [InlineData(0, 25, 0)]
    [InlineData(1000, 100, 1000)]
    public void BonusOn_RoundsDownToAWholeMinorUnit(long amount, int percent, long bonus) =>
        Assert.Equal(bonus, StoreCreditEntry.BonusOn(amount, percent));

    [Fact]
    public void Issue_AddsTheBonusToTheAmount()
    {
        var grant = Grant(amount: 3333, bonusPercent: 12, currency: "eur");

        var entry = StoreCreditEntry.Issue(grant);

        Assert.Equal(3333, entry.Amount);
        Assert.Equal(399, entry.Bonus); // 399.96
        Assert.Equal(3732, entry.Total);
        Assert.Equal(12, entry.BonusPercent);
        Assert.Equal("EUR", entry.Currency);
    }

    [Fact]
    public void Issue_Yen_KeepsWholeYen()
    {
        var entry = StoreCreditEntry.Issue(Grant(currency: "JPY", amount: 8999, bonusPercent: 3));

        Assert.Equal(269, entry.Bonus); // 269.97
        Assert.Equal(9268, entry.Total);
    }

    [Theory]
    [InlineData(-1, 10, null)]
    [InlineData(100, -1, null)]
    [InlineData(100, 1001, null)]
    [InlineData(100, 10, -1)] // expires before it is issued
    public void Issue_InvalidGrant_Throws(long amount, int percent, int? expiresInDays)
    {
        var grant = Grant(amount: amount, bonusPercent: percent, expiresAt: expiresInDays is { } days ? IssuedAt.AddDays(days) : null);

        Assert.Throws<ArgumentException>(() => StoreCreditEntry.Issue(grant));
    }

    [Theory]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("E1R")]
    public void Issue_BadCurrency_Throws(string currency) =>
        Assert.Throws<ArgumentException>(() => StoreCreditEntry.Issue(Grant(currency: currency)));

    [Fact]
    public void Issue_GrantIdTooLongForARowKey_Throws() =>
        Assert.Throws<ArgumentException>(() => StoreCreditEntry.Issue(Grant() with { GrantId = new string('x', StoreCreditGrant.MaxGrantIdLength + 1) }));

    [Fact]
    public void IdFor_IsTheReturnsStoreCreditKey() =>
        Assert.Equal("RT-7K2M9QXA:storeCredit", StoreCreditGrant.IdFor("RT-7K2M9QXA"));

    [Fact]
    public void Code_SameGrantId_IsTheSameEveryTime()
    {
        var first = StoreCreditEntry.Issue(Grant(returnId: "RT-7K2M9QXA", amount: 100));
        var second = StoreCreditEntry.Issue(Grant(returnId: "RT-7K2M9QXA", amount: 900, email: "other@example.com"));

        Assert.Equal(first.Code, second.Code);
        Assert.Equal(StoreCreditCodes.Unkeyed.For("RT-7K2M9QXA:storeCredit"), first.Code);
    }

    [Fact]
    public void Code_KnownGrantId_IsStable()
    {
        // Pinned: a change to the derivation would re-code credit already handed out on printed notes.
        Assert.Equal("SC-XLFZ-VUFN-BDKX-SCNZ", StoreCreditCodes.Unkeyed.For("RT-7K2M9QXA:storeCredit"));
    }

    [Fact]
    public void Code_HasFourGroupsOfFourUnambiguousCharacters()
    {
        var codes = Enumerable.Range(0, 500).Select(i => StoreCreditCodes.Unkeyed.For($"RT-{i:D8}:storeCredit")).ToArray();

        Assert.All(codes, c => Assert.Matches(CodePattern, c));
        Assert.Equal(codes.Length, codes.Distinct().Count());
        var used = codes.SelectMany(c => c[3..].Replace("-", "")).ToHashSet();
        Assert.DoesNotContain('0', used);
        Assert.DoesNotContain('O', used);
        Assert.DoesNotContain('1', used);
        Assert.DoesNotContain('I', used);
        Assert.Equal(32, used.Count); // 8,000 characters use the whole alphabet
    }

    [Fact]
    public void Code_Keyed_DiffersFromUnkeyedAndByKey()
    {
        var grantId = "RT-7K2M9QXA:storeCredit";
        var a = StoreCreditCodes.Keyed("0123456789abcdef0123"u8.ToArray()).For(grantId);
        var b = StoreCreditCodes.Keyed("another secret, 16+ bytes"u8.ToArray()).For(grantId);

        Assert.Matches(CodePattern, a);
        Assert.NotEqual(StoreCreditCodes.Unkeyed.For(grantId), a);
        Assert.NotEqual(a, b);
        Assert.Equal(a, StoreCreditCodes.Keyed("0123456789abcdef0123"u8.ToArray()).For(grantId));
        Assert.Throws<ArgumentException>(() => StoreCreditCodes.Keyed(new byte[15]));
    }

    [Theory]
    [InlineData("sc-xlfz-vufn-bdkx-scnz")]
    [InlineData("sc XLFZ VUFN BDKX SCNZ ")]
    [InlineData("XLFZVUFNBDKXSCNZ")]
    public void Normalize_TypedForms_GiveThePrintedCode(string typed) =>
        Assert.Equal("SC-XLFZ-VUFN-BDKX-SCNZ", StoreCreditCodes.Normalize(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("SC-7R4D-8T6H-5CQN")]
    [InlineData("SC-7R4D-8T6H-5CQN-MM0B")]
    public void Normalize_NotACode_IsNull(string? typed) => Assert.Null(StoreCreditCodes.Normalize(typed));

    [Fact]
    public void Balance_ExpiredGrant_IsNotAvailable()
    {
        var email = "anna@example.de";
        var valid = StoreCreditEntry.Issue(Grant(email: email, amount: 2000, bonusPercent: 10, expiresAt: IssuedAt.AddDays(365)));
        var expired = StoreCreditEntry.Issue(Grant(email: email, amount: 1500, bonusPercent: 20, issuedAt: IssuedAt.AddDays(-100), expiresAt: IssuedAt.AddDays(-10)));

        var balance = StoreCreditBalance.Of(email, "EUR", [valid, expired], IssuedAt);

        Assert.Equal(2200, balance.Available);
        Assert.Equal(1800, balance.Expired);
        Assert.Equal([expired, valid], balance.Entries);
    }

    [Fact]
    public void Balance_AtTheExpiryInstant_IsExpired()
    {
        var entry = StoreCreditEntry.Issue(Grant(amount: 1000, bonusPercent: 0, expiresAt: IssuedAt.AddDays(30)));

        Assert.Equal(1000, StoreCreditBalance.Of(entry.CustomerEmail, "EUR", [entry], IssuedAt.AddDays(30).AddTicks(-1)).Available);
        var atExpiry = StoreCreditBalance.Of(entry.CustomerEmail, "EUR", [entry], IssuedAt.AddDays(30));
        Assert.Equal(0, atExpiry.Available);
        Assert.Equal(1000, atExpiry.Expired);
    }

    [Fact]
    public void Balance_OtherCustomersCurrenciesAndLaterGrants_AreLeftOut()
    {
        var own = StoreCreditEntry.Issue(Grant(email: "Anna@Example.de", amount: 1000, bonusPercent: 0));
        StoreCreditEntry[] entries =
        [
            own,
            StoreCreditEntry.Issue(Grant(email: "anna@example.de", currency: "USD", amount: 2000)),
            StoreCreditEntry.Issue(Grant(email: "ben@example.de", amount: 4000)),
            StoreCreditEntry.Issue(Grant(email: "anna@example.de", amount: 8000, issuedAt: IssuedAt.AddDays(1))),
        ];

        var balance = StoreCreditBalance.Of("ANNA@example.de", "eur", entries, IssuedAt.AddHours(1));

        Assert.Equal(1000, balance.Available);
        Assert.Equal(0, balance.Expired);
        Assert.Equal([own], balance.Entries);
        Assert.Equal("EUR", balance.Currency);
    }
}
