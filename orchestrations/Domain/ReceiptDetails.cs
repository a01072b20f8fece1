namespace Returns.Orchestrations.Domain;

/// <summary>What the hub or warehouse found in the parcel.</summary>
public sealed record ReceiptDetails(string Location, IReadOnlyList<ReceivedLine> Lines, DateTimeOffset At)
{
    /// <summary>What was wrong with the parcel (<see cref="ReceiptFlags"/>); empty when it arrived as announced.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>The warehouse's words on what it found.</summary>
    public string? Note { get; init; }

    /// <summary>Photos the warehouse took of the parcel (photo ids).</summary>
    public IReadOnlyList<string> Photos { get; init; } = [];
}
