using Microsoft.DurableTask;
using Moq;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.StoreCredit;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;
using Returns.Tests.Adapters;

namespace Returns.Tests.Api;

/// <summary>
/// Money moves once: a settlement whose result could not be saved (a crash, a storage outage) is retried by the
/// workflow, and the retry pays nothing new — the payments ledger and the store-credit ledger answer with the first.
/// </summary>
public sealed class ExactlyOnceSettlementTests : IDisposable
{
    private readonly ApiHarness _api = new();
    private readonly Mock<IReturnStore> _returns = new();
    private readonly Mock<IOrderStore> _orders = new();
    private readonly List<ReturnRecord> _saved = [];
    private int _failSaves;

    public ExactlyOnceSettlementTests()
    {
        _returns.Setup(r => r.SaveAsync(It.IsAny<ReturnRecord>(), It.IsAny<CancellationToken>()))
            .Returns<ReturnRecord, CancellationToken>((r, _) =>
            {
                if (_failSaves-- > 0)
                    throw new InvalidOperationException("storage unavailable");
                _saved.Add(r);
                return Task.CompletedTask;
            });
    }

    public void Dispose() => _api.Dispose();

    private IssueReturnRefund Activity() => new(
        new ReturnContextLoader(_returns.Object, _orders.Object), _returns.Object, _api.Get<IPayments>(), _api.Get<StoreCreditIssuer>(),
        TimeProvider.System);

    private ReturnRecord Seed(string resolution)
    {
        var orderNumber = AdapterSamples.NewOrderNumber();
        var record = AdapterSamples.Return(AdapterSamples.NewReturnId(), orderNumber, ReturnStages.Inspected, quantity: 2) with
        {
            Resolution = resolution,
            Email = $"exactly.once.{Guid.NewGuid():N}@example.de",
            Inspection = [new InspectedLine("TEE-BLK-M", 2, "A")],
        };
        _returns.Setup(r => r.GetAsync(record.ReturnId, It.IsAny<CancellationToken>())).ReturnsAsync(() => _saved.LastOrDefault() ?? record);
        _orders.Setup(o => o.GetAsync(orderNumber, It.IsAny<CancellationToken>())).ReturnsAsync(AdapterSamples.Order(orderNumber));
        return record;
    }

    [Theory]
    [InlineData(Resolutions.Refund)]
    [InlineData(Resolutions.StoreCredit)]
    public async Task Settlement_SaveFailsAfterPaying_TheRetryPaysNothingNew(string resolution)
    {
        var record = Seed(resolution);
        _failSaves = 1;

        await Assert.ThrowsAsync<InvalidOperationException>(() => Activity().RunAsync(Mock.Of<TaskActivityContext>(), new SettlementRequest(record.ReturnId, resolution)));
        var first = await Activity().RunAsync(Mock.Of<TaskActivityContext>(), new SettlementRequest(record.ReturnId, resolution));
        var replay = await Activity().RunAsync(Mock.Of<TaskActivityContext>(), new SettlementRequest(record.ReturnId, resolution));

        Assert.Equal(first, replay);
        Assert.Equal(5_000, resolution == Resolutions.Refund ? first.Amount : first.Amount - StoreCreditEntry.BonusOn(5_000, 0));
        var saved = Assert.Single(_saved);
        Assert.Equal(first.Reference, (resolution == Resolutions.Refund ? saved.Refund : saved.Credit)!.Reference);
        if (resolution == Resolutions.StoreCredit)
        {
            var balance = await _api.Get<IStoreCredit>().BalanceAsync(record.Email, record.Currency, DateTimeOffset.UtcNow.AddMinutes(1));
            Assert.Equal(first.Amount, balance.Available);
        }
    }
}
