using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Ports;

/// <summary>What a carrier needs to issue a label.</summary>
/// <param name="Locale">The customer's locale tag (e.g. "zh-TW"); the label's texts are in that language. Null: English.</param>
/// <param name="Items">The parcel's contents, listed on the instructions page. Null: no list.</param>
/// <param name="DropOffBy">When the label expires (the parcel must be dropped off by then). Null: no drop-off step.</param>
/// <param name="Transport">The transport the dangerous-goods rules require ("ground", "air"); null: the carrier's choice.</param>
/// <param name="HazardMarks">Dangerous-goods marks the label must carry; null or empty for none.</param>
/// <param name="CarrierId">The carrier of the routing network the route chose; null: the default carrier.</param>
/// <param name="ServiceId">Its service; null: the carrier's choice.</param>
public sealed record LabelRequest(
    string ReturnId,
    string OrderNumber,
    PostalAddress From,
    PostalAddress To,
    int WeightGrams,
    int ItemCount,
    bool CrossBorder,
    DateTimeOffset At,
    string? Locale = null,
    IReadOnlyList<LabelItem>? Items = null,
    DateTimeOffset? DropOffBy = null,
    string? Transport = null,
    IReadOnlyList<string>? HazardMarks = null,
    string? CarrierId = null,
    string? ServiceId = null);
