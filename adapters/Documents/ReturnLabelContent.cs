using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Documents;

/// <summary>
/// Everything printed on a 4x6 in return shipping label (page 1) and its instructions page (page 2).
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
/// <param name="Locale">
/// The customer's locale tag (e.g. "zh-TW"). Page 1 captions become bilingual (English first, for carrier staff)
/// and page 2 is in the customer's language. Null or a language without a translation: English only.
/// </param>
/// <param name="Items">The parcel's contents, listed on page 2. Null: no list (and no "include the items below" step).</param>
/// <param name="DropOffBy">When the label expires; page 2 asks to drop the parcel off by that date. Null: no drop-off step.</param>
/// <param name="HazardMarks">Dangerous-goods marks printed on page 1 (UN number, ground only). Null or empty: none.</param>
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
    string ItemsSummary,
    string? Locale = null,
    IReadOnlyList<LabelItem>? Items = null,
    DateTimeOffset? DropOffBy = null,
    IReadOnlyList<string>? HazardMarks = null);
