using Moq;
using Microsoft.Extensions.Options;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Tests.Consolidation;

/// <summary>A hub, its network, orders, returns and parcels for the consolidation tests.</summary>
internal static class ConsolidationSamples
{
    public static readonly DateTimeOffset At = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly PostalAddress Warehouse = new("DE", "Shop GmbH returns", "Berlin", "10115", "Invalidenstr. 1");

    public static ConsolidationRule Rule(int maxParcels = 3, int maxGrams = 20_000, int everyDays = 7) =>
        new(maxParcels, maxGrams, everyDays, FreightPerKg: 800, FixedCostPerShipment: 1_500, TransitDays: 5, Transport: "air");

    public static ReturnHub Hub(ConsolidationRule? rule = null, string id = "tw-tpe") => new(
        id,
        "Taipei returns hub",
        "TW",
        ["TW"],
        new PostalAddress("TW", "Taipei returns hub", "Taipei", "110", "No. 7 Songren Rd"),
        "TWD",
        new HubLeg("tw-post", "post", 2, [new WeightBand(5_000, 6_000)]),
        3_000,
        rule ?? Rule(),
        []);

    public static RoutingNetwork Network(params ReturnHub[] hubs) => new(
        "test",
        [],
        hubs,
        new RoutingCosts(
            "EUR", 0, 0m, 0,
            new Dictionary<string, IReadOnlyDictionary<string, decimal>>(),
            new Dictionary<string, int>(),
            new Dictionary<string, decimal>(),
            InspectionDays: 3,
            MaxDaysToRefund: 30));

    /// <summary>A network source that serves <paramref name="network"/> as the saved one (the shipped files are never read).</summary>
    public static RoutingNetworkSource Source(RoutingNetwork network, TimeProvider clock)
    {
        var store = new Mock<IRoutingNetworkStore>();
        store.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(network);
        return new RoutingNetworkSource(Options.Create(new RoutingNetworkOptions()), store.Object, clock);
    }

    public static Order Order(string orderNumber = "TW-1001", PostalAddress? shipFrom = null) => new(
        orderNumber,
        "mei@example.com",
        "Mei Lin",
        "zh-TW",
        "EUR",
        At.AddDays(-30),
        At.AddDays(-25),
        shipFrom ?? Warehouse,
        new PostalAddress("TW", "Mei Lin", "Taipei", "106", "Sec. 4 Zhongxiao E Rd"),
        [
            new OrderLine("TEE-BLK-M", "Tee black M", 3, 2_500, "6109100010", "PT", WeightGrams: 200),
            new OrderLine("MUG-WHT", "Mug white", 1, 1_200, "6912001000", "CN", WeightGrams: 450),
            new OrderLine("CARD", "Gift card", 1, 500),
        ]);

    public static ReturnRecord Return(string returnId, string orderNumber, params ReturnLine[] lines) => new(
        returnId, orderNumber, "mei@example.com", "Mei Lin", "zh-TW", "EUR", Resolutions.Refund, lines,
        ReturnStages.Received, At.AddDays(-10), At.AddDays(-2), "TW", "DE");

    public static HubParcel Parcel(string returnId, int grams, DateTimeOffset receivedAt, string hubId = "tw-tpe", long value = 5_000) => new(
        returnId,
        hubId,
        "TW-" + returnId,
        grams,
        value,
        "EUR",
        [new ConsolidatedLine("TEE-BLK-M", "Tee black M", 2, value / 2, "6109100010", "PT", grams / 2)],
        receivedAt);
}
