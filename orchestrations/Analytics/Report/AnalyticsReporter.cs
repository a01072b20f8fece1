using Returns.Orchestrations.Analytics.Themes;
using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Analytics.Report;

/// <summary>
/// Adds up the cached cells of the filtered months into the dashboard's tables, in one pass over the cells; the cost
/// grows with the number of cells (SKUs × markets × months), never with the number of returns.
/// </summary>
public static class AnalyticsReporter
{
    private const string All = "all";

    public static AnalyticsReport Build(IEnumerable<CachedCell> cells, AnalyticsFilter filter, string currency)
    {
        var skuGroups = new Dictionary<(string Category, string Product, string Sku), Totals>();
        var byMarket = new Dictionary<string, Totals>(StringComparer.Ordinal);
        var byPeriod = filter.Periods.ToDictionary(p => p, _ => new Totals(CellKinds.Sku), StringComparer.Ordinal);
        var costsByMarket = new Dictionary<string, Totals>(StringComparer.Ordinal);
        var costsByCarrier = new Dictionary<string, Totals>(StringComparer.Ordinal);
        var costsByRoute = new Dictionary<string, Totals>(StringComparer.Ordinal);
        var stages = new Dictionary<(string Market, string Carrier), Totals>();
        var themes = new Dictionary<string, Totals>(StringComparer.Ordinal);
        var terms = new Dictionary<(string Language, string Term), long>();
        var themeLanguages = new Dictionary<(string Theme, string Language), long>();
        var returns = new Totals(CellKinds.Returns);
        var markets = new HashSet<string>(StringComparer.Ordinal);
        var categories = new HashSet<string>(StringComparer.Ordinal);
        var carriers = new HashSet<string>(StringComparer.Ordinal);

        foreach (var cell in cells)
        {
            var p = cell.Parts;
            markets.Add(p[0]);
            switch (cell.Kind)
            {
                case CellKinds.Sku:
                    categories.Add(p[1]);
                    if (!filter.MatchesMarket(p[0]) || !filter.MatchesCategory(p[1]))
                        break;
                    // Products and categories are added up from the SKUs afterwards: three groupings per cell, not five.
                    Group(skuGroups, (p[1], p[2], p[3]), cell, cell.Label, p[1]);
                    Group(byMarket, p[0], cell, p[0], null);
                    Group(byPeriod, cell.Period, cell, cell.Period, null);
                    break;
                case CellKinds.Returns:
                    carriers.Add(p[1]);
                    if (!filter.MatchesMarket(p[0]) || !filter.MatchesCarrier(p[1]))
                        break;
                    Group(costsByMarket, p[0], cell, p[0], null);
                    Group(costsByCarrier, p[1], cell, p[1], null);
                    Group(costsByRoute, p[2], cell, p[2], null);
                    returns.Add(cell);
                    break;
                case CellKinds.Stages when filter.MatchesMarket(p[0]) && filter.MatchesCarrier(p[1]):
                    foreach (var key in new[] { (All, All), (p[0], All), (All, p[1]), (p[0], p[1]) })
                        Group(stages, key, cell, null, null);
                    break;
                case CellKinds.Theme when filter.MatchesMarket(p[0]):
                    var theme = Group(themes, p[2], cell, null, null);
                    theme.Samples.AddRange(cell.Samples);
                    themeLanguages[(p[2], p[1])] = themeLanguages.GetValueOrDefault((p[2], p[1])) + cell.Get(CellCounters.Count);
                    break;
                case CellKinds.Term when filter.MatchesMarket(p[0]):
                    terms[(p[1], p[2])] = terms.GetValueOrDefault((p[1], p[2])) + cell.Get(CellCounters.Count);
                    break;
            }
        }

        var (bySku, byProduct, byCategory, products) = RollUp(skuGroups);
        var money = new MoneyOf(currency);
        return new AnalyticsReport(
            currency,
            Summary(products, returns, money),
            Rates(bySku, money),
            Rates(byProduct, money),
            Rates(byCategory, money),
            Rates(byMarket, money),
            filter.Periods.Select(period => Rate(period, byPeriod[period], money)).ToArray(),
            ReasonMixes(byProduct),
            Flags(byProduct, byCategory, products, filter),
            StageRows(stages),
            Costs(costsByMarket, money),
            Costs(costsByCarrier, money),
            Costs(costsByRoute, money),
            Dispositions(products),
            Themes(themes, themeLanguages, terms),
            new FilterChoices(markets.Order(StringComparer.Ordinal).ToArray(), categories.Order(StringComparer.Ordinal).ToArray(),
                carriers.Order(StringComparer.Ordinal).ToArray()));
    }

