namespace Returns.Orchestrations.Ports;

/// <summary>A stored integration event ready to leave: <see cref="Body"/> is its CloudEvents JSON, sent byte for byte everywhere.</summary>
public sealed record OutboundEvent(string Id, string Type, string Body);
