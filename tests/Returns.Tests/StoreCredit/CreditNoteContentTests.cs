using Returns.Orchestrations.Domain;
using Returns.Orchestrations.StoreCredit;

namespace Returns.Tests.StoreCredit;

/// <summary>The note the workflow builds from a return and its credit.</summary>
public sealed class CreditNoteContentTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 5, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void For_MixedReturn_ListsTheStoreCreditLinesWithTheEntrysAmounts()
    {
        var record = Record(
        [
            new ReturnLine("SW-NAVY-M", "Merino sweater", 1, 8900, "too_small", Resolution: Resolutions.StoreCredit),
            new ReturnLine("TS-WHT-L", "Cotton T-shirt", 2, 2490, "changed_mind", Resolution: Resolutions.Refund),
            new ReturnLine("SO-GRY", "Wool socks", 3, 900, "changed_mind", Resolution: Resolutions.StoreCredit),
        ]);
        var entry = StoreCreditEntry.Issue(new StoreCreditGrant(
            StoreCreditGrant.IdFor(record.ReturnId), record.Email, record.Currency, 11600, 10, At, At.AddYears(1), record.ReturnId, record.OrderNumber));

        var content = CreditNoteContent.For(record, entry, "Northwind Outfitters");

        Assert.Equal("de-DE", content.Locale);
        Assert.Equal("Anna Schmidt", content.CustomerName);
        Assert.Equal("Northwind Outfitters", content.ShopName);
        Assert.Equal([new CreditNoteLine("Merino sweater", 1, 8900), new CreditNoteLine("Wool socks", 3, 2700)], content.Lines);
        Assert.Equal(entry.Code, content.Code);
        Assert.Equal((11600L, 1160L, 12760L), (content.Amount, content.Bonus, content.Total));
        Assert.Equal(("RT-7K2M9QXA", "SO-100482", "EUR"), (content.ReturnId, content.OrderNumber, content.Currency));
        Assert.Equal(At.AddYears(1), content.ExpiresAt);
        Assert.Equal(11600, content.LinesTotal);
    }

    [Fact]
    public void For_InspectedReturn_ListsTheUnitsThatCameBack()
    {
        var record = Record([new ReturnLine("SO-GRY", "Wool socks", 3, 900, "changed_mind"), new ReturnLine("CAP", "Cap", 1, 1500, "other")])
            with { Inspection = [new InspectedLine("so-gry", 2, "A")] };
        var entry = StoreCreditEntry.Issue(new StoreCreditGrant("g", record.Email, "EUR", 1800, 0, At, null, record.ReturnId, record.OrderNumber));

        var content = CreditNoteContent.For(record, entry, "Shop");

        Assert.Equal([new CreditNoteLine("Wool socks", 2, 1800)], content.Lines);
    }

    [Fact]
    public void DocumentKind_IsTheCreditNoteKindTheTrackingPageKnows() =>
        Assert.Equal("credit-note", CreditNoteContent.DocumentKind);

    private static ReturnRecord Record(IReadOnlyList<ReturnLine> lines) => new(
        "RT-7K2M9QXA", "SO-100482", "anna@example.de", "Anna Schmidt", "de-DE", "EUR", Resolutions.StoreCredit, lines, ReturnStages.Received,
        At, At, "DE", "DE");
}
