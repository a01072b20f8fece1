namespace Returns.Orchestrations.Workflow;

/// <summary>
/// How the goods travel back. <see cref="Transport"/> is the mode dangerous goods force (null: the carrier's
/// choice); <see cref="DangerousGoodsBlocked"/> marks a returnless refund forced because no carrier may take them.
/// </summary>
public sealed record RoutePlan(string Kind, string Reason)
{
    public string? Transport { get; init; }

    public bool DangerousGoodsBlocked { get; init; }

    /// <summary>The chosen option's carrier, service and hub (null when the route needs none).</summary>
    public string? CarrierId { get; init; }

    public string? ServiceId { get; init; }

    public string? HubId { get; init; }
}
