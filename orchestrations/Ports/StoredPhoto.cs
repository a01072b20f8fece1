namespace Returns.Orchestrations.Ports;

/// <summary>A stored customer photo; <see cref="OrderNumber"/> is normalized.</summary>
public sealed record StoredPhoto(string PhotoId, string OrderNumber, string ContentType, byte[] Content, DateTimeOffset CreatedAt);
