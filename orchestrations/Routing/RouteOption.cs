using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Routing;

/// <summary>
/// One way a return could travel (or not), costed: <see cref="Breakdown"/> lists every cost (positive) and expected
/// recovery (negative) in the decision's currency; <see cref="TotalCost"/> is their sum. An infeasible option says
/// why in <see cref="Reasons"/>.
/// </summary>
/// <param name="Kind">One of <see cref="Workflow.RouteKinds"/>.</param>
/// <param name="CarrierId">The carrier of the label (direct) or the domestic leg (hub routes); null when no label.</param>
/// <param name="ServiceId">The carrier service of the label; null when none.</param>
/// <param name="HubId">The hub of a hub route.</param>
/// <param name="Transport">How the parcel travels ("post", "ground", "air"); null when nothing travels.</param>
public sealed record RouteOption(
    string Kind,
    bool Feasible,
    Money TotalCost,
    int DaysToRefund,
    IReadOnlyList<CostItem> Breakdown,
    IReadOnlyList<string> Reasons,
    string? CarrierId = null,
    string? ServiceId = null,
    string? HubId = null,
    string? Transport = null);
