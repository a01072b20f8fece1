using Azure.Storage.Blobs;

namespace Returns.Tests.Fuzz;

/// <summary>A blob service whose containers all carry a prefix (see <see cref="ScopedTableServiceClient"/>).</summary>
public sealed class ScopedBlobServiceClient(string connectionString, BlobClientOptions options, string prefix)
    : BlobServiceClient(connectionString, options)
{
    public string Prefix => prefix;

    public override BlobContainerClient GetBlobContainerClient(string blobContainerName) =>
        base.GetBlobContainerClient(prefix + blobContainerName);
}
