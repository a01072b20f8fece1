using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Returns.Adapters.Storage;

/// <summary>
/// The storage account of the app (Azurite locally). Tables and containers are created on first
/// use, once per process, so neither host needs a separate provisioning step.
/// </summary>
public sealed class ReturnsStorage(TableServiceClient tables, BlobServiceClient blobs)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<BlobContainerClient>>> _containers = new();

    public ReturnsStorage(string connectionString)
        : this(Connections.SharedKeyTableClients.Create(connectionString), new BlobServiceClient(connectionString))
    {
    }

    public TableServiceClient TableService => tables;

    public Task<TableClient> TableAsync(string name) =>
        _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(async () =>
        {
            var client = tables.GetTableClient(n);
            await client.CreateIfNotExistsAsync();
            return client;
        })).Value;

    public Task<BlobContainerClient> ContainerAsync(string name) =>
        _containers.GetOrAdd(name, n => new Lazy<Task<BlobContainerClient>>(async () =>
        {
            var client = blobs.GetBlobContainerClient(n);
            await client.CreateIfNotExistsAsync();
            return client;
        })).Value;

    /// <summary>
    /// True when both the table and the blob endpoints answer. Lists one table and one container rather than reading
    /// service properties, which the data roles a managed identity holds on Azure do not allow.
    /// </summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
                break;
            await foreach (var _ in blobs.GetBlobContainersAsync(cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
                break;
            return true;
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or OperationCanceledException or AggregateException)
        {
            return false;
        }
    }
}
