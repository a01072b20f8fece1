namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>The body of <c>POST /v2/shipments</c>.</summary>
public sealed record EasyPostCreateShipment(EasyPostShipmentRequest Shipment);
