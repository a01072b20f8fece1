using Microsoft.DurableTask;
using Moq;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.Workflow.Activities;
using Returns.Tests.Adapters;
using static Returns.Tests.Consolidation.ConsolidationSamples;

namespace Returns.Tests.Consolidation;

/// <summary>A return received at a hub becomes a parcel of the hub's open batch.</summary>
public sealed class AddParcelToHubTests
{
    private readonly Mock<IReturnStore> _returns = new();
    private readonly Mock<IOrderStore> _orders = new();
    private readonly Mock<IHubBatchStore> _batches = new();
    private readonly List<HubParcel> _added = [];

    public AddParcelToHubTests()
    {
        _orders.Setup(o => o.GetAsync("TW-1001", It.IsAny<CancellationToken>())).ReturnsAsync(Order());
        _batches.Setup(b => b.AddAsync(It.IsAny<HubParcel>(), It.IsAny<CancellationToken>()))
            .Callback<HubParcel, CancellationToken>((p, _) => _added.Add(p)).Returns(Task.CompletedTask);
    }

    private async Task<HubParcel> AddAsync(ReturnRecord record)
    {
        _returns.Setup(r => r.GetAsync(record.ReturnId, It.IsAny<CancellationToken>())).ReturnsAsync(record);
        var activity = new AddParcelToHub(new ReturnContextLoader(_returns.Object, _orders.Object), _batches.Object, new ManualClock(At));
        Assert.True(await activity.RunAsync(Mock.Of<TaskActivityContext>(), new HubParcelRequest(record.ReturnId, "tw-tpe")));
        return Assert.Single(_added);
    }

    [Fact]
    public async Task Run_ReturnedLines_WeightValueAndLinesFromTheOrder()
    {
        var record = Return("ret-1", "TW-1001",
            new ReturnLine("TEE-BLK-M", "Tee black M", 2, 2_300, "size_too_large"),
            new ReturnLine("MUG-WHT", "Mug white", 1, 1_200, "damaged", HsCode: "6912009000", OriginCountry: "TW"));

        var parcel = await AddAsync(record);

        Assert.Equal("ret-1", parcel.ReturnId);
        Assert.Equal("tw-tpe", parcel.HubId);
        Assert.Equal("TW-1001", parcel.OrderNumber);
        Assert.Equal((2 * 200) + 450, parcel.WeightGrams);
        Assert.Equal((2 * 2_300) + 1_200, parcel.Value);          // at the prices paid
        Assert.Equal("EUR", parcel.Currency);
        Assert.Equal(At, parcel.ReceivedAt);
        Assert.Equal(new ConsolidatedLine("TEE-BLK-M", "Tee black M", 2, 2_300, "6109100010", "PT", 200), parcel.Lines[0]);
        Assert.Equal(new ConsolidatedLine("MUG-WHT", "Mug white", 1, 1_200, "6912009000", "TW", 450), parcel.Lines[1]); // the return's classification wins
    }

    [Fact]
    public async Task Run_LinesWithoutWeight_AtLeastTheMinimum()
    {
        var parcel = await AddAsync(Return("ret-2", "TW-1001", new ReturnLine("CARD", "Gift card", 1, 500, "unwanted")));

        Assert.Equal(AddParcelToHub.MinimumWeightGrams, parcel.WeightGrams);
        Assert.Null(parcel.Lines[0].HsCode);
        Assert.Equal(0, parcel.Lines[0].UnitWeightGrams);
    }

    [Fact]
    public async Task Run_MissingReturn_Throws()
    {
        var activity = new AddParcelToHub(new ReturnContextLoader(_returns.Object, _orders.Object), _batches.Object, new ManualClock(At));

        await Assert.ThrowsAsync<InvalidOperationException>(() => activity.RunAsync(Mock.Of<TaskActivityContext>(), new HubParcelRequest("nope", "tw-tpe")));
        Assert.Empty(_added);
    }
}
