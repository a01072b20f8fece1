namespace Returns.Orchestrations.Ports;

public sealed record StoredDocument(byte[] Content, string ContentType);
