using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Routing;

/// <summary>A carrier service's price for one parcel on one lane, in the order's currency.</summary>
internal sealed record LabelQuote(CarrierOffer Carrier, CarrierService Service, RateLane Lane, long Price);
