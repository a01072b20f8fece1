using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Storage;

public sealed class TableOrderStore(ReturnsStorage storage) : IOrderStore
{
    private const string TableName = "Orders";
    private const string Partition = "order";

    public async Task<bool> UpsertAsync(Order order, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(TableName);
        var entity = new TableEntity(Partition, TableKeys.Escape(OrderNumbers.Normalize(order.OrderNumber)))
        {
            ["Json"] = StoredJson.Serialize(order),
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
            return false;
        }
    }

    public async Task<Order?> GetAsync(string orderNumber, CancellationToken cancellationToken = default)
    {
        var key = OrderNumbers.Normalize(orderNumber);
        if (key.Length == 0 || key.Length > 100)
            return null;
        var table = await storage.TableAsync(TableName);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Escape(key), cancellationToken: cancellationToken);
        return found.HasValue ? StoredJson.Deserialize<Order>(found.Value!.GetString("Json")) : null;
    }
}
