using System.Text.RegularExpressions;
using Returns.Orchestrations.Compliance;

namespace Returns.Orchestrations.Routing.Network;

/// <summary>
/// What a routing network must satisfy beyond its JSON shape: unique ids, known adapters, levels, transports and
/// outlet kinds, weight bands that rise, prices and percents in range, grade odds that add up to 1. Used for the
/// shipped files and for a network a merchant uploads, so it does not assume either (and tolerates missing parts).
/// </summary>
public static partial class RoutingNetworkChecks
{
    public static IReadOnlyList<string> Adapters { get; } = ["builtin", "easypost"];

    public static IReadOnlyList<string> Levels { get; } = ["economy", "standard", "express"];

    public static IReadOnlyList<string> Transports => TransportModes.ByPreference;

    public static IReadOnlyList<string> OutletKinds { get; } = ["resell", "clearance", "donate", "recycle"];

    public static IReadOnlyList<string> Grades { get; } = ["A", "B", "C", "D"];

    /// <summary>How far one reason's grade odds may be from 1.</summary>
    public const decimal OddsTolerance = 0.001m;

    /// <summary>The first thing wrong with <paramref name="network"/>, as an English sentence naming the item; null when it is usable.</summary>
    public static string? Problem(RoutingNetwork? network)
    {
        if (network is null)
            return "The routing network is missing.";
        return CarriersProblem(network.Version, network.Carriers)
               ?? HubsProblem(network.Hubs, network.Carriers)
               ?? CostsProblem(network.Costs);
    }

    /// <summary>The first problem with the version and carriers (<c>carriers.json</c>); null when there is none.</summary>
    public static string? CarriersProblem(string? version, IReadOnlyList<CarrierOffer>? carriers) =>
        Carriers(version, carriers).FirstOrDefault();

    /// <summary>The first problem with the hubs (<c>hubs.json</c>), whose legs refer to <paramref name="carriers"/>; null when there is none.</summary>
    public static string? HubsProblem(IReadOnlyList<ReturnHub>? hubs, IReadOnlyList<CarrierOffer>? carriers) =>
        Hubs(hubs, carriers ?? []).FirstOrDefault();

    /// <summary>The first problem with the cost assumptions (<c>costs.json</c>); null when there is none.</summary>
    public static string? CostsProblem(RoutingCosts? costs) => Costs(costs).FirstOrDefault();

