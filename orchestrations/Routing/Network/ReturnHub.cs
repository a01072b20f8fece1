using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Routing.Network;

/// <summary>
/// A local return hub: customers in <see cref="Serves"/> send parcels to it by a domestic leg; it inspects them,
/// then either ships them home consolidated or sells, clears, donates or recycles them locally.
/// Money is in minor units of <see cref="Currency"/>.
/// </summary>
/// <param name="HandlingFee">What the hub charges per parcel received and inspected.</param>
public sealed record ReturnHub(
    string Id,
    string Name,
    string Country,
    IReadOnlyList<string> Serves,
    PostalAddress Address,
    string Currency,
    HubLeg DomesticLeg,
    long HandlingFee,
    ConsolidationRule Consolidation,
    IReadOnlyList<HubOutlet> Outlets);
