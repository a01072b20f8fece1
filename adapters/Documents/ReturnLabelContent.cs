namespace Returns.Adapters.Documents;

/// <summary>
/// Everything printed on a 4x6 in return shipping label.
/// </summary>
/// <param name="ReturnId">The return id (the orchestration instance id); encoded in the QR code.</param>
/// <param name="OrderNumber">The shop's order number.</param>
/// <param name="CarrierName">Carrier shown in the header, e.g. "DHL Express".</param>
/// <param name="ServiceName">Carrier service, e.g. "Return Parcel International".</param>
/// <param name="TrackingNumber">Carrier tracking number; encoded in the Code 128 barcode.</param>
/// <param name="ShipFrom">Address lines of the sender (the customer).</param>
/// <param name="ShipTo">Address lines of the recipient (the seller or its returns warehouse).</param>
/// <param name="WeightGrams">Declared parcel weight in grams.</param>
/// <param name="CreatedAt">When the label was issued.</param>
/// <param name="CrossBorder">True when the parcel crosses a customs border (prints a customs marker).</param>
/// <param name="ItemsSummary">Short summary of the contents, e.g. "2 items".</param>
public sealed record ReturnLabelContent(
    string ReturnId,
    string OrderNumber,
    string CarrierName,
    string ServiceName,
    string TrackingNumber,
    string[] ShipFrom,
    string[] ShipTo,
    int WeightGrams,
    DateTimeOffset CreatedAt,
    bool CrossBorder,
    string ItemsSummary);