    private static IEnumerable<string> Carriers(string? version, IReadOnlyList<CarrierOffer>? carriers)
    {
        if (string.IsNullOrWhiteSpace(version))
            yield return "The routing network needs a version.";
        if (carriers is null || carriers.Count == 0)
        {
            yield return "The routing network needs at least one carrier.";
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (carrier, index) in carriers.Select((c, i) => (c, i + 1)))
        {
            if (carrier is null || string.IsNullOrWhiteSpace(carrier.Id))
            {
                yield return $"Carrier {index} needs an id.";
                continue;
            }

            var where = $"Carrier {carrier.Id}";
            if (!seen.Add(carrier.Id))
                yield return $"{where} is listed twice: carrier ids must be unique.";
            if (string.IsNullOrWhiteSpace(carrier.Name))
                yield return $"{where} needs a name.";
            if (!Adapters.Contains(carrier.Adapter))
                yield return $"{where} has adapter \"{carrier.Adapter}\"; it must be one of {string.Join(", ", Adapters)}.";
            if (carrier.Services is null || carrier.Services.Count == 0)
            {
                yield return $"{where} needs at least one service.";
                continue;
            }

            var services = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (service, serviceIndex) in carrier.Services.Select((s, i) => (s, i + 1)))
            {
                if (service is null || string.IsNullOrWhiteSpace(service.Id))
                {
                    yield return $"{where} service {serviceIndex} needs an id.";
                    continue;
                }

                foreach (var problem in Service($"{where} service {service.Id}", service, carrier.Adapter, services))
                    yield return problem;
            }
        }
    }

    private static IEnumerable<string> Service(string where, CarrierService service, string? adapter, HashSet<string> seen)
    {
        if (!seen.Add(service.Id))
            yield return $"{where} is listed twice: service ids must be unique within a carrier.";
        if (string.IsNullOrWhiteSpace(service.Name))
            yield return $"{where} needs a name.";
        if (!Levels.Contains(service.Level))
            yield return $"{where} has level \"{service.Level}\"; it must be one of {string.Join(", ", Levels)}.";
        if (!Transports.Contains(service.Transport))
            yield return $"{where} has transport \"{service.Transport}\"; it must be one of {string.Join(", ", Transports)}.";
        if (service.MaxValue is { } max)
        {
            if (max <= 0)
                yield return $"{where} has maxValue {max}; it must be positive (or null for no limit).";
            if (!IsCurrency(service.MaxValueCurrency))
                yield return $"{where} has maxValueCurrency \"{service.MaxValueCurrency}\"; a maxValue needs a 3-letter currency code.";
        }

        if (adapter == "easypost" && string.IsNullOrWhiteSpace(service.ExternalService))
            yield return $"{where} needs an externalService: EasyPost buys labels by its service name.";
        if (service.Lanes is null || service.Lanes.Count == 0)
        {
            yield return $"{where} needs at least one lane.";
            yield break;
        }

        foreach (var (lane, index) in service.Lanes.Select((l, i) => (l, i + 1)))
        {
            if (lane is null)
            {
                yield return $"{where} lane {index} is empty.";
                continue;
            }

            var at = $"{where} lane {index} ({Countries(lane.From)} to {Countries(lane.To)})";
            if (lane.From is null || lane.From.Count == 0 || lane.To is null || lane.To.Count == 0)
                yield return $"{at} needs at least one country in from and in to.";
            else if (lane.From.Concat(lane.To).FirstOrDefault(c => !IsCountryOrAny(c)) is { } bad)
                yield return $"{at} has country \"{bad}\"; countries must be 2-letter codes or \"*\".";
            if (!IsCurrency(lane.Currency))
                yield return $"{at} has currency \"{lane.Currency}\"; it must be a 3-letter currency code.";
            if (lane.TransitDays < 0)
                yield return $"{at} has transitDays {lane.TransitDays}; it must not be negative.";
            if (Bands(at, lane.Bands) is { } problem)
                yield return problem;
        }
    }

    private static IEnumerable<string> Hubs(IReadOnlyList<ReturnHub>? hubs, IReadOnlyList<CarrierOffer> carriers)
    {
        if (hubs is null)
        {
            yield return "The routing network needs a list of hubs ([] for none).";
            yield break;
        }

        var carrierIds = carriers.Where(c => c?.Id is not null).Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (hub, index) in hubs.Select((h, i) => (h, i + 1)))
        {
            if (hub is null || string.IsNullOrWhiteSpace(hub.Id))
            {
                yield return $"Hub {index} needs an id.";
                continue;
            }

            var where = $"Hub {hub.Id}";
            if (!seen.Add(hub.Id))
                yield return $"{where} is listed twice: hub ids must be unique.";
            if (string.IsNullOrWhiteSpace(hub.Name))
                yield return $"{where} needs a name.";
            if (!IsCountry(hub.Country))
                yield return $"{where} has country \"{hub.Country}\"; it must be a 2-letter code.";
            if (hub.Serves is null || hub.Serves.Count == 0)
                yield return $"{where} must serve at least one country.";
            else if (hub.Serves.FirstOrDefault(c => !IsCountry(c)) is { } bad)
                yield return $"{where} serves \"{bad}\"; served countries must be 2-letter codes.";
            if (hub.Address is null)
                yield return $"{where} needs an address.";
            else if (!string.Equals(hub.Address.Country, hub.Country, StringComparison.OrdinalIgnoreCase))
                yield return $"{where} is in {hub.Country} but its address is in {hub.Address.Country}.";
            if (!IsCurrency(hub.Currency))
                yield return $"{where} has currency \"{hub.Currency}\"; it must be a 3-letter currency code.";
            if (hub.HandlingFee < 0)
                yield return $"{where} has handlingFee {hub.HandlingFee}; it must not be negative.";
            foreach (var problem in Leg($"{where} domestic leg", hub.DomesticLeg, carrierIds))
                yield return problem;
            foreach (var problem in Consolidation($"{where} consolidation", hub.Consolidation))
                yield return problem;
            foreach (var problem in Outlets(where, hub.Outlets))
                yield return problem;
        }
    }

    private static IEnumerable<string> Leg(string where, HubLeg? leg, HashSet<string> carrierIds)
    {
        if (leg is null)
        {
            yield return $"{where} is missing.";
            yield break;
        }

        if (string.IsNullOrWhiteSpace(leg.CarrierId) || !carrierIds.Contains(leg.CarrierId))
            yield return $"{where} uses carrier \"{leg.CarrierId}\", which is not in the carriers.";
        if (!Transports.Contains(leg.Transport))
            yield return $"{where} has transport \"{leg.Transport}\"; it must be one of {string.Join(", ", Transports)}.";
        if (leg.TransitDays < 0)
            yield return $"{where} has transitDays {leg.TransitDays}; it must not be negative.";
        if (Bands(where, leg.Bands) is { } problem)
            yield return problem;
    }

    private static IEnumerable<string> Consolidation(string where, ConsolidationRule? rule)
    {
        if (rule is null)
        {
            yield return $"{where} is missing.";
            yield break;
        }

        if (rule.MaxParcels <= 0 || rule.MaxGrams <= 0 || rule.EveryDays <= 0)
            yield return $"{where} needs a positive maxParcels, maxGrams and everyDays.";
        if (rule.FreightPerKg < 0 || rule.FixedCostPerShipment < 0)
            yield return $"{where} has a negative freightPerKg or fixedCostPerShipment.";
        if (rule.TransitDays < 0)
            yield return $"{where} has transitDays {rule.TransitDays}; it must not be negative.";
        if (!Transports.Contains(rule.Transport))
            yield return $"{where} has transport \"{rule.Transport}\"; it must be one of {string.Join(", ", Transports)}.";
    }

    private static IEnumerable<string> Outlets(string hub, IReadOnlyList<HubOutlet>? outlets)
    {
        if (outlets is null || outlets.Count == 0)
        {
            yield return $"{hub} needs at least one outlet (recycle, if nothing else).";
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (outlet, index) in outlets.Select((o, i) => (o, i + 1)))
        {
            if (outlet is null || !OutletKinds.Contains(outlet.Kind))
            {
                yield return $"{hub} outlet {index} has kind \"{outlet?.Kind}\"; it must be one of {string.Join(", ", OutletKinds)}.";
                continue;
            }

            var where = $"{hub} outlet {outlet.Kind}";
            if (outlet.RecoveryPercentByGrade is null || outlet.RecoveryPercentByCategory is null)
                yield return $"{where} needs recoveryPercentByGrade and recoveryPercentByCategory ({{}} for none).";
            if (!seen.Add(outlet.Kind))
                yield return $"{where} is listed twice.";
            if (outlet.DaysToSell < 0)
                yield return $"{where} has daysToSell {outlet.DaysToSell}; it must not be negative.";
            if (Percents(where, outlet.RecoveryPercentByGrade) is { } problem)
                yield return problem;
            foreach (var (category, percents) in outlet.RecoveryPercentByCategory ?? new Dictionary<string, IReadOnlyDictionary<string, int>>())
            {
                if (string.IsNullOrWhiteSpace(category))
                    yield return $"{where} has a category without a name.";
                else if (Percents($"{where} category {category}", percents) is { } categoryProblem)
                    yield return categoryProblem;
            }
        }
    }

    private static IEnumerable<string> Costs(RoutingCosts? costs)
    {
        if (costs is null)
        {
            yield return "The routing network needs its cost assumptions.";
            yield break;
        }

        if (!IsCurrency(costs.Currency))
            yield return $"Costs have currency \"{costs.Currency}\"; it must be a 3-letter currency code.";
        if (costs.HomeHandlingFee < 0)
            yield return $"Costs have homeHandlingFee {costs.HomeHandlingFee}; it must not be negative.";
        if (costs.PaymentFeePercent is < 0 or > 100)
            yield return $"Costs have paymentFeePercent {costs.PaymentFeePercent}; it must be 0 to 100.";
        if (costs.PaymentFeeFixed < 0)
            yield return $"Costs have paymentFeeFixed {costs.PaymentFeeFixed}; it must not be negative.";
        if (costs.GradeOdds is null || costs.GradeOdds.Count == 0)
            yield return "Costs need gradeOdds for at least one return reason.";
        else
        {
            foreach (var (reason, odds) in costs.GradeOdds)
            {
                var where = $"Grade odds for reason {reason}";
                if (odds is null || odds.Count == 0)
                {
                    yield return $"{where} are empty.";
                    continue;
                }

                if (odds.Keys.FirstOrDefault(g => !Grades.Contains(g)) is { } grade)
                    yield return $"{where} have grade \"{grade}\"; grades must be {string.Join(", ", Grades)}.";
                if (odds.FirstOrDefault(o => o.Value is < 0 or > 1) is { Key: not null } wrong)
                    yield return $"{where} have odds {wrong.Value} for grade {wrong.Key}; each must be 0 to 1.";
                var sum = odds.Values.Sum();
                if (Math.Abs(sum - 1m) > OddsTolerance)
                    yield return $"{where} add up to {sum}; they must add up to 1.";
            }
        }

        if (Percents("Costs homeRecoveryPercentByGrade", costs.HomeRecoveryPercentByGrade) is { } home)
            yield return home;
        if (costs.ReimportDutyPercent is not null)
        {
            foreach (var (country, percent) in costs.ReimportDutyPercent)
            {
                if (!IsCountryOrAny(country))
                    yield return $"Costs reimportDutyPercent has country \"{country}\"; countries must be 2-letter codes or \"*\".";
                if (percent is < 0 or > 100)
                    yield return $"Costs reimportDutyPercent for {country} is {percent}; it must be 0 to 100.";
            }
        }

        if (costs.InspectionDays < 0)
            yield return $"Costs have inspectionDays {costs.InspectionDays}; it must not be negative.";
        if (costs.MaxDaysToRefund <= 0)
            yield return $"Costs have maxDaysToRefund {costs.MaxDaysToRefund}; it must be positive.";
    }

    /// <summary>At least one band, weights rising strictly from above zero, no negative price.</summary>
    private static string? Bands(string where, IReadOnlyList<WeightBand>? bands)
    {
        if (bands is null || bands.Count == 0)
            return $"{where} needs at least one weight band.";
        var previous = 0;
        foreach (var band in bands)
        {
            if (band is null)
                return $"{where} has an empty weight band.";
            if (band.UpToGrams <= previous)
                return previous == 0
                    ? $"{where} has a band up to {band.UpToGrams} g; upToGrams must be positive."
                    : $"{where} has a band up to {band.UpToGrams} g after one up to {previous} g; upToGrams must rise strictly.";
            if (band.Price < 0)
                return $"{where} has a negative price for the band up to {band.UpToGrams} g.";
            previous = band.UpToGrams;
        }

        return null;
    }

    private static string? Percents(string where, IReadOnlyDictionary<string, int>? percents)
    {
        if (percents is null)
            return $"{where} is missing.";
        if (percents.Keys.FirstOrDefault(g => !Grades.Contains(g)) is { } grade)
            return $"{where} has grade \"{grade}\"; grades must be {string.Join(", ", Grades)}.";
        if (percents.FirstOrDefault(p => p.Value is < 0 or > 100) is { Key: not null } bad)
            return $"{where} has {bad.Value} percent for grade {bad.Key}; percents must be 0 to 100.";
        return null;
    }

    private static string Countries(IReadOnlyList<string>? countries) =>
        countries is null || countries.Count == 0 ? "none"
        : countries.Count <= 3 ? string.Join(", ", countries)
        : $"{string.Join(", ", countries.Take(3))} and {countries.Count - 3} more";

    private static bool IsCountry(string? code) => code is not null && CountryCode().IsMatch(code);

    private static bool IsCountryOrAny(string? code) => code == "*" || IsCountry(code);

    private static bool IsCurrency(string? code) => code is not null && CurrencyCode().IsMatch(code);

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
