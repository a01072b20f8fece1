namespace Returns.Orchestrations.Ports;

/// <summary>A stored document; <see cref="SavedAt"/> is when it was last written (null where the store does not say).</summary>
public sealed record StoredDocument(byte[] Content, string ContentType, DateTimeOffset? SavedAt = null);
