using Returns.Orchestrations.Backoffice;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Routing.Consolidation;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Builds a return's facts from its stored state: the return (stages, lines, route, label), the order (category,
/// product), the cost ledger (costs, refunds, recovered value) and the returned-stock ledger (grades, dispositions).
/// Rebuilding from state rather than from events means any later update — a consolidation share posted after the
/// return closed, a unit sold — brings the facts up to date.
/// </summary>
public static class ReturnFactBuilder
{
    public const string NoCarrier = "none";
    public const string NoRoute = "none";
    public const string Uncategorized = "uncategorized";
    public const string PendingDisposition = "pending";

    private static readonly HashSet<string> CostKinds = new(StringComparer.Ordinal)
    {
        LedgerKinds.Label, LedgerKinds.DomesticLeg, LedgerKinds.ConsolidationShare, LedgerKinds.DutyPaid, LedgerKinds.DutyRecovered,
        LedgerKinds.Handling, LedgerKinds.PaymentFee,
    };

    public static ReturnFact Build(
        ReturnRecord record, Order? order, IReadOnlyList<LedgerEntry> ledger, IReadOnlyList<StockUnit> stock, ReportingCurrency currency, string language)
    {
        var stages = record.Timeline.Select(t => t.Stage).ToHashSet(StringComparer.Ordinal);
        var requested = stages.Any(s => s is not ReturnStages.AwaitingConfirmation and not ReturnStages.Cancelled);
        var approved = stages.Contains(ReturnStages.Approved);
        var returned = requested && approved && !ReturnStages.ReleasesLines(record.Stage);
        var outcome = ReturnStages.IsTerminal(record.Stage) ? record.Stage : null;

        long Sum(Func<LedgerEntry, bool> which) => ledger.Where(which).Sum(e => currency.Convert(e.Amount, e.Currency));
        var cost = Sum(e => CostKinds.Contains(e.Kind));
        var refunded = Sum(e => e.Kind is LedgerKinds.Refund or LedgerKinds.Credit);
        var recoveredBySku = ledger.Where(e => e.Kind == LedgerKinds.RecoveredValue)
            .GroupBy(e => e.Sku ?? "", StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => -g.Sum(e => currency.Convert(e.Amount, e.Currency)), StringComparer.OrdinalIgnoreCase);
        var unassignedRecovered = recoveredBySku.GetValueOrDefault("");

        var values = record.Lines.Select(l => currency.Convert(checked(l.UnitPrice * l.Quantity), record.Currency)).ToArray();
        var costShares = Split(cost, values);
        var refundShares = Split(refunded, values);
        var recoveredShares = Split(unassignedRecovered, values);

        var lines = record.Lines.Select((line, i) =>
        {
            var orderLine = order?.FindLine(line.Sku);
            var (product, productName) = orderLine is null ? (line.Sku, line.Name) : ProductKeys.For(orderLine);
            return new ReturnLineFact(
                line.Sku, product, productName, orderLine?.Category ?? Uncategorized, line.Quantity, line.Reason, line.Comment,
                Resolutions.Of(record, line), GradesOf(record, line.Sku, stock), values[i], refundShares[i],
                recoveredShares[i] + recoveredBySku.GetValueOrDefault(line.Sku), costShares[i]) { Topics = line.Topics };
        }).ToArray();

        return new ReturnFact(
            record.ReturnId, AnalyticsPeriods.Of(record.CreatedAt), record.ShipFromCountry.ToUpperInvariant(),
            record.Label?.Carrier ?? NoCarrier, record.Route ?? NoRoute, record.Resolution, record.Stage, language,
            requested, returned, outcome, currency.Currency, lines, StageSpans.Of(record.Timeline),
            cost, refunded, lines.Sum(l => l.Recovered), Costed: ledger.Count > 0, Version: record.Sequence);
    }

    /// <summary>The language a return's comments are analysed in: the customer's, from the return's locale.</summary>
    public static string LanguageOf(ReturnRecord record) =>
        Localization.CustomerLanguages.Default.LanguageOf(record.Locale) ?? Localization.TextCatalog.FallbackLanguage;

    /// <summary>Grades from the returned-stock ledger; before the units are recorded, from the inspection itself.</summary>
    private static IReadOnlyList<GradedUnits> GradesOf(ReturnRecord record, string sku, IReadOnlyList<StockUnit> stock)
    {
        var units = stock.Where(u => string.Equals(u.Sku, sku, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (units.Length > 0)
        {
            return units.GroupBy(u => (u.Grade, Disposition: u.EffectiveDisposition))
                .OrderBy(g => g.Key.Grade, StringComparer.Ordinal).ThenBy(g => g.Key.Disposition, StringComparer.Ordinal)
                .Select(g => new GradedUnits(g.Key.Grade, g.Key.Disposition, g.Count())).ToArray();
        }

        return (record.Inspection ?? []).Where(l => string.Equals(l.Sku, sku, StringComparison.OrdinalIgnoreCase) && l.Quantity > 0)
            .GroupBy(l => (l.Grade, Disposition: l.Disposition ?? PendingDisposition))
            .OrderBy(g => g.Key.Grade, StringComparer.Ordinal).ThenBy(g => g.Key.Disposition, StringComparer.Ordinal)
            .Select(g => new GradedUnits(g.Key.Grade, g.Key.Disposition, g.Sum(l => l.Quantity))).ToArray();
    }

    /// <summary>Splits a return-level amount over its lines by value, exactly (largest remainder), keeping its sign.</summary>
    private static long[] Split(long total, IReadOnlyList<long> values)
    {
        if (values.Count == 0)
            return [];
        var shares = FreightShares.Split(Math.Abs(total), values.Select(v => (int)Math.Clamp(v, 0, int.MaxValue)).ToArray());
        return total < 0 ? shares.Select(s => -s).ToArray() : shares;
    }
}
