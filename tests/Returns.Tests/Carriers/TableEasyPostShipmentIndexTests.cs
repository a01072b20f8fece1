using Returns.Adapters.Carriers.EasyPost;
using Returns.Tests.Adapters;

namespace Returns.Tests.Carriers;

/// <summary>The durable index against Azurite (RETURNS_TEST_STORAGE, as the other table tests).</summary>
public class TableEasyPostShipmentIndexTests
{
    private readonly TableEasyPostShipmentIndex _index = new(AzuriteStorage.NewStorage());

    [Fact]
    public async Task RememberReturnAsync_ThenLookUp_GivesTheShipment()
    {
        var returnId = "RT-" + AzuriteStorage.Unique();
        Assert.Null(await _index.ShipmentForReturnAsync(returnId));

        await _index.RememberReturnAsync(returnId, "shp_first");

        Assert.Equal("shp_first", await _index.ShipmentForReturnAsync(returnId));
    }

    [Fact]
    public async Task RememberReturnAsync_Again_KeepsTheLatestShipment()
    {
        var returnId = "RT-" + AzuriteStorage.Unique();
        await _index.RememberReturnAsync(returnId, "shp_voided");

        await _index.RememberReturnAsync(returnId, "shp_reissued");

        Assert.Equal("shp_reissued", await _index.ShipmentForReturnAsync(returnId));
    }

    [Fact]
    public async Task RememberTrackingAsync_LooksUpWhateverTheCase()
    {
        var tracking = "9405500208303" + AzuriteStorage.Unique();
        await _index.RememberTrackingAsync(tracking, "shp_tracked");

        Assert.Equal("shp_tracked", await _index.ShipmentForTrackingAsync(tracking.ToLowerInvariant()));
        Assert.Null(await _index.ShipmentForTrackingAsync("RA123456785DE" + AzuriteStorage.Unique()));
    }

    [Fact]
    public async Task Keys_WithCharactersTablesRefuse_AreStoredEscaped()
    {
        var returnId = "RT/#?" + AzuriteStorage.Unique();

        await _index.RememberReturnAsync(returnId, "shp_escaped");

        Assert.Equal("shp_escaped", await _index.ShipmentForReturnAsync(returnId));
    }
}
