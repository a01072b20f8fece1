namespace Returns.Orchestrations.Routing.Network;

/// <summary>A carrier and its return services.</summary>
/// <param name="Adapter">Which adapter issues its labels: "builtin" (locally) or "easypost" (EasyPost's API).</param>
public sealed record CarrierOffer(string Id, string Name, string Adapter, IReadOnlyList<CarrierService> Services);
