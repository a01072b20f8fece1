namespace Returns.Orchestrations.Routing.Consolidation;

/// <summary>
/// The input of one hub's consolidation process (<see cref="HubConsolidationOrchestrator"/>): which hub, and how often
/// it looks at its open batch when no parcel arrives (the age rule of <see cref="Network.ConsolidationRule.EveryDays"/>
/// is only noticed on such a round).
/// </summary>
public sealed record HubConsolidationInput(string HubId, TimeSpan CheckInterval)
{
    /// <summary>Production cadence: a parcel arrival checks at once; otherwise the age rule is checked every hour.</summary>
    public static HubConsolidationInput For(string hubId) => new(hubId, TimeSpan.FromHours(1));
}
