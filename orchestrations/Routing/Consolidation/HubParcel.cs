namespace Returns.Orchestrations.Routing.Consolidation;

/// <summary>A return received at a hub and waiting to ship home consolidated; value in minor units of <see cref="Currency"/>.</summary>
public sealed record HubParcel(
    string ReturnId,
    string HubId,
    string OrderNumber,
    int WeightGrams,
    long Value,
    string Currency,
    IReadOnlyList<ConsolidatedLine> Lines,
    DateTimeOffset ReceivedAt);
