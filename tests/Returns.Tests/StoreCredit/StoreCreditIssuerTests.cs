using Moq;
using Returns.Adapters.Documents;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.StoreCredit;
using Returns.Tests.Documents;

namespace Returns.Tests.StoreCredit;

/// <summary>Grant, note and document together, as the refund activity uses them.</summary>
public sealed class StoreCreditIssuerTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 5, 10, 30, 0, TimeSpan.Zero);

    private readonly InMemoryStoreCredit _ledger = new();
    private readonly Dictionary<(string ReturnId, string Kind), (byte[] Content, string Type)> _documents = [];
    private readonly StoreCreditIssuer _issuer;

    public StoreCreditIssuerTests()
    {
        var documents = new Mock<IDocumentStore>();
        documents.Setup(d => d.SaveAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<byte[]>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, byte[], string, CancellationToken>((id, kind, pdf, type, _) => _documents[(id, kind)] = (pdf, type))
            .Returns(Task.CompletedTask);
        _issuer = new StoreCreditIssuer(_ledger, new CreditNoteRenderer(), documents.Object, new StoreCreditTerms(10, TimeSpan.FromDays(365), "Northwind Outfitters"));
    }

    [Fact]
    public async Task IssueAsync_GrantsWithTheTermsAndFilesTheNoteInTheCustomersLanguage()
    {
        var record = Record();

        var entry = await _issuer.IssueAsync(record, 8900, At);

        Assert.Equal(("RT-7K2M9QXA:storeCredit", 8900L, 890L, 9790L), (entry.GrantId, entry.Amount, entry.Bonus, entry.Total));
        Assert.Equal(At.AddDays(365), entry.ExpiresAt);
        Assert.Equal("anna@example.tw", entry.CustomerEmail);
        var (pdf, type) = _documents[("RT-7K2M9QXA", "credit-note")];
        Assert.Equal("application/pdf", type);
        var text = string.Concat(Poppler.Text(pdf).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("購物金憑證", text);
        Assert.Contains(entry.Code, text);
        Assert.Contains("王小明", text);
    }

    [Fact]
    public async Task IssueAsync_Retry_KeepsTheFirstGrantAndItsNote()
    {
        var record = Record();
        var first = await _issuer.IssueAsync(record, 8900, At);

        var retry = await _issuer.IssueAsync(record, 5000, At.AddMinutes(5));

        Assert.Equal(first, retry);
        Assert.Single(_ledger.Entries);
        var text = string.Concat(Poppler.Text(_documents[("RT-7K2M9QXA", "credit-note")].Content).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("$97.90", text); // the first grant's total, not the retry's
    }

    private static ReturnRecord Record() => new(
        "RT-7K2M9QXA", "SO-100482", "anna@example.tw", "王小明", "zh-TW", "TWD", Resolutions.StoreCredit,
        [new ReturnLine("SW-NAVY-M", "羊毛圓領毛衣", 1, 8900, "too_small")], ReturnStages.Inspected, At, At, "TW", "TW");
}
