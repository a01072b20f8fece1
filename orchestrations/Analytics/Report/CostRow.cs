using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Analytics.Report;

/// <summary>
/// Returns and their money for one market, carrier or route: <see cref="Cost"/> is postage, legs, freight shares,
/// duties not recovered, handling and payment fees; <see cref="Net"/> = cost + refunded − recovered.
/// <see cref="CostPerReturn"/> divides by the returns whose costs are recorded.
/// </summary>
public sealed record CostRow(
    string Key, long Requested, long Returned, long Costed, long Closed, long Rejected, long Expired, long Cancelled,
    Money Cost, Money CostPerReturn, Money Refunded, Money Recovered, Money Net);
