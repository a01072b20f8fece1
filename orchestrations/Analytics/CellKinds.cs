namespace Returns.Orchestrations.Analytics;

/// <summary>
/// The kinds of aggregate cell, the first part of a cell key. Each kind has fixed key parts so the dashboard can
/// filter and group without reading facts.
/// </summary>
public static class CellKinds
{
    /// <summary>One SKU in one market: "s|market|category|product|sku" (sales, returned units, reasons, grades, money).</summary>
    public const string Sku = "s";

    /// <summary>Returns by market, carrier and route: "c|market|carrier|route" (counts, outcomes, cost, recovery).</summary>
    public const string Returns = "c";

    /// <summary>Stage durations by market and carrier: "t|market|carrier" (count, sum and histogram per stage).</summary>
    public const string Stages = "t";

    /// <summary>Comments by theme: "w|market|language|theme".</summary>
    public const string Theme = "w";

    /// <summary>Frequent words of comments no theme matched: "k|market|language|term".</summary>
    public const string Term = "k";

    public const char Separator = '|';

    /// <summary>Joins the kind and parts; a separator inside a part (a SKU with "|") is replaced so keys always split back.</summary>
    public static string Key(string kind, params string[] parts) =>
        kind + Separator + string.Join(Separator, parts.Select(p => p.Replace(Separator, '¦')));

    public static string[] Parts(string key) => key.Split(Separator);
}
