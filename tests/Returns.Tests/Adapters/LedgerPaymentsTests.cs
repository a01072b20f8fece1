using Azure.Data.Tables;
using Returns.Adapters.Payments;
using Returns.Adapters.Storage;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Adapters;

public class LedgerPaymentsTests
{
    private readonly ReturnsStorage _storage = AzuriteStorage.NewStorage();
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly LedgerPayments _payments;

    public LedgerPaymentsTests() => _payments = new LedgerPayments(_storage, _clock);

    private async Task<List<TableEntity>> RowsAsync(string idempotencyKey)
    {
        var table = await _storage.TableAsync("Payments");
        var key = TableKeys.Escape(idempotencyKey);
        var rows = new List<TableEntity>();
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == "payment" && e.RowKey == key))
            rows.Add(e);
        return rows;
    }

    [Fact]
    public async Task RefundAsync_SameIdempotencyKeyTwice_OnePaymentWithTheSameReference()
    {
        var key = "RT-" + AzuriteStorage.Unique() + ":refund";
        var first = await _payments.RefundAsync(new PaymentInstruction(key, "TW-1001", "refund", 2500, "EUR"));
        _clock.Advance(TimeSpan.FromMinutes(3));

        var second = await _payments.RefundAsync(new PaymentInstruction(key, "TW-1001", "refund", 9900, "EUR"));

        Assert.Equal(first.Reference, second.Reference);
        Assert.Equal("succeeded", second.Status);
        var row = Assert.Single(await RowsAsync(key));
        Assert.Equal(2500, row.GetInt64("Amount"));
        Assert.Equal(first.Reference, row.GetString("Reference"));
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero), row.GetDateTimeOffset("At"));
    }

    [Fact]
    public async Task RefundAsync_ConcurrentRepeats_AllAnswerWithOneReference()
    {
        var key = "RT-" + AzuriteStorage.Unique() + ":refund";
        var instruction = new PaymentInstruction(key, "TW-1001", "refund", 2500, "EUR");

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => new LedgerPayments(AzuriteStorage.NewStorage(), _clock).RefundAsync(instruction)));

        Assert.Single(results.Select(r => r.Reference).Distinct());
        Assert.Single(await RowsAsync(key));
    }

    [Fact]
    public async Task RefundAsync_DifferentKeys_DifferentReferencesWithKindPrefix()
    {
        var id = AzuriteStorage.Unique();

        var refund = await _payments.RefundAsync(new PaymentInstruction($"RT-{id}:refund", "TW-1001", "refund", 2500, "EUR"));
        var credit = await _payments.RefundAsync(new PaymentInstruction($"RT-{id}:credit", "TW-1001", "storeCredit", 2500, "EUR"));

        Assert.StartsWith("RF-", refund.Reference);
        Assert.StartsWith("SC-", credit.Reference);
        Assert.NotEqual(refund.Reference[3..], credit.Reference[3..]);
    }

    [Fact]
    public async Task RefundAsync_NegativeAmount_ThrowsAndRecordsNothing()
    {
        var key = "RT-" + AzuriteStorage.Unique() + ":refund";

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _payments.RefundAsync(new PaymentInstruction(key, "TW-1001", "refund", -1, "EUR")));

        Assert.Empty(await RowsAsync(key));
    }
}
