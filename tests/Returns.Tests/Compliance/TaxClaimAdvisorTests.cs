using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Domain;
using static Returns.Tests.Compliance.ComplianceScenarios;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Compliance;

/// <summary>What a cross-border return can recover, with thresholds and deadlines as they stood on the relevant day.</summary>
public sealed class TaxClaimAdvisorTests
{
    private static readonly TaxClaimAdvisor Advisor = new(Rules);

    private static Order GermanShopToUs(long? duty, DateTimeOffset placedAt) =>
        Shipped("DE", "US", "NY") with
        {
            PlacedAt = placedAt,
            DeliveredAt = placedAt.AddDays(6),
            ShipFrom = new PostalAddress("DE", "Laden", "Berlin", "10115", "Invalidenstr. 1"),
            Currency = "EUR",
            Incoterm = "DDP",
            ImportDuty = duty,
        };

    private static ReturnRecord ReturnOfAll(Order order, string reason = "size_too_large") =>
        Return([.. order.Lines.Select(l => new ReturnLine(l.Sku, l.Name, l.Quantity, l.UnitPrice, reason, HsCode: l.HsCode, OriginCountry: l.OriginCountry))])
            with { OrderNumber = order.OrderNumber, Currency = order.Currency };

    [Fact]
    public void GermanyToUnitedStates_DutyPaid_ReliefAtHomeAndOneDrawbackClaim()
    {
        var placed = new DateTimeOffset(2025, 9, 15, 8, 0, 0, TimeSpan.Zero);
        var order = GermanShopToUs(duty: 2_000, placed);

        var assessment = Advisor.Assess(order, ReturnOfAll(order), placed.AddDays(20));

        var relief = Assert.Single(assessment.Claims, c => c.Kind == ClaimKinds.ReentryRelief);
        Assert.Equal(("EU", TaxClaimStatuses.Claimable, new DateOnly(2028, 9, 15)), (relief.Jurisdiction, relief.Status, relief.Deadline));
        Assert.Contains("F01", relief.Codes);
        var drawbacks = assessment.Claims.Where(c => c.Kind == ClaimKinds.Drawback).ToList();
        var primary = Assert.Single(drawbacks, c => c.Status == TaxClaimStatuses.Claimable);
        Assert.Equal(new Money(1_980, "EUR"), primary.Estimate);
        Assert.Equal(new DateOnly(2030, 9, 15), primary.Deadline);
        Assert.All(drawbacks.Where(c => c != primary), c => Assert.Equal(TaxClaimStatuses.Check, c.Status));
        Assert.Equal(new Money(1_980, "EUR"), assessment.Recoverable);
        Assert.Equal(new DateOnly(2028, 9, 15), assessment.NextDeadline);
    }

