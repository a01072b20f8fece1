namespace Returns.Orchestrations.Domain;

public sealed record LabelInfo(string Carrier, string Service, string TrackingNumber, DateTimeOffset IssuedAt, bool Voided = false);
