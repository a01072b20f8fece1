using Microsoft.Extensions.Options;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Policy;

namespace Returns.Tests.Domain;

/// <summary>An order and a return of it, with every field filled, for domain tests.</summary>
internal static class DomainSamples
{
    public static readonly DateTimeOffset PlacedAt = new(2025, 2, 20, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DeliveredAt = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly byte[] SigningKey = Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray();

    public static Order Order(DateTimeOffset? deliveredAt = null, bool delivered = true) => new(
        OrderNumber: "TW-1001",
        Email: "anna@example.de",
        CustomerName: "Anna Schmidt",
        Locale: "de-DE",
        Currency: "EUR",
        PlacedAt: PlacedAt,
        DeliveredAt: delivered ? deliveredAt ?? DeliveredAt : null,
        ShipFrom: new PostalAddress("TW", "Demo Shop", "Taipei", "100", "1 Zhongshan Rd"),
        ShipTo: new PostalAddress("DE", "Anna Schmidt", "Berlin", "10115", "Invalidenstr. 1"),
        Lines:
        [
            new OrderLine("TEE-BLK-M", "Tee black M", 3, 2500, "610910", "TW", "apparel", 200),
            new OrderLine("MUG-WHT", "Mug white", 1, 1200, "691200", "TW", "home", 400, ["FINAL_SALE"]),
            new OrderLine("COAT-GRY-L", "Coat grey L", 1, 60000, "620193", "TW", "apparel", 1500),
        ],
        Incoterm: "DDP",
        ExportDeclarationRef: "EX-2025-0001");

    public static ReturnRecord Return(params ReturnLine[] lines) => new(
        ReturnId: "ret-0123456789abcdef",
        OrderNumber: "TW-1001",
        Email: "anna@example.de",
        CustomerName: "Anna Schmidt",
        Locale: "de-DE",
        Currency: "EUR",
        Resolution: Resolutions.Refund,
        Lines: lines.Length > 0 ? lines : [TeeLine(2)],
        Stage: ReturnStages.AwaitingConfirmation,
        CreatedAt: DeliveredAt.AddDays(3),
        UpdatedAt: DeliveredAt.AddDays(3),
        ShipFromCountry: "DE",
        ShipToCountry: "TW");

    public static ReturnLine TeeLine(int quantity) => new("TEE-BLK-M", "Tee black M", quantity, 2500, "size_too_large");

    public static ReturnLine CoatLine() => new("COAT-GRY-L", "Coat grey L", 1, 60000, "not_as_described", "Colour differs");

    /// <summary>The rule files the build ships (the test output's rules folder).</summary>
    public static ComplianceRules Rules { get; } = ComplianceRules.From(Path.Combine(AppContext.BaseDirectory, "rules"));

    public static ReturnPolicyEngine Engine { get; } = new(new StatutoryRights(Rules));

    /// <summary>The routing network the build ships (the test output's routing folder).</summary>
    public static Orchestrations.Routing.Network.RoutingNetwork Network { get; } =
        Orchestrations.Routing.Network.RoutingNetworkFiles.Load(Path.Combine(AppContext.BaseDirectory, "routing"));

    public static Orchestrations.Routing.CompliantRoutePlanner Planner { get; } =
        new(new Orchestrations.Routing.RouteOptimizer(Rules, new DangerousGoodsAssessor(Rules)), new DangerousGoodsAssessor(Rules));

    /// <summary>Decides and plans a route as the PlanReturnRoute activity does.</summary>
    public static Orchestrations.Workflow.RoutePlan PlanRoute(MerchantPolicy policy, Order order, ReturnRecord record, DateTimeOffset? now = null)
    {
        var decision = Planner.Decide(policy, Network, order, record, now ?? DeliveredAt.AddDays(3));
        return Planner.PlanFor(decision, Network, order, record);
    }

    /// <summary>The sample order delivered to Colorado, where no statutory return right applies: the policy alone decides.</summary>
    public static Order UsOrder(DateTimeOffset? deliveredAt = null, bool delivered = true) =>
        Order(deliveredAt, delivered) with { ShipTo = new PostalAddress("US", "Mia Miller", "Denver", "80202", "1 Main St", Region: "CO") };

    /// <summary>The engine with a merchant policy built from options, called as the workflow calls it.</summary>
    public static PolicyUnderTest Policy(Action<ReturnPolicyOptions>? configure = null)
    {
        var options = new ReturnPolicyOptions();
        configure?.Invoke(options);
        return new PolicyUnderTest(MerchantPolicy.FromOptions(options));
    }

    internal sealed record PolicyUnderTest(MerchantPolicy Merchant)
    {
        public LineEligibility CheckLine(Order order, OrderLine line, int alreadyReturned, DateTimeOffset now, string? reason = null) =>
            Engine.CheckLine(Merchant, order, line, alreadyReturned, now, reason);

        public Orchestrations.Workflow.PolicyDecision Decide(Order order, ReturnRecord request, DateTimeOffset now) =>
            Engine.Decide(Merchant, order, request, now);

        public RefundTerms Terms(Order order, IReadOnlyList<ReturnLine> lines, DateTimeOffset now) => Engine.Terms(Merchant, order, lines, now);
    }

    public static ReturnLinkOptions LinkOptions() => new()
    {
        PublicBaseUrl = "https://returns.example.com",
        SigningKey = SigningKey,
        ConfirmationLinkLifetime = TimeSpan.FromDays(2),
        MerchantEmail = "merchant@shop.example",
    };

    public static CustomerEmailComposer Composer()
    {
        var options = Options.Create(LinkOptions());
        return new CustomerEmailComposer(new ReturnLinks(options), options);
    }
}
