namespace Returns.Orchestrations.Workflow;

public static class RouteKinds
{
    /// <summary>A label straight to the seller.</summary>
    public const string Direct = "direct";

    /// <summary>A domestic leg to a local hub, then home in a consolidated shipment.</summary>
    public const string HubConsolidated = "hub_consolidated";

    /// <summary>A domestic leg to a local hub, which resells, clears, donates or recycles the goods there.</summary>
    public const string HubLocalResale = "hub_local_resale";

    /// <summary>Refunded without the goods: the customer keeps (or disposes of) them.</summary>
    public const string Returnless = "returnless";

    /// <summary>The customer sends the parcel with a carrier of their own choice, at their cost.</summary>
    public const string CustomerCarrier = "customer_carrier";

    public static IReadOnlyList<string> All { get; } = [Direct, HubConsolidated, HubLocalResale, Returnless, CustomerCarrier];

    /// <summary>Whether the route sends the parcel to a hub (the label goes to the hub's address).</summary>
    public static bool ViaHub(string? kind) => kind is HubConsolidated or HubLocalResale;
}
