using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Analytics.Report;

/// <summary>
/// Return rate of one SKU, product, category, market or month: units returned / units sold (null with no sales).
/// Requested counts what customers asked to return, including requests refused or never sent.
/// </summary>
public sealed record RateRow(
    string Key, string Label, string? Category, long UnitsSold, long UnitsReturned, long UnitsRequested, double? ReturnRate,
    Money ReturnedValue, Money Refunded, Money Recovered, Money Cost);
