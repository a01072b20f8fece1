using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Privacy;

namespace Returns.Adapters.Storage;

/// <summary>
/// The erasure audit in Table storage: one row per customer in the "erasure" partition, keyed by the salted hash of
/// the email, and the deployment's salt in a row of its own, made at random by the first request (the first writer
/// wins a race, so every instance uses the same salt).
/// </summary>
public sealed class TableErasureLog(ReturnsStorage storage) : IErasureLog
{
    private const string TableName = "Erasures";
    private const string Partition = "erasure";
    private const string SaltPartition = "salt";
    private const int SaltBytes = 32;

    private byte[]? _salt;

    public async Task<byte[]> SaltAsync(CancellationToken cancellationToken = default)
    {
        if (_salt is { } known)
            return known;
        var table = await storage.TableAsync(TableName);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(SaltPartition, SaltPartition, cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            try
            {
                var fresh = new TableEntity(SaltPartition, SaltPartition) { ["Value"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(SaltBytes)) };
                await table.AddEntityAsync(fresh, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Another instance made it first: use that one.
            }

            found = await table.GetEntityIfExistsAsync<TableEntity>(SaltPartition, SaltPartition, cancellationToken: cancellationToken);
        }

        return _salt = Convert.FromBase64String(found.Value!.GetString("Value"));
    }

    public async Task<ErasureRecord?> GetAsync(string hash, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Escape(hash), cancellationToken: cancellationToken);
        return found.HasValue ? StoredJson.Deserialize<ErasureRecord>(found.Value!.GetString("Json")) : null;
    }

    public async Task SaveAsync(ErasureRecord record, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        await table.UpsertEntityAsync(new TableEntity(Partition, TableKeys.Escape(record.Hash))
        {
            ["Id"] = record.Id,
            ["Status"] = record.Status,
            ["Json"] = StoredJson.Serialize(record),
        }, TableUpdateMode.Replace, cancellationToken);
    }
}
