using Azure;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Returns.Adapters.Connections;

namespace Returns.Tests.Adapters;

/// <summary>Table clients made from an account-key connection string sign with a renewed account SAS: Azurite accepts them, and only with the right key.</summary>
public sealed class SharedKeyTableClientsTests
{
    [Fact]
    public async Task Create_AccountKeyConnectionString_CreatesWritesQueriesAndBatchesOnAzurite()
    {
        var table = SharedKeyTableClients.Create(AzuriteStorage.ConnectionString).GetTableClient("Sas" + AzuriteStorage.Unique());
        await table.CreateIfNotExistsAsync();
        try
        {
            await table.UpsertEntityAsync(new TableEntity("p", "a") { ["Value"] = 1 });
            await table.SubmitTransactionAsync([
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "b") { ["Value"] = 2 }),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "c") { ["Value"] = 3 }),
            ]);
            await table.DeleteEntityAsync("p", "c");

            var found = await table.GetEntityAsync<TableEntity>("p", "a");
            var rows = new List<string>();
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == "p"))
                rows.Add(row.RowKey);

            Assert.Equal(1, found.Value.GetInt32("Value"));
            Assert.Equal(["a", "b"], rows);
        }
        finally
        {
            await table.DeleteAsync();
        }
    }

    [Fact]
    public async Task Create_WrongAccountKey_IsRefusedByAzurite()
    {
        var wrongKey = Convert.ToBase64String(Enumerable.Range(0, 64).Select(i => (byte)i).ToArray());
        var connection = string.Join(';', AzuriteStorage.ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.StartsWith("AccountKey=", StringComparison.OrdinalIgnoreCase) ? "AccountKey=" + wrongKey : p));
        var table = SharedKeyTableClients.Create(connection).GetTableClient("Sas" + AzuriteStorage.Unique());

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => table.CreateIfNotExistsAsync());

        Assert.Equal(403, refused.Status);
    }

    [Fact]
    public void AccountKey_SasConnectionString_IsNoneSoTheSdkSigns()
    {
        Assert.Null(SharedKeyTableClients.AccountKey("TableEndpoint=https://acct.table.core.windows.net/;SharedAccessSignature=sv=2024-11-04&ss=t&sig=abc"));
    }

    [Fact]
    public void AccountKey_DevelopmentStorage_IsAzuritesWellKnownKey()
    {
        Assert.StartsWith("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6", SharedKeyTableClients.AccountKey("UseDevelopmentStorage=true"));
    }

    [Fact]
    public void SasRenewalPolicy_AfterHalfTheLifetime_IssuesANewSasOnce()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var credential = new AzureSasCredential("sig=first");
        var issued = new List<DateTimeOffset>();
        var policy = new SasRenewalPolicy(credential, now => { issued.Add(now); return $"sig={issued.Count}"; }, TimeSpan.FromHours(12), clock);
        var pipeline = HttpPipelineBuilder.Build(new TableClientOptions());

        policy.OnSendingRequest(pipeline.CreateMessage());
        clock.Advance(TimeSpan.FromHours(5));
        policy.OnSendingRequest(pipeline.CreateMessage());
        Assert.Equal("sig=first", credential.Signature);

        clock.Advance(TimeSpan.FromHours(2));
        policy.OnSendingRequest(pipeline.CreateMessage());
        policy.OnSendingRequest(pipeline.CreateMessage());

        Assert.Equal("sig=1", credential.Signature);
        Assert.Equal([clock.GetUtcNow()], issued);
    }
}
