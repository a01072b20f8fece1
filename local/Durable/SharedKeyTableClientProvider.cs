using Azure.Data.Tables;
using DurableTask.AzureStorage;
using Returns.Adapters.Connections;

namespace Returns.Local.Durable;

/// <summary>
/// The durable backend's Table clients (history, instances, partitions), signed by <see cref="SharedKeyLiteTablePolicy"/>
/// like the app's own: the backend reads and writes a table on every orchestration step, and the SDK's signing leaves
/// a native handle per request for the finalizer.
/// </summary>
public sealed class SharedKeyTableClientProvider(string connectionString) : IStorageServiceClientProvider<TableServiceClient, TableClientOptions>
{
    public TableClientOptions CreateOptions() => new();

    public TableServiceClient CreateClient(TableClientOptions options) => SharedKeyTableClients.Create(connectionString, options);
}