    [Fact]
    public void UnitedStates_SmallOrderBeforeTheDeMinimisSuspension_NothingWasPaid()
    {
        var before = GermanShopToUs(duty: null, new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero)) with
        {
            Lines = [Tee with { Quantity = 1, UnitPrice = 4_000 }],
        };
        var after = before with { PlacedAt = new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero) };

        var early = Advisor.Assess(before, ReturnOfAll(before), before.PlacedAt.AddDays(20));
        var late = Advisor.Assess(after, ReturnOfAll(after), after.PlacedAt.AddDays(20));

        Assert.All(early.Claims.Where(c => c.Kind == ClaimKinds.Drawback), c => Assert.Equal(TaxClaimStatuses.NotApplicable, c.Status));
        Assert.Contains(late.Claims, c => c.Kind == ClaimKinds.Drawback && c.Status == TaxClaimStatuses.Check);
    }

    [Fact]
    public void Japan_ChangeOfMind_Article20DoesNotApply_WrongItemUnderThreshold_NothingPaid()
    {
        var order = Shipped("TW", "JP") with { Currency = "JPY", Lines = [Tee with { Quantity = 1, UnitPrice = 8_000 }] };

        var changedMind = Advisor.Assess(order, ReturnOfAll(order, "changed_mind"), DayAfterDelivery(3));
        var wrongItem = Advisor.Assess(order, ReturnOfAll(order, "wrong_item"), DayAfterDelivery(3));

        var article20 = Assert.Single(changedMind.Claims, c => c.RuleId == "JP-Art20-refund");
        Assert.Equal(TaxClaimStatuses.NotApplicable, article20.Status);
        Assert.Contains("wrong_item", article20.Explanation, StringComparison.Ordinal);
        var underThreshold = Assert.Single(wrongItem.Claims, c => c.RuleId == "JP-Art20-refund");
        Assert.Equal(TaxClaimStatuses.NotApplicable, underThreshold.Status);
        Assert.Contains("threshold", underThreshold.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Japan_DutyPaidByTheCustomer_TheClaimIsTheirs()
    {
        var order = Shipped("TW", "JP") with { Currency = "JPY", Incoterm = "DAP", ImportDuty = 3_000, Lines = [Tee with { Quantity = 1, UnitPrice = 40_000 }] };

        var claim = Assert.Single(Advisor.Assess(order, ReturnOfAll(order, "not_as_described"), DayAfterDelivery(3)).Claims, c => c.RuleId == "JP-Art20-refund");

        Assert.Equal(TaxClaimStatuses.Check, claim.Status);
        Assert.Equal(new Money(3_000, "JPY"), claim.Estimate);
        Assert.Contains("customer paid", claim.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnedGoodsRelief_AfterThreeYears_Expired()
    {
        var placed = new DateTimeOffset(2021, 1, 10, 8, 0, 0, TimeSpan.Zero);
        var order = GermanShopToUs(duty: 2_000, placed);

        var relief = Assert.Single(Advisor.Assess(order, ReturnOfAll(order), placed.AddYears(3).AddDays(5)).Claims, c => c.Kind == ClaimKinds.ReentryRelief);

        Assert.Equal(TaxClaimStatuses.Expired, relief.Status);
    }

    [Fact]
    public void WithinTheEuCustomsUnion_NoClaims()
    {
        var order = GermanShopToUs(duty: null, Delivered) with { ShipTo = new PostalAddress("FR", "Client", "Paris", "75001", "1 rue") };

        Assert.Empty(Advisor.Assess(order, ReturnOfAll(order), DayAfterDelivery(3)).Claims);
    }

    [Fact]
    public void Csv_OneRowPerClaimWithEvidenceAndFormulaSafeFields()
    {
        var placed = new DateTimeOffset(2025, 9, 15, 8, 0, 0, TimeSpan.Zero);
        var order = GermanShopToUs(duty: 2_000, placed);
        var assessment = Advisor.Assess(order, ReturnOfAll(order), placed.AddDays(20));
        var tricky = assessment with { Claims = [assessment.Claims[0] with { How = "=HYPERLINK(\"x\")" }] };

        var rows = TaxClaimCsv.Write([assessment]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var trickyRow = TaxClaimCsv.Write([tricky]).Split("\r\n")[1];

        Assert.StartsWith("returnId,orderNumber,ruleId,kind,jurisdiction", rows[0], StringComparison.Ordinal);
        Assert.Equal(assessment.Claims.Count + 1, rows.Length);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", trickyRow, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomsPaper_GermanShop_CarriesTheEuReliefStatementAndTheOriginalClassification()
    {
        var order = GermanShopToUs(duty: null, Delivered) with { OutboundTrackingNumber = "1Z999AA10123456784" };
        var record = ReturnOfAll(order) with { Lines = [ReturnOfAll(order).Lines[0] with { HsCode = "6109100010" }] };
        var builder = new CustomsPaperBuilder(Rules, new DangerousGoodsAssessor(Rules));

        var paper = builder.Build(order, record, DayAfterDelivery(3));

        Assert.True(builder.Needed(order, order.ShipFrom.Country));
        Assert.Equal("6109100010", paper.Lines[0].HsCode);
        Assert.Equal("1Z999AA10123456784", paper.OutboundTrackingNumber);
        Assert.Contains(paper.ReliefStatements, s => s.Contains("Returned goods", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(order.ShipTo, paper.Exporter);
    }
}
