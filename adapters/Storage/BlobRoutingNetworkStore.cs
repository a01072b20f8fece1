using Azure;
using Azure.Storage.Blobs.Models;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Adapters.Storage;

/// <summary>The routing network a merchant saved, as one JSON blob (it can be larger than a table row allows).</summary>
public sealed class BlobRoutingNetworkStore(ReturnsStorage storage, string scope = "current") : IRoutingNetworkStore
{
    private const string ContainerName = "routing";

    public async Task<RoutingNetwork?> GetAsync(CancellationToken cancellationToken = default)
    {
        var container = await storage.ContainerAsync(ContainerName);
        try
        {
            var result = await container.GetBlobClient(BlobName).DownloadContentAsync(cancellationToken);
            return StoredJson.Deserialize<RoutingNetwork>(result.Value.Content.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task SaveAsync(RoutingNetwork network, CancellationToken cancellationToken = default)
    {
        var container = await storage.ContainerAsync(ContainerName);
        await container.GetBlobClient(BlobName).UploadAsync(
            new BinaryData(StoredJson.Serialize(network)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken);
    }

    private string BlobName => $"{TableKeys.Escape(scope)}.json";
}
