namespace Returns.Orchestrations.Ports;

/// <summary>Photos customers attach to returned items, already sanitized (no location metadata).</summary>
public interface IPhotoStore
{
    /// <summary>Stores a sanitized photo for an order; returns the new photo id (url-safe, unguessable, 22+ chars).</summary>
    Task<string> SaveAsync(string orderNumber, byte[] content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>The photo, or null when the id is unknown or not a well-formed photo id.</summary>
    Task<StoredPhoto?> GetAsync(string photoId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the photo; false when there was none (an erasure repeated).</summary>
    Task<bool> DeleteAsync(string photoId, CancellationToken cancellationToken = default);
}
