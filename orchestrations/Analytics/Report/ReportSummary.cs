using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Analytics.Report;

/// <summary>The headline figures of the filtered months.</summary>
public sealed record ReportSummary(
    long UnitsSold, long UnitsReturned, long UnitsRequested, double? ReturnRate, long Returns, long ReturnsCosted,
    Money SoldValue, Money ReturnedValue, double? ValueReturnRate, Money Cost, Money CostPerReturn, Money Refunded, Money Recovered, Money Net);
