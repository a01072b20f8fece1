using Returns.Orchestrations.Ports;
using Returns.Orchestrations.StoreCredit;
using static Returns.Tests.StoreCredit.StoreCreditSamples;

namespace Returns.Tests.StoreCredit;

/// <summary>What every <see cref="IStoreCredit"/> does: grants once per grant id, and balances per customer and currency.</summary>
public abstract class StoreCreditContractTests
{
    protected abstract IStoreCredit Ledger { get; }

    [Fact]
    public async Task GrantAsync_NewGrant_ReturnsTheEntryWithBonusTotalAndCode()
    {
        var grant = Grant(email: NewEmail(), amount: 4999, bonusPercent: 15);

        var entry = await Ledger.GrantAsync(grant);

        Assert.Equal(grant.GrantId, entry.GrantId);
        Assert.Equal(4999, entry.Amount);
        Assert.Equal(749, entry.Bonus); // 749.85 rounded down
        Assert.Equal(5748, entry.Total);
        Assert.Equal(StoreCreditCodes.Unkeyed.For(grant.GrantId), entry.Code);
        Assert.Equal(grant.ReturnId, entry.ReturnId);
        Assert.Equal(grant.OrderNumber, entry.OrderNumber);
        Assert.Equal(grant.IssuedAt, entry.IssuedAt);
    }

    [Fact]
    public async Task GrantAsync_SameGrantTwice_ReturnsTheSameEntryAndCountsOnce()
    {
        var email = NewEmail();
        var grant = Grant(email: email);

        var first = await Ledger.GrantAsync(grant);
        var second = await Ledger.GrantAsync(grant);

        Assert.Equal(first, second);
        var balance = await Ledger.BalanceAsync(email, "EUR", IssuedAt.AddDays(1));
        Assert.Single(balance.Entries);
        Assert.Equal(first.Total, balance.Available);
    }

    [Fact]
    public async Task GrantAsync_RepeatWithADifferentAmount_ReturnsTheFirstEntryUnchanged()
    {
        var email = NewEmail();
        var grant = Grant(email: email, amount: 2500, bonusPercent: 10);
        var first = await Ledger.GrantAsync(grant);

        var repeat = await Ledger.GrantAsync(grant with { Amount = 9900, BonusPercent = 50, IssuedAt = IssuedAt.AddHours(3), CustomerEmail = email.ToUpperInvariant() });

        Assert.Equal(first, repeat);
        Assert.Equal(2500, repeat.Amount);
        Assert.Equal(250, repeat.Bonus);
        Assert.Equal(2750, (await Ledger.BalanceAsync(email, "EUR", IssuedAt.AddDays(1))).Available);
    }

    [Fact]
    public async Task GrantAsync_RacingRepeats_AllGetTheFirstEntry()
    {
        var email = NewEmail();
        var grant = Grant(email: email, amount: 1000);

        var entries = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Ledger.GrantAsync(grant with { Amount = 1000 + i })));

        Assert.Single(entries.Distinct());
        Assert.Single((await Ledger.BalanceAsync(email, "EUR", IssuedAt.AddDays(1))).Entries);
    }

    [Fact]
    public async Task GrantAsync_InvalidGrant_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Ledger.GrantAsync(Grant(email: NewEmail(), amount: -1)));
        await Assert.ThrowsAsync<ArgumentException>(() => Ledger.GrantAsync(Grant(email: NewEmail()) with { GrantId = " " }));
        await Assert.ThrowsAsync<ArgumentException>(() => Ledger.GrantAsync(Grant(email: NewEmail(), currency: "EURO")));
    }

    [Fact]
    public async Task BalanceAsync_SeveralGrants_AddsTheUnexpiredAndSeparatesTheExpired()
    {
        var email = NewEmail();
        var now = IssuedAt.AddDays(40);
        var open = await Ledger.GrantAsync(Grant(email: email, amount: 1000, bonusPercent: 10, issuedAt: IssuedAt));
        var noExpiry = await Ledger.GrantAsync(Grant(email: email, amount: 2000, bonusPercent: 0, issuedAt: IssuedAt.AddDays(1)) with { ExpiresAt = null });
        var expired = await Ledger.GrantAsync(Grant(email: email, amount: 500, bonusPercent: 20, issuedAt: IssuedAt, expiresAt: IssuedAt.AddDays(30)));
        var stillValid = await Ledger.GrantAsync(Grant(email: email, amount: 300, bonusPercent: 0, issuedAt: IssuedAt, expiresAt: now.AddDays(1)));
        await Ledger.GrantAsync(Grant(email: email, currency: "USD", amount: 7000));
        await Ledger.GrantAsync(Grant(email: NewEmail(), amount: 8000));
        await Ledger.GrantAsync(Grant(email: email, amount: 6000, issuedAt: now.AddDays(2)));

        var balance = await Ledger.BalanceAsync(" " + email.ToUpperInvariant(), "eur", now);

        Assert.Equal("EUR", balance.Currency);
        Assert.Equal(1100 + 2000 + 300, balance.Available);
        Assert.Equal(600, balance.Expired);
        // Oldest first; grants of the same moment by grant id; the one issued after "now" is left out.
        var sameMoment = new[] { open, expired, stillValid }.Select(e => e.GrantId).Order(StringComparer.Ordinal);
        Assert.Equal(sameMoment.Append(noExpiry.GrantId), balance.Entries.Select(e => e.GrantId));
    }

    [Fact]
    public async Task BalanceAsync_UnknownCustomer_IsEmpty()
    {
        var balance = await Ledger.BalanceAsync(NewEmail(), "EUR", IssuedAt);

        Assert.Equal(0, balance.Available);
        Assert.Equal(0, balance.Expired);
        Assert.Empty(balance.Entries);
    }
}

public sealed class InMemoryStoreCreditTests : StoreCreditContractTests
{
    protected override IStoreCredit Ledger { get; } = new InMemoryStoreCredit();
}
