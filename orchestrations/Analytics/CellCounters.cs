namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Counter names inside aggregate cells. Amounts are minor units of the reporting currency. Counters that carry a
/// reason, grade or stage are named with a prefix and the code ("r.defective", "h.in_transit.17").
/// </summary>
public static class CellCounters
{
    public const string Sold = "sold";
    public const string OrderLines = "orders";
    public const string SoldValue = "soldValue";
    public const string Requested = "req";
    public const string Returned = "ret";
    public const string ReturnedLines = "lines";
    public const string Value = "val";
    public const string Refunded = "refund";
    public const string Recovered = "recov";
    public const string Cost = "cost";
    public const string Costed = "costed";
    public const string Count = "n";

    public static string Reason(string reason) => "r." + reason;

    public static string Resolution(string resolution) => "res." + resolution;

    public static string Outcome(string stage) => "o." + stage;

    public static string Grade(string grade) => "g." + grade;

    public static string GradeDisposition(string grade, string disposition) => $"gd.{grade}.{disposition}";

    public static string StageCount(string stage) => "n." + stage;

    public static string StageSeconds(string stage) => "s." + stage;

    public static string StageBucket(string stage, int bucket) => $"h.{stage}.{bucket}";
}
