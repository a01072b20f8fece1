using Azure;
using Azure.Storage.Blobs.Models;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Storage;

public sealed class BlobDocumentStore(ReturnsStorage storage) : IDocumentStore
{
    private const string ContainerName = "documents";

    public async Task SaveAsync(string returnId, string kind, byte[] content, string contentType, CancellationToken cancellationToken = default)
    {
        var container = await storage.ContainerAsync(ContainerName);
        var blob = container.GetBlobClient(BlobName(returnId, kind));
        await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
        }, cancellationToken);
    }

    public async Task<StoredDocument?> GetAsync(string returnId, string kind, CancellationToken cancellationToken = default)
    {
        var container = await storage.ContainerAsync(ContainerName);
        var blob = container.GetBlobClient(BlobName(returnId, kind));
        try
        {
            var result = await blob.DownloadContentAsync(cancellationToken);
            var details = result.Value.Details;
            return new StoredDocument(result.Value.Content.ToArray(), details.ContentType ?? "application/octet-stream", details.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string returnId, string kind, CancellationToken cancellationToken = default)
    {
        var container = await storage.ContainerAsync(ContainerName);
        var deleted = await container.GetBlobClient(BlobName(returnId, kind)).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        return deleted.Value;
    }

    private static string BlobName(string returnId, string kind) => $"{TableKeys.Escape(returnId)}/{TableKeys.Escape(kind)}";
}
