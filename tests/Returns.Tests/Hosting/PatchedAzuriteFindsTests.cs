using Azure;
using Azure.Data.Tables;
using Returns.Tests.Adapters;

namespace Returns.Tests.Hosting;

/// <summary>
/// The test Azurite runs with scripts/azurite-patch.js applied, so its table store finds partitions and single rows
/// through its indexes. These keys are the ones an index could mix up (numeric strings that are numerically equal,
/// numbers beside words, the empty row key every durable instance row has, quotes): every query and point read must
/// return exactly the rows a full scan would.
/// </summary>
public sealed class PatchedAzuriteFindsTests : IAsyncLifetime
{
    private static readonly string[] Keys = ["1", "01", "1.0", "10", "9", "1a", "a", "A", "x'y", " ", "RT-1", "RT-10"];
    private static readonly string[] RowKeys = ["", "0", "00", "1", "b"];

    private readonly TableClient _table = new TableServiceClient(AzuriteStorage.ConnectionString).GetTableClient("Finds" + AzuriteStorage.Unique());

    public async Task InitializeAsync()
    {
        await _table.CreateIfNotExistsAsync();
        foreach (var partitionKey in Keys)
        {
            var batch = RowKeys.Select(rowKey => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity(partitionKey, rowKey) { ["Who"] = $"{partitionKey}|{rowKey}" })).ToList();
            await _table.SubmitTransactionAsync(batch);
        }
    }

    public async Task DisposeAsync() => await _table.DeleteAsync();

    [Fact]
    public async Task PartitionQueries_ReturnExactlyThatPartition()
    {
        foreach (var partitionKey in Keys)
        {
            var found = await WhoAsync($"PartitionKey eq '{partitionKey.Replace("'", "''", StringComparison.Ordinal)}'");
            Assert.Equal(RowKeys.Select(rowKey => $"{partitionKey}|{rowKey}").Order(StringComparer.Ordinal), found);
        }
    }

    [Fact]
    public async Task FiltersThatDoNotRequireOnePartition_StillSeeAllRows()
    {
        var tenOrB = RowKeys.Select(r => $"10|{r}").Union(Keys.Select(p => $"{p}|b")).Order(StringComparer.Ordinal);
        Assert.Equal(tenOrB, await WhoAsync("PartitionKey eq '10' or RowKey eq 'b'"));
        Assert.Equal(Keys.Length * RowKeys.Length - RowKeys.Length, (await WhoAsync("not (PartitionKey eq '1')")).Count);
        Assert.Equal(["01|1", "01|b"], await WhoAsync("PartitionKey eq '01' and RowKey ge '1'"));
        Assert.Equal(["9|"], await WhoAsync("RowKey eq '' and PartitionKey eq '9'"));
    }

    [Fact]
    public async Task PointReads_FindEachRowAndNoOther()
    {
        foreach (var partitionKey in Keys)
        {
            foreach (var rowKey in RowKeys)
            {
                var entity = await _table.GetEntityAsync<TableEntity>(partitionKey, rowKey);
                Assert.Equal($"{partitionKey}|{rowKey}", entity.Value.GetString("Who"));
            }
        }

        var missing = await Assert.ThrowsAsync<RequestFailedException>(() => _table.GetEntityAsync<TableEntity>("1.00", ""));
        Assert.Equal(404, missing.Status);
        await Assert.ThrowsAsync<RequestFailedException>(() => _table.AddEntityAsync(new TableEntity("01", "")));
        await _table.AddEntityAsync(new TableEntity("001", ""));
        await _table.UpsertEntityAsync(new TableEntity("1", "0") { ["Who"] = "changed" }, TableUpdateMode.Merge);
        Assert.Equal("changed", (await _table.GetEntityAsync<TableEntity>("1", "0")).Value.GetString("Who"));
        Assert.Equal("01|0", (await _table.GetEntityAsync<TableEntity>("01", "0")).Value.GetString("Who"));
    }

    private async Task<List<string>> WhoAsync(string filter)
    {
        var who = new List<string>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter))
            who.Add(entity.GetString("Who"));
        return who.Order(StringComparer.Ordinal).ToList();
    }
}
