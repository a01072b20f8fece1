using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Routing.Consolidation;

/// <summary>
/// Renders the papers of one consolidated shipment from a hub home: one manifest listing every return in it, and one
/// packing list / customs declaration of all its goods (returned goods, relief from import charges claimed).
/// </summary>
public interface IConsolidationPaperRenderer
{
    /// <param name="consignee">Where the shipment goes: the seller's warehouse (the orders' ship-from address).</param>
    byte[] Manifest(ConsolidatedShipment shipment, ReturnHub hub, PostalAddress consignee);

    byte[] PackingList(ConsolidatedShipment shipment, ReturnHub hub, PostalAddress consignee);
}
