namespace Returns.Orchestrations.Domain;

/// <summary>
/// The stored state of one return: what the customer asked for plus the projection the workflow keeps
/// up to date (stage, timeline, label, refund). The tracking page and the admin list read this.
/// </summary>
public sealed record ReturnRecord(
    string ReturnId,
    string OrderNumber,
    string Email,
    string CustomerName,
    string Locale,
    string Currency,
    string Resolution,
    IReadOnlyList<ReturnLine> Lines,
    string Stage,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string ShipFromCountry,
    string ShipToCountry,
    string? ExchangeSku = null)
{
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
    public LabelInfo? Label { get; init; }
    public IReadOnlyList<string> Documents { get; init; } = [];
    public RefundInfo? Refund { get; init; }

    /// <summary>Store credit issued (a return whose lines ask for both money and credit has both).</summary>
    public RefundInfo? Credit { get; init; }

    /// <summary>The deductions shown when the return was requested; null for none.</summary>
    public RefundTerms? Terms { get; init; }
    public ReceiptDetails? Receipt { get; init; }
    public IReadOnlyList<InspectedLine>? Inspection { get; init; }
    public ExchangeShipment? Exchange { get; init; }

    /// <summary>An instant exchange whose returned goods never arrived: the replacement charged to the customer.</summary>
    public RefundInfo? ExchangeCharge { get; init; }

    /// <summary>The replacement ships on the carrier's first scan of the returned parcel.</summary>
    public bool InstantExchange { get; init; }
    public string? Route { get; init; }

    /// <summary>Every route option considered, costed, and the one chosen; null before routing (or for older returns).</summary>
    public Routing.RouteDecision? RouteDecision { get; init; }
    public string? DecisionNote { get; init; }

    /// <summary>The highest workflow sequence number applied; makes replayed projection updates no-ops.</summary>
    public int Sequence { get; init; }

    /// <summary>A step parked for the merchant after a partner kept failing; null when nothing waits for the merchant.</summary>
    public ReturnAttention? Attention { get; init; }

    /// <summary>
    /// Steps first projected by an execution of the workflow that was lost in a crash, with another stage than the saved
    /// execution's: their email and integration event carry the id "{return id}-{sequence}r".
    /// </summary>
    public IReadOnlyList<int> SupersededSteps { get; init; } = [];

    /// <summary>When the customer's personal data was erased on request (the record then holds a pseudonym); null before.</summary>
    public DateTimeOffset? ErasedAt { get; init; }

    public bool CrossBorder => !string.Equals(ShipFromCountry, ShipToCountry, StringComparison.OrdinalIgnoreCase);

    public Money ReturnedValue() =>
        new(Lines.Sum(l => l.UnitPrice * l.Quantity), Currency);

    public ReturnLine? FindLine(string sku) =>
        Lines.FirstOrDefault(l => string.Equals(l.Sku, sku, StringComparison.OrdinalIgnoreCase));
}