    /// <summary>SKU, product, category and shop totals from the totals per category, product and SKU.</summary>
    private static (Dictionary<string, Totals> BySku, Dictionary<string, Totals> ByProduct, Dictionary<string, Totals> ByCategory, Totals Shop) RollUp(
        Dictionary<(string Category, string Product, string Sku), Totals> groups)
    {
        var bySku = new Dictionary<string, Totals>(StringComparer.Ordinal);
        var byProduct = new Dictionary<string, Totals>(StringComparer.Ordinal);
        var byCategory = new Dictionary<string, Totals>(StringComparer.Ordinal);
        var shop = new Totals(CellKinds.Sku);
        foreach (var ((category, product, sku), totals) in groups)
        {
            Merge(bySku, sku, totals, totals.Label, category);
            Merge(byProduct, product, totals, totals.Label, category);
            Merge(byCategory, category, totals, category, category);
            shop.Add(totals);
        }

        return (bySku, byProduct, byCategory, shop);
    }

    private static void Merge(Dictionary<string, Totals> into, string key, Totals totals, string? label, string category)
    {
        if (!into.TryGetValue(key, out var group))
            into[key] = group = new Totals(CellKinds.Sku);
        group.Add(totals);
        group.Label ??= label;
        group.Category ??= category;
    }

