namespace Returns.Load;

/// <summary>A seeded return waiting for its parcel: the carrier events of the webhook stages are scans of its tracking number.</summary>
internal sealed record LabelledReturn(string ReturnId, string Email, string TrackingNumber);
