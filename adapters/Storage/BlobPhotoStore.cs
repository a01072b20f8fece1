using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs.Models;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Storage;

/// <summary>
/// Customer photos as blobs named by their photo id. The id is 128 random bits, so knowing one
/// photo's id says nothing about any other; the order number and creation time ride in metadata.
/// </summary>
public sealed class BlobPhotoStore(ReturnsStorage storage, TimeProvider clock) : IPhotoStore
{
    private const string ContainerName = "return-photos";
    // Lower case: metadata names are case-insensitive and some endpoints hand them back lower-cased.
    private const string OrderNumberKey = "ordernumber";
    private const string CreatedAtKey = "createdat";
    private const int IdBytes = 16;
    private const int IdLength = 22; // base64url of 16 bytes, unpadded

    public async Task<string> SaveAsync(string orderNumber, byte[] content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderNumber);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var order = OrderNumbers.Normalize(orderNumber);
        if (order.Length == 0)
            throw new ArgumentException("An order number is required.", nameof(orderNumber));

        var photoId = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes));
        var container = await storage.ContainerAsync(ContainerName);
        await container.GetBlobClient(photoId).UploadAsync(new BinaryData(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = new Dictionary<string, string>
            {
                // Metadata travels as HTTP headers (ASCII only), hence the escaping.
                [OrderNumberKey] = Uri.EscapeDataString(order),
                [CreatedAtKey] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            },
            // A photo is never replaced, not even by an (astronomically unlikely) id collision.
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, cancellationToken);
        return photoId;
    }

    public async Task<StoredPhoto?> GetAsync(string photoId, CancellationToken cancellationToken = default)
    {
        // Checked before any request: a crafted id must not become a blob path like "../x".
        if (!IsPhotoId(photoId))
            return null;
        var container = await storage.ContainerAsync(ContainerName);
        try
        {
            var result = await container.GetBlobClient(photoId).DownloadContentAsync(cancellationToken);
            var details = result.Value.Details;
            var order = details.Metadata.TryGetValue(OrderNumberKey, out var escaped) ? Uri.UnescapeDataString(escaped) : "";
            var createdAt = details.Metadata.TryGetValue(CreatedAtKey, out var at)
                && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
                    ? parsed
                    : details.LastModified;
            return new StoredPhoto(photoId, order, details.ContentType ?? "application/octet-stream", result.Value.Content.ToArray(), createdAt);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string photoId, CancellationToken cancellationToken = default)
    {
        if (!IsPhotoId(photoId))
            return false;
        var container = await storage.ContainerAsync(ContainerName);
        var deleted = await container.GetBlobClient(photoId).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        return deleted.Value;
    }

    private static bool IsPhotoId(string? photoId)
    {
        if (photoId is null || photoId.Length != IdLength)
            return false;
        foreach (var c in photoId)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                return false;
        }
        return true;
    }
}
