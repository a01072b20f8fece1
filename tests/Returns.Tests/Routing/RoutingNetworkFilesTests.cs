using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Tests.Routing;

/// <summary>The shipped routing files (<c>routing/</c> beside the test assembly) load and make sense; the checks catch broken networks.</summary>
public sealed class RoutingNetworkFilesTests
{
    private static readonly string RoutingDirectory = Path.Combine(AppContext.BaseDirectory, "routing");
    private static readonly Lazy<RoutingNetwork> LazyNetwork = new(() => RoutingNetworkFiles.Load(RoutingDirectory));

    private static RoutingNetwork Network => LazyNetwork.Value;

    [Fact]
    public void Load_ShippedFiles_ReadsCarriersHubsAndCosts()
    {
        Assert.Equal("2026.11.1", Network.Version);
        var post = Assert.Single(Network.Carriers, c => c.Id == "returns-post");
        Assert.Equal("builtin", post.Adapter);
        Assert.Equal(new[] { "economy", "standard", "express" }, post.Services.Select(s => s.Level));
        Assert.Equal(new[] { "post", "ground", "air" }, post.Services.Select(s => s.Transport));
        Assert.Equal(new[] { false, true, true }, post.Services.Select(s => s.DangerousGoods));
        var usps = Assert.Single(Network.Carriers, c => c.Id == "easypost-usps");
        Assert.Equal("easypost", usps.Adapter);
        Assert.Contains(usps.Services, s => s.ExternalService == "Priority");
        Assert.Contains(usps.Services, s => s.ExternalService == "GroundAdvantage");
        Assert.All(usps.Services.SelectMany(s => s.Lanes), l => Assert.True(l.Serves("US", "US") && l.From.SequenceEqual(new[] { "US" }) && l.To.SequenceEqual(new[] { "US" })));
        Assert.Equal(new[] { "hub-au", "hub-de", "hub-jp", "hub-us" }, Network.Hubs.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal("USD", Network.Costs.Currency);
        Assert.Equal(30, Network.Costs.MaxDaysToRefund);
    }

    [Fact]
    public void Problem_ShippedNetwork_IsNull()
    {
        Assert.Null(RoutingNetworkChecks.Problem(Network));
    }

    [Fact]
    public void Hubs_EveryServedCountry_HasALaneToTaiwan()
    {
        foreach (var country in Network.Hubs.SelectMany(h => h.Serves))
            Assert.True(
                Network.Carriers.SelectMany(c => c.Services).SelectMany(s => s.Lanes).Any(l => l.Serves(country, "TW")),
                $"no lane from {country} to TW");
    }

    [Theory]
    [InlineData("DE")]
    [InlineData("FR")]
    [InlineData("NL")]
    [InlineData("JP")]
    [InlineData("US")]
    [InlineData("AU")]
    [InlineData("HK")]
    [InlineData("KR")]
    [InlineData("CN")]
    [InlineData("GB")]
    [InlineData("TW")]
    public void ReturnsPost_MarketToTaiwan_HasEconomyAndExpressPrices(string from)
    {
        foreach (var level in new[] { "economy", "express" })
        {
            var lane = Lane("returns-post", level, from, "TW");
            Assert.NotNull(lane.PriceFor(1000));
            Assert.NotNull(lane.PriceFor(20000));
        }
    }

    [Fact]
    public void ReturnsPost_DeToTaiwanOneKilo_ExpressCostsMoreThanEconomy()
    {
        var economy = Lane("returns-post", "economy", "DE", "TW");
        var express = Lane("returns-post", "express", "DE", "TW");

        Assert.Equal("EUR", economy.Currency);
        Assert.Equal("EUR", express.Currency);
        Assert.InRange(economy.PriceFor(1000)!.Value, 1800, 2500);
        Assert.InRange(express.PriceFor(1000)!.Value, 4500, 6000);
        Assert.True(express.PriceFor(1000) > economy.PriceFor(1000));
        Assert.True(express.TransitDays < economy.TransitDays);
    }

    [Fact]
    public void ReturnsPost_GroundService_NeverReachesTaiwanFromAbroad()
    {
        var standard = Network.Carriers.Single(c => c.Id == "returns-post").Services.Single(s => s.Level == "standard");

        Assert.DoesNotContain(standard.Lanes, l => l.To.Contains("TW") && l.From.Any(f => f != "TW"));
        Assert.Equal("DE", Lane("returns-post", "standard", "DE", "DE").From.Single());
    }

    [Fact]
    public void Currencies_EveryLaneHubAndCost_HasAnExchangeRate()
    {
        var rates = ComplianceRuleBook.Load(Path.Combine(AppContext.BaseDirectory, "rules")).Rates.PerUsd;
        var currencies = Network.Carriers.SelectMany(c => c.Services)
            .SelectMany(s => s.Lanes.Select(l => l.Currency).Append(s.MaxValueCurrency ?? "USD"))
            .Concat(Network.Hubs.Select(h => h.Currency))
            .Append(Network.Costs.Currency)
            .Distinct();

        Assert.All(currencies, c => Assert.True(rates.ContainsKey(c), $"no exchange rate for {c}"));
    }

    [Fact]
    public void GradeOdds_EveryReturnReason_AddsUpToOne()
    {
        foreach (var reason in ReturnReasons.All)
        {
            Assert.True(Network.Costs.GradeOdds.TryGetValue(reason, out var odds), $"no grade odds for {reason}");
            Assert.Equal(1m, odds!.Values.Sum());
            Assert.All(odds.Keys, g => Assert.Contains(g, RoutingNetworkChecks.Grades));
        }
    }

    [Theory]
    [InlineData("duplicateCarrier", "returns-post")]
    [InlineData("decreasingBands", "economy")]
    [InlineData("oddsNinetyPercent", "changed_mind")]
    [InlineData("unknownTransport", "sea")]
    [InlineData("unknownLegCarrier", "ghost-courier")]
    [InlineData("hubWithoutCountries", "hub-de")]
    [InlineData("unknownAdapter", "shippo")]
    [InlineData("badCurrency", "EURO")]
    [InlineData("percentAbove100", "120")]
    [InlineData("noRefundDays", "maxDaysToRefund")]
    public void Problem_BrokenNetwork_NamesTheItem(string breakage, string named)
    {
        var network = Network;
        var post = network.Carriers.Single(c => c.Id == "returns-post");
        var economy = post.Services.Single(s => s.Id == "economy");
        var hub = network.Hubs.Single(h => h.Id == "hub-de");
        var broken = breakage switch
        {
            "duplicateCarrier" => network with { Carriers = [.. network.Carriers, post with { Name = "Returns Post again" }] },
            "decreasingBands" => WithService(network, economy with
            {
                Lanes = [economy.Lanes[0] with { Bands = [new WeightBand(2000, 900), new WeightBand(1000, 700)] }, .. economy.Lanes.Skip(1)],
            }),
            "oddsNinetyPercent" => network with
            {
                Costs = network.Costs with
                {
                    GradeOdds = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(network.Costs.GradeOdds)
                    {
                        ["changed_mind"] = new Dictionary<string, decimal> { ["A"] = 0.6m, ["B"] = 0.2m, ["C"] = 0.1m },
                    },
                },
            },
            "unknownTransport" => WithService(network, economy with { Transport = "sea" }),
            "unknownLegCarrier" => WithHub(network, hub with { DomesticLeg = hub.DomesticLeg with { CarrierId = "ghost-courier" } }),
            "hubWithoutCountries" => WithHub(network, hub with { Serves = [] }),
            "unknownAdapter" => network with { Carriers = [post with { Adapter = "shippo" }, .. network.Carriers.Skip(1)] },
            "badCurrency" => WithService(network, economy with { Lanes = [economy.Lanes[0] with { Currency = "EURO" }] }),
            "percentAbove100" => network with
            {
                Costs = network.Costs with { HomeRecoveryPercentByGrade = new Dictionary<string, int> { ["A"] = 120, ["B"] = 75, ["C"] = 35, ["D"] = 0 } },
            },
            "noRefundDays" => network with { Costs = network.Costs with { MaxDaysToRefund = 0 } },
            _ => throw new ArgumentOutOfRangeException(nameof(breakage)),
        };

        var problem = RoutingNetworkChecks.Problem(broken);

        Assert.NotNull(problem);
        Assert.Contains(named, problem, StringComparison.Ordinal);
        Assert.EndsWith(".", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_MissingParts_ReportsInsteadOfThrowing()
    {
        Assert.NotNull(RoutingNetworkChecks.Problem(null));
        Assert.NotNull(RoutingNetworkChecks.Problem(Network with { Carriers = null! }));
        Assert.NotNull(RoutingNetworkChecks.Problem(Network with { Costs = null! }));
        var hub = Network.Hubs[0];
        Assert.NotNull(RoutingNetworkChecks.Problem(WithHub(Network, hub with { DomesticLeg = null!, Outlets = null! })));
    }

    [Theory]
    [InlineData("carriers.json", "malformed")]
    [InlineData("hubs.json", "malformed")]
    [InlineData("costs.json", "malformed")]
    [InlineData("costs.json", "unknownProperty")]
    [InlineData("hubs.json", "missing")]
    [InlineData("costs.json", "failedCheck")]
    public void Load_BrokenFile_ThrowsNamingTheFile(string file, string breakage)
    {
        var copy = Path.Combine(Path.GetTempPath(), "routing-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(copy);
            foreach (var source in Directory.GetFiles(RoutingDirectory, "*.json"))
                File.Copy(source, Path.Combine(copy, Path.GetFileName(source)));
            var path = Path.Combine(copy, file);
            var text = File.ReadAllText(path);
            switch (breakage)
            {
                case "malformed":
                    File.WriteAllText(path, text[..(text.Length / 2)]);
                    break;
                case "unknownProperty":
                    File.WriteAllText(path, text.Replace("\"inspectionDays\"", "\"colour\": \"red\", \"inspectionDays\"", StringComparison.Ordinal));
                    break;
                case "missing":
                    File.Delete(path);
                    break;
                case "failedCheck":
                    File.WriteAllText(path, text.Replace("\"A\": 0.70, \"B\": 0.22", "\"A\": 0.60, \"B\": 0.22", StringComparison.Ordinal));
                    break;
            }

            var error = Assert.Throws<RuleFileException>(() => RoutingNetworkFiles.Load(copy));

            Assert.Equal(file, error.File);
            Assert.Contains(file, error.Message, StringComparison.Ordinal);
            if (breakage == "failedCheck")
                Assert.Contains("changed_mind", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(copy))
                Directory.Delete(copy, recursive: true);
        }
    }

    private static RateLane Lane(string carrierId, string level, string from, string to)
    {
        var service = Network.Carriers.Single(c => c.Id == carrierId).Services.Single(s => s.Level == level);
        return service.Lanes.FirstOrDefault(l => l.Serves(from, to))
               ?? throw new InvalidOperationException($"{carrierId} {level} has no lane from {from} to {to}.");
    }

    private static RoutingNetwork WithService(RoutingNetwork network, CarrierService service) =>
        network with
        {
            Carriers = network.Carriers
                .Select(c => c with { Services = c.Services.Select(s => s.Id == service.Id && c.Id == "returns-post" ? service : s).ToList() })
                .ToList(),
        };

    private static RoutingNetwork WithHub(RoutingNetwork network, ReturnHub hub) =>
        network with { Hubs = network.Hubs.Select(h => h.Id == hub.Id ? hub : h).ToList() };
}
