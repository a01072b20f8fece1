namespace Returns.Orchestrations.Domain;

/// <summary>What the hub or warehouse found in the parcel.</summary>
public sealed record ReceiptDetails(string Location, IReadOnlyList<ReceivedLine> Lines, DateTimeOffset At);
