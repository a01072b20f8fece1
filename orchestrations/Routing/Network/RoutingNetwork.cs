namespace Returns.Orchestrations.Routing.Network;

/// <summary>
/// The carriers, rates, hubs and cost assumptions routes are chosen from: <c>routing/carriers.json</c>,
/// <c>routing/hubs.json</c> and <c>routing/costs.json</c> shipped with the app, or the set saved through
/// <c>PUT /api/admin/routing</c>.
/// </summary>
public sealed record RoutingNetwork(string Version, IReadOnlyList<CarrierOffer> Carriers, IReadOnlyList<ReturnHub> Hubs, RoutingCosts Costs);
