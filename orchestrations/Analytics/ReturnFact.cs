namespace Returns.Orchestrations.Analytics;

/// <summary>
/// The analytics facts of one return as it stands now: one <see cref="ReturnLineFact"/> per returned line and the time
/// spent in each stage. Amounts are minor units of <see cref="Currency"/>, the reporting currency.
/// </summary>
/// <param name="Period">The month the return was requested ("2026-11").</param>
/// <param name="Market">The customer's country (where the return starts).</param>
/// <param name="Carrier">The return label's carrier; "none" when no label was issued.</param>
/// <param name="Route">The route chosen ("direct", "returnless", ...); "none" before routing.</param>
/// <param name="Requested">Confirmed by the customer: counts as a request, its reasons and comments count.</param>
/// <param name="Returned">Approved and not rejected, expired or cancelled since: counts towards the return rate.</param>
/// <param name="Outcome">The terminal stage, or null while the return is open.</param>
/// <param name="Costed">The cost ledger has entries for the return.</param>
/// <param name="Version">The workflow step the facts reflect (the return's sequence number).</param>
public sealed record ReturnFact(
    string ReturnId,
    string Period,
    string Market,
    string Carrier,
    string Route,
    string Resolution,
    string Stage,
    string Language,
    bool Requested,
    bool Returned,
    string? Outcome,
    string Currency,
    IReadOnlyList<ReturnLineFact> Lines,
    IReadOnlyList<StageSpan> Stages,
    long Cost = 0,
    long Refunded = 0,
    long Recovered = 0,
    bool Costed = false,
    long Version = 0);
