namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>
/// The "shipment" of <c>POST /v2/shipments</c>. With <see cref="IsReturn"/> EasyPost expects the addresses of the
/// original outbound shipment and swaps them itself; <see cref="Reference"/> is the return id.
/// </summary>
public sealed record EasyPostShipmentRequest(
    EasyPostAddress ToAddress,
    EasyPostAddress FromAddress,
    EasyPostParcel Parcel,
    EasyPostCustomsInfo? CustomsInfo,
    bool IsReturn,
    string Reference,
    EasyPostOptions Options);
