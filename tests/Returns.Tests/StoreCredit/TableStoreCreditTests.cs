using Azure.Data.Tables;
using Returns.Adapters.Storage;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.StoreCredit;
using Returns.Tests.Adapters;
using static Returns.Tests.StoreCredit.StoreCreditSamples;

namespace Returns.Tests.StoreCredit;

/// <summary>The store-credit ledger on Azurite (RETURNS_TEST_STORAGE, see <see cref="AzuriteStorage"/>).</summary>
public sealed class TableStoreCreditTests : StoreCreditContractTests
{
    private readonly ReturnsStorage _storage = AzuriteStorage.NewStorage();

    public TableStoreCreditTests() => Ledger = new TableStoreCredit(_storage);

    protected override IStoreCredit Ledger { get; }

    [Fact]
    public async Task GrantAsync_StoresTheRowUnderKeysWithoutTheEmail()
    {
        var email = NewEmail();
        var entry = await Ledger.GrantAsync(Grant(email: email));

        var table = await _storage.TableAsync("StoreCredit");
        var partition = TableStoreCredit.PartitionKey(email);
        var rows = new List<TableEntity>();
        await foreach (var found in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
            rows.Add(found);

        var row = Assert.Single(rows);
        Assert.Equal(TableKeys.Escape(entry.GrantId), row.RowKey);
        Assert.Matches("^c-[0-9a-f]{64}$", row.PartitionKey);
        Assert.DoesNotContain(email.Split('@')[0], row.PartitionKey + row.RowKey, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(TableStoreCredit.PartitionKey(email.ToUpperInvariant()), row.PartitionKey);
        Assert.Equal(entry, StoredJson.Deserialize<StoreCreditEntry>(row.GetString("Json")));
    }

    [Fact]
    public async Task GrantAsync_KeyedCodes_AreTheKeyedOnes()
    {
        var codes = StoreCreditCodes.Keyed("a secret of more than sixteen bytes"u8.ToArray());
        var ledger = new TableStoreCredit(_storage, codes);
        var grant = Grant(email: NewEmail());

        var entry = await ledger.GrantAsync(grant);

        Assert.Equal(codes.For(grant.GrantId), entry.Code);
        Assert.NotEqual(StoreCreditCodes.Unkeyed.For(grant.GrantId), entry.Code);
    }
}
