namespace Returns.Orchestrations.Routing.Network;

/// <summary>
/// One service of a carrier: its level, how it travels, whether it may carry dangerous goods (a DG contract), the
/// highest declared value it accepts, and its prices per lane.
/// </summary>
/// <param name="Level">"economy", "standard" or "express".</param>
/// <param name="Transport">"post", "ground" or "air" (see <see cref="Compliance.TransportModes"/>).</param>
/// <param name="MaxValue">The highest parcel value it carries, in minor units of <paramref name="MaxValueCurrency"/>; null: no limit.</param>
/// <param name="ExternalService">The service name at the carrier's API (EasyPost's "service", e.g. "Priority"); null for built-in.</param>
public sealed record CarrierService(
    string Id,
    string Name,
    string Level,
    string Transport,
    bool DangerousGoods,
    long? MaxValue,
    string? MaxValueCurrency,
    IReadOnlyList<RateLane> Lanes,
    string? ExternalService = null);