    private static Totals Group<TKey>(Dictionary<TKey, Totals> groups, TKey key, CachedCell cell, string? label, string? category)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var totals))
            groups[key] = totals = new Totals(cell.Kind);
        totals.Add(cell);
        totals.Label ??= label;
        totals.Category ??= category;
        return totals;
    }

    private static ReportSummary Summary(Totals products, Totals returns, MoneyOf money)
    {
        var costed = returns[CellCounters.Costed];
        var cost = returns[CellCounters.Cost];
        var soldValue = products[CellCounters.SoldValue];
        var returnedValue = products[CellCounters.Value];
        return new ReportSummary(
            products[CellCounters.Sold], products[CellCounters.Returned], products[CellCounters.Requested],
            Ratio(products[CellCounters.Returned], products[CellCounters.Sold]), returns[CellCounters.Returned], costed,
            money.Of(soldValue), money.Of(returnedValue), Ratio(returnedValue, soldValue), money.Of(cost), money.Of(costed == 0 ? 0 : cost / costed),
            money.Of(returns[CellCounters.Refunded]), money.Of(returns[CellCounters.Recovered]),
            money.Of(cost + returns[CellCounters.Refunded] - returns[CellCounters.Recovered]));
    }

    private static RateRow[] Rates(Dictionary<string, Totals> groups, MoneyOf money) =>
        groups.Select(g => Rate(g.Key, g.Value, money))
            .OrderByDescending(r => r.UnitsReturned).ThenByDescending(r => r.ReturnRate ?? 0).ThenBy(r => r.Key, StringComparer.Ordinal).ToArray();

    private static RateRow Rate(string key, Totals t, MoneyOf money) => new(
        key, t.Label ?? key, t.Category, t[CellCounters.Sold], t[CellCounters.Returned], t[CellCounters.Requested],
        Ratio(t[CellCounters.Returned], t[CellCounters.Sold]), money.Of(t[CellCounters.Value]), money.Of(t[CellCounters.Refunded]),
        money.Of(t[CellCounters.Recovered]), money.Of(t[CellCounters.Cost]));

    private static ReasonMixRow[] ReasonMixes(Dictionary<string, Totals> byProduct) =>
        byProduct.Where(p => p.Value[CellCounters.Returned] > 0)
            .Select(p =>
            {
                var returned = p.Value[CellCounters.Returned];
                var reasons = Reasons(p.Value).Select(r => new ReasonShare(r.Reason, r.Units, Round((double)r.Units / returned))).ToArray();
                return new ReasonMixRow(p.Key, p.Value.Label ?? p.Key, p.Value.Category ?? "", returned, reasons, reasons.FirstOrDefault()?.Reason);
            })
            .OrderByDescending(r => r.UnitsReturned).ThenBy(r => r.Product, StringComparer.Ordinal).ToArray();

    private static IEnumerable<(string Reason, long Units)> Reasons(Totals t) =>
        t.WithPrefix(CellCounters.Reason("")).Where(r => r.Value > 0).OrderByDescending(r => r.Value).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => (r.Name, r.Value));

    private static ProductFlag[] Flags(Dictionary<string, Totals> byProduct, Dictionary<string, Totals> byCategory, Totals shop, AnalyticsFilter filter)
    {
        var flags = new List<ProductFlag>();
        foreach (var (product, t) in byProduct)
        {
            long sold = t[CellCounters.Sold], returned = Math.Min(t[CellCounters.Returned], sold);
            if (sold < filter.MinSold || returned == 0)
                continue;
            var category = t.Category ?? "";
            var others = byCategory.TryGetValue(category, out var c) ? c : shop;
            var (baseSold, baseReturned, kind) = (others[CellCounters.Sold] - sold, others[CellCounters.Returned] - t[CellCounters.Returned], "category");
            if (baseSold < filter.MinSold)
                (baseSold, baseReturned, kind) = (shop[CellCounters.Sold] - sold, shop[CellCounters.Returned] - t[CellCounters.Returned], "shop");
            if (baseSold < filter.MinSold)
                continue;
            var baseline = Math.Clamp((double)baseReturned / baseSold, 0, 1);
            var (low, high) = ProportionInterval.Wilson(returned, sold, filter.Confidence);
            if (low <= baseline)
                continue;
            var rate = (double)returned / sold;
            var dominant = Reasons(t).Select(r => r.Reason).FirstOrDefault();
            var action = ReasonActions.For(dominant ?? "");
            flags.Add(new ProductFlag(product, t.Label ?? product, category, sold, returned, Round(rate), Round(low), Round(high), Round(baseline), kind,
                baseline > 0 ? Math.Round(rate / baseline, 2) : null, dominant, action, ReasonActions.Describe(action, dominant ?? "")));
        }

        return flags.OrderByDescending(f => f.Low - f.Baseline).ThenBy(f => f.Product, StringComparer.Ordinal).ToArray();
    }

    private static StageRow[] StageRows(Dictionary<(string Market, string Carrier), Totals> groups)
    {
        var rows = new List<StageRow>();
        var space = CounterSpace.For(CellKinds.Stages);
        var bucketIds = StageSpans.Measured.ToDictionary(
            s => s, s => Enumerable.Range(0, DurationBuckets.Count).Select(b => space.Of(CellCounters.StageBucket(s, b))).ToArray(), StringComparer.Ordinal);
        foreach (var ((market, carrier), t) in groups.OrderBy(g => g.Key.Market == All ? "" : g.Key.Market, StringComparer.Ordinal)
                     .ThenBy(g => g.Key.Carrier == All ? "" : g.Key.Carrier, StringComparer.Ordinal))
        {
            var group = new List<StageRow>();
            foreach (var stage in StageSpans.Measured)
            {
                var count = t[CellCounters.StageCount(stage)];
                if (count == 0)
                    continue;
                var buckets = bucketIds[stage].Select(t.ValueOf).ToArray();
                group.Add(new StageRow(market, carrier, stage, StageSpans.WaitsOn(stage), count, Hours(DurationBuckets.Quantile(buckets, 0.5)),
                    Hours(DurationBuckets.Quantile(buckets, 0.9)), Hours(t[CellCounters.StageSeconds(stage)] / (double)count), false));
            }

            var slowest = group.Where(r => r.Stage != StageSpans.ToResolution).MaxBy(r => r.P90Hours ?? 0);
            rows.AddRange(group.Select(r => r == slowest ? r with { Bottleneck = true } : r));
        }

        return rows.ToArray();
    }

    private static CostRow[] Costs(Dictionary<string, Totals> groups, MoneyOf money) =>
        groups.Select(g =>
        {
            var t = g.Value;
            long cost = t[CellCounters.Cost], costed = t[CellCounters.Costed];
            return new CostRow(g.Key, t[CellCounters.Requested], t[CellCounters.Returned], costed, t[CellCounters.Outcome(ReturnStages.Closed)],
                t[CellCounters.Outcome(ReturnStages.Rejected)], t[CellCounters.Outcome(ReturnStages.Expired)], t[CellCounters.Outcome(ReturnStages.Cancelled)],
                money.Of(cost), money.Of(costed == 0 ? 0 : cost / costed), money.Of(t[CellCounters.Refunded]), money.Of(t[CellCounters.Recovered]),
                money.Of(cost + t[CellCounters.Refunded] - t[CellCounters.Recovered]));
        }).OrderByDescending(r => r.Requested).ThenBy(r => r.Key, StringComparer.Ordinal).ToArray();

    private static DispositionRow[] Dispositions(Totals products) =>
        products.WithPrefix("gd.").Select(gd =>
        {
            var dot = gd.Name.IndexOf('.');
            return new DispositionRow(gd.Name[..dot], gd.Name[(dot + 1)..], gd.Value);
        }).OrderBy(r => r.Grade, StringComparer.Ordinal).ThenByDescending(r => r.Units).ThenBy(r => r.Disposition, StringComparer.Ordinal).ToArray();

    private static ThemeRow[] Themes(
        Dictionary<string, Totals> themes, Dictionary<(string Theme, string Language), long> languages, Dictionary<(string Language, string Term), long> terms)
    {
        const int examples = 3;
        const int topTerms = 15;
        var total = themes.Values.Sum(t => t[CellCounters.Count]);
        return themes.Select(g =>
            {
                var count = g.Value[CellCounters.Count];
                var words = g.Key == Contributions.OtherTheme
                    ? terms.Where(t => t.Value > 0).OrderByDescending(t => t.Value).ThenBy(t => t.Key.Term, StringComparer.Ordinal).Take(topTerms)
                        .Select(t => new TermCount(t.Key.Language, t.Key.Term, t.Value)).ToArray()
                    : [];
                var perLanguage = languages.Where(l => l.Key.Theme == g.Key && l.Value != 0).OrderByDescending(l => l.Value)
                    .ToDictionary(l => l.Key.Language, l => l.Value, StringComparer.Ordinal);
                return new ThemeRow(g.Key, g.Key == Contributions.OtherTheme ? "Other" : CommentThemes.Label(g.Key), count, Round((double)count / Math.Max(1, total)),
                    perLanguage, g.Value.Samples.DistinctBy(s => s.Subject).Take(examples).ToArray(), words);
            })
            .Where(t => t.Comments > 0)
            .OrderByDescending(t => t.Comments).ThenBy(t => t.Theme, StringComparer.Ordinal).ToArray();
    }

    private static double? Ratio(long part, long whole) => whole <= 0 ? null : Round((double)part / whole);

    private static double Round(double value) => Math.Round(value, 4);

    private static double? Hours(double? seconds) => seconds is { } s ? Math.Round(s / 3600, 2) : null;

    private sealed class MoneyOf(string currency)
    {
        public Money Of(long amount) => new(amount, currency);
    }
}
