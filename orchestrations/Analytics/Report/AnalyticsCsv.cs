using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Reporting;

namespace Returns.Orchestrations.Analytics.Report;

/// <summary>Every dashboard table as CSV, with the same columns as its JSON rows (money in major units).</summary>
public static class AnalyticsCsv
{
    public static string Summary(ReportSummary s, string currency) => CsvText.Write(
        ["unitsSold", "unitsReturned", "unitsRequested", "returnRate", "returns", "returnsCosted", "soldValue", "returnedValue", "valueReturnRate",
         "cost", "costPerReturn", "refunded", "recovered", "net", "currency"],
        [[N(s.UnitsSold), N(s.UnitsReturned), N(s.UnitsRequested), CsvText.Number(s.ReturnRate), N(s.Returns), N(s.ReturnsCosted), M(s.SoldValue),
          M(s.ReturnedValue), CsvText.Number(s.ValueReturnRate), M(s.Cost), M(s.CostPerReturn), M(s.Refunded), M(s.Recovered), M(s.Net), currency]]);

    public static string Rates(IEnumerable<RateRow> rows, string currency) => CsvText.Write(
        ["key", "label", "category", "unitsSold", "unitsReturned", "unitsRequested", "returnRate", "returnedValue", "refunded", "recovered", "cost", "currency"],
        rows.Select(r => (IReadOnlyList<string>)
        [
            r.Key, r.Label, r.Category ?? "", N(r.UnitsSold), N(r.UnitsReturned), N(r.UnitsRequested), CsvText.Number(r.ReturnRate), M(r.ReturnedValue),
            M(r.Refunded), M(r.Recovered), M(r.Cost), currency,
        ]));

    public static string Reasons(IEnumerable<ReasonMixRow> rows) => CsvText.Write(
        ["product", "productName", "category", "unitsReturned", "dominantReason", .. ReturnReasons.All],
        rows.Select(r => (IReadOnlyList<string>)
        [
            r.Product, r.ProductName, r.Category, N(r.UnitsReturned), r.DominantReason ?? "",
            .. ReturnReasons.All.Select(reason => N(r.Reasons.FirstOrDefault(s => s.Reason == reason)?.Units ?? 0)),
        ]));

    public static string Flags(IEnumerable<ProductFlag> rows) => CsvText.Write(
        ["product", "productName", "category", "unitsSold", "unitsReturned", "returnRate", "low", "high", "baseline", "baselineKind", "ratio",
         "dominantReason", "action", "actionText"],
        rows.Select(f => (IReadOnlyList<string>)
        [
            f.Product, f.ProductName, f.Category, N(f.UnitsSold), N(f.UnitsReturned), CsvText.Number(f.ReturnRate), CsvText.Number(f.Low),
            CsvText.Number(f.High), CsvText.Number(f.Baseline), f.BaselineKind, CsvText.Number(f.Ratio), f.DominantReason ?? "", f.Action, f.ActionText,
        ]));

    public static string Stages(IEnumerable<StageRow> rows) => CsvText.Write(
        ["market", "carrier", "stage", "waitsOn", "count", "medianHours", "p90Hours", "meanHours", "bottleneck"],
        rows.Select(s => (IReadOnlyList<string>)
        [
            s.Market, s.Carrier, s.Stage, s.WaitsOn, N(s.Count), CsvText.Number(s.MedianHours), CsvText.Number(s.P90Hours), CsvText.Number(s.MeanHours),
            s.Bottleneck ? "true" : "false",
        ]));

    public static string Costs(IEnumerable<CostRow> rows, string currency) => CsvText.Write(
        ["key", "requested", "returned", "costed", "closed", "rejected", "expired", "cancelled", "cost", "costPerReturn", "refunded", "recovered", "net",
         "currency"],
        rows.Select(c => (IReadOnlyList<string>)
        [
            c.Key, N(c.Requested), N(c.Returned), N(c.Costed), N(c.Closed), N(c.Rejected), N(c.Expired), N(c.Cancelled), M(c.Cost), M(c.CostPerReturn),
            M(c.Refunded), M(c.Recovered), M(c.Net), currency,
        ]));

    public static string Dispositions(IEnumerable<DispositionRow> rows) => CsvText.Write(
        ["grade", "disposition", "units"], rows.Select(d => (IReadOnlyList<string>)[d.Grade, d.Disposition, N(d.Units)]));

    public static string Themes(IEnumerable<ThemeRow> rows) => CsvText.Write(
        ["theme", "label", "comments", "share", "languages", "examples", "terms"],
        rows.Select(t => (IReadOnlyList<string>)
        [
            t.Theme, t.Label, N(t.Comments), CsvText.Number(t.Share), string.Join(" ", t.Languages.Select(l => $"{l.Key}:{l.Value}")),
            string.Join(" | ", t.Examples.Select(e => $"[{e.Language}] {e.Text}")), string.Join(" ", t.Terms.Select(w => $"{w.Term}:{w.Count}")),
        ]));

    private static string N(long value) => CsvText.Number(value);

    private static string M(Money money) => CsvText.Major(money.Amount, money.Currency);
}
