using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Policy;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Compliance;

/// <summary>Orders between markets for the scenario tests: a Taiwanese shop selling abroad and at home.</summary>
internal static class ComplianceScenarios
{
    /// <summary>A Monday, so 14-day windows from it end on a weekday.</summary>
    public static readonly DateTimeOffset Delivered = new(2025, 3, 3, 10, 0, 0, TimeSpan.Zero);

    public static Order Shipped(string from, string to, string? region = null, params OrderLine[] lines) =>
        Order(deliveredAt: Delivered) with
        {
            PlacedAt = Delivered.AddDays(-5),
            ShipFrom = new PostalAddress(from, "Demo Shop", "Taipei", "100", "1 Zhongshan Rd"),
            ShipTo = new PostalAddress(to, "Customer", "City", "10000", "1 Main St", Region: region),
            Lines = lines.Length > 0 ? lines : Order().Lines,
        };

    public static OrderLine Tee => Order().FindLine("TEE-BLK-M")!;

    public static OrderLine Phone(string condition) =>
        new("PHONE-X", "Phone X", 1, 30_000, "851713", "TW", "electronics", 400, DangerousGoods: "UN3481", BatteryCondition: condition);

    public static MerchantPolicy Merchant(Action<ReturnPolicyOptions>? configure = null)
    {
        var options = new ReturnPolicyOptions();
        configure?.Invoke(options);
        return MerchantPolicy.FromOptions(options);
    }

    public static DateTimeOffset DayAfterDelivery(int days) => Delivered.AddDays(days);

    public static DateTimeOffset EndOfDay(DateTimeOffset day) => new(day.Year, day.Month, day.Day, 23, 59, 59, TimeSpan.Zero);

    public static LineEligibility Check(MerchantPolicy policy, Order order, OrderLine line, DateTimeOffset now, string? reason = null) =>
        Engine.CheckLine(policy, order, line, 0, now, reason);

    public static ReturnLine ReturnOf(OrderLine line, string reason = "changed_mind") =>
        new(line.Sku, line.Name, 1, line.UnitPrice, reason, HsCode: line.HsCode, OriginCountry: line.OriginCountry, BatteryCondition: line.BatteryCondition);
}
