namespace Returns.Orchestrations.Compliance;

/// <summary>
/// One loaded, checked set of rule files (<c>rules/</c>): markets, customs, dangerous goods, sources and rates.
/// Immutable; <see cref="ComplianceRules"/> swaps in a new one on reload.
/// </summary>
public sealed class ComplianceRuleBook
{
    private readonly Dictionary<string, MarketRules> _markets;
    private readonly Dictionary<string, CustomsRules> _customs;
    private readonly Dictionary<string, DangerousGoodsEntry> _dangerousGoods;

    private ComplianceRuleBook(
        RuleManifest manifest, IReadOnlyDictionary<string, RuleSource> sources, IEnumerable<MarketRules> markets,
        IEnumerable<CustomsRules> customs, DangerousGoodsRules dangerousGoods, ExchangeRates rates)
    {
        Manifest = manifest;
        Sources = sources;
        _markets = markets.ToDictionary(m => m.Market, StringComparer.OrdinalIgnoreCase);
        _customs = customs.ToDictionary(c => c.Market, StringComparer.OrdinalIgnoreCase);
        DangerousGoods = dangerousGoods;
        _dangerousGoods = dangerousGoods.Entries.ToDictionary(e => e.UnNumber, StringComparer.OrdinalIgnoreCase);
        Rates = rates;
    }

    public RuleManifest Manifest { get; }

    public IReadOnlyDictionary<string, RuleSource> Sources { get; }

    public IEnumerable<MarketRules> Markets => _markets.Values.OrderBy(m => m.Market, StringComparer.Ordinal);

    public IEnumerable<CustomsRules> Customs => _customs.Values.OrderBy(c => c.Market, StringComparer.Ordinal);

    public DangerousGoodsRules DangerousGoods { get; }

    public ExchangeRates Rates { get; }

    /// <summary>Reads and checks every rule file under <paramref name="directory"/>.</summary>
    /// <exception cref="RuleFileException">A file is missing, malformed or refers to something unknown.</exception>
    public static ComplianceRuleBook Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new RuleFileException(directory, "the rules folder does not exist.");
        var manifest = RuleFiles.Read<RuleManifest>(directory, Path.Combine(directory, "manifest.json"));
        var sources = RuleFiles.Read<List<RuleSource>>(directory, Path.Combine(directory, "sources.json"))
            .ToDictionary(s => s.Id, StringComparer.Ordinal);
        var markets = RuleFiles.InFolder(directory, "markets").Select(f => (File: f, Rules: RuleFiles.Read<MarketRules>(directory, f))).ToList();
        var customs = RuleFiles.InFolder(directory, "customs").Select(f => (File: f, Rules: RuleFiles.Read<CustomsRules>(directory, f))).ToList();
        var dangerousGoods = RuleFiles.Read<DangerousGoodsRules>(directory, Path.Combine(directory, "dangerous-goods.json"));
        var rates = RuleFiles.Read<ExchangeRates>(directory, Path.Combine(directory, "exchange-rates.json"));

        var check = new RuleBookChecks(directory, sources);
        foreach (var (file, rules) in markets)
            check.Market(file, rules, markets.Select(m => m.Rules.Market));
        foreach (var (file, rules) in customs)
            check.Customs(file, rules);
        check.DangerousGoods(dangerousGoods);

        return new ComplianceRuleBook(manifest, sources, markets.Select(m => m.Rules), customs.Select(c => c.Rules), dangerousGoods, rates);
    }

    public MarketRules? Market(string code) => _markets.GetValueOrDefault(code);

    /// <summary>
    /// The consumer-law market of a delivery address: the subdivision ("US-CA") if it has rules, else the country,
    /// else the group the country belongs to ("EU"); null when no rules cover it.
    /// </summary>
    public MarketRules? MarketFor(string country, string? region)
    {
        if (!string.IsNullOrWhiteSpace(region) && _markets.TryGetValue($"{country}-{region.Trim()}", out var sub))
            return sub;
        if (_markets.TryGetValue(country, out var own))
            return own;
        return _markets.Values.FirstOrDefault(m => m.Countries.Contains(country, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The rights in force for an order placed on <paramref name="day"/> in <paramref name="market"/>: its own, plus
    /// those of its parents of kinds it does not define itself.
    /// </summary>
    public IReadOnlyList<(MarketRules Market, StatutoryRight Right)> RightsIn(MarketRules market, DateOnly day)
    {
        var result = new List<(MarketRules, StatutoryRight)>();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        for (var m = market; m is not null; m = m.Parent is null ? null : Market(m.Parent))
        {
            var own = m.Rights.Where(r => r.InForceOn(day) && !kinds.Contains(r.Kind)).ToList();
            result.AddRange(own.Select(r => (m, r)));
            kinds.UnionWith(m.Rights.Select(r => r.Kind));
        }

        return result;
    }

    /// <summary>The customs market of a country (its own file, or the customs union it belongs to).</summary>
    public CustomsRules? CustomsFor(string country) =>
        _customs.TryGetValue(country, out var own)
            ? own
            : _customs.Values.FirstOrDefault(c => c.Countries.Contains(country, StringComparer.OrdinalIgnoreCase));

    public DangerousGoodsEntry? DangerousGoodsEntry(string unNumber) => _dangerousGoods.GetValueOrDefault(unNumber.Trim());

    /// <summary>Whether a ground-only parcel can travel from one country to the other.</summary>
    public bool JoinedByLand(string from, string to) =>
        string.Equals(from, to, StringComparison.OrdinalIgnoreCase)
        || DangerousGoods.SurfaceRegions.Any(r =>
            r.Countries.Contains(from, StringComparer.OrdinalIgnoreCase) && r.Countries.Contains(to, StringComparer.OrdinalIgnoreCase));

    /// <summary>Converts minor units between currencies at the indicative rates; null when a rate is missing.</summary>
    public long? Convert(long amount, string from, string to)
    {
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
            return amount;
        if (!Rates.PerUsd.TryGetValue(from.ToUpperInvariant(), out var fromRate) || !Rates.PerUsd.TryGetValue(to.ToUpperInvariant(), out var toRate) || fromRate <= 0)
            return null;
        var major = amount / (decimal)Math.Pow(10, Domain.MoneyFormat.Decimals(from));
        var converted = major / fromRate * toRate;
        return (long)Math.Round(converted * (decimal)Math.Pow(10, Domain.MoneyFormat.Decimals(to)), MidpointRounding.AwayFromZero);
    }
}
