using Azure.Data.Tables;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Storage;

/// <summary>
/// The merchant's policy as one JSON row in Table storage. <paramref name="scope"/> is the row's partition: one
/// installation serves one shop, so it is "policy"; tests give each fixture its own.
/// </summary>
public sealed class TableMerchantPolicyStore(ReturnsStorage storage, string scope = "policy") : IMerchantPolicyStore
{
    private const string Table = "MerchantPolicy";
    private const string Row = "current";

    public async Task<MerchantPolicy?> GetAsync(CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(Table);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(scope, Row, cancellationToken: cancellationToken);
        return found.HasValue ? StoredJson.Deserialize<MerchantPolicy>(found.Value!.GetString("Json")) : null;
    }

    public async Task SaveAsync(MerchantPolicy policy, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(Table);
        await table.UpsertEntityAsync(new TableEntity(scope, Row) { ["Json"] = StoredJson.Serialize(policy) }, TableUpdateMode.Replace, cancellationToken);
    }
}
