using Returns.Api.Handlers;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Routing;
using Returns.Orchestrations.Workflow;
using static Returns.Tests.Compliance.ComplianceScenarios;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Compliance;

/// <summary>The merchant's policy over the law of the customer's market, one market at a time.</summary>
public sealed class ComplianceScenarioTests
{
    private static readonly MerchantPolicy SevenDayPolicy = Merchant(o =>
    {
        o.WindowDays = 7;
        o.RestockingFeePercent = 10;
        o.ReturnPostagePaidBy = PostagePayers.Customer;
        o.ReturnPostageFee = 500;
    });

    [Fact]
    public void TaiwanToGermany_ChangeOfMindOnDay13_ReturnableUnderTheGermanRightUntilDay14()
    {
        var order = Shipped("TW", "DE");

        var check = Check(SevenDayPolicy, order, Tee, DayAfterDelivery(13));

        Assert.True(check.Eligible);
        Assert.Equal("law", check.Basis);
        Assert.Equal("DE", check.Law!.Market);
        Assert.Equal(EndOfDay(DayAfterDelivery(14)), check.WindowEndsAt);
        var german = CustomerLanguages.Default.For("de-DE");
        var why = EligibilityText.Why(check, german, DayAfterDelivery(13))!;
        Assert.Contains(Rules.Current.Market("DE")!.Rights[0].RightName["de"], why, StringComparison.Ordinal);
        Assert.Contains(german.Date(check.WindowEndsAt!.Value), why, StringComparison.Ordinal);
    }

    [Fact]
    public void TaiwanToGermany_ChangeOfMindOnDay15_WindowClosedOnDay14()
    {
        var check = Check(SevenDayPolicy, Shipped("TW", "DE"), Tee, DayAfterDelivery(15));

        Assert.False(check.Eligible);
        Assert.Equal(IneligibleCodes.WindowClosed, check.IneligibleCode);
        Assert.Equal(EndOfDay(DayAfterDelivery(14)), check.WindowEndsAt);
    }

    [Fact]
    public void Germany_LastDayOnASaturday_MovesToMonday()
    {
        var order = Shipped("TW", "DE") with { DeliveredAt = new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero) };

        var check = Check(SevenDayPolicy, order, Tee, new DateTimeOffset(2025, 3, 17, 12, 0, 0, TimeSpan.Zero));

        Assert.True(check.Eligible);
        Assert.Equal(new DateTimeOffset(2025, 3, 17, 23, 59, 59, TimeSpan.Zero), check.Law!.EndsAt);
    }

    [Fact]
    public void Germany_WithdrawalTerms_NoRestockingFeeButInformedCustomerPaysPostage()
    {
        var order = Shipped("TW", "DE");

        var terms = Engine.Terms(SevenDayPolicy, order, [ReturnOf(Tee)], DayAfterDelivery(10));

        Assert.Equal(new Orchestrations.Domain.RefundTerms(0, 500) { LegalRefundDeadline = new RefundDeadline(14, WindowUnits.CalendarDays, RefundClocks.Notice) }, terms);
    }

    [Fact]
    public void Germany_PolicyNotDisplayed_MerchantPaysPostageAndTheRightRunsTwelveMonthsLonger()
    {
        var hidden = SevenDayPolicy with { PolicyDisplayed = false };
        var order = Shipped("TW", "DE");

        var terms = Engine.Terms(hidden, order, [ReturnOf(Tee)], DayAfterDelivery(10));
        var check = Check(hidden, order, Tee, DayAfterDelivery(200));

        Assert.Equal(0, terms.ReturnPostage);
        Assert.True(check.Eligible);
        Assert.Equal(EndOfDay(DayAfterDelivery(14).AddMonths(12)), check.Law!.EndsAt);
    }

    [Fact]
    public void Germany_FinalSaleItem_StillReturnableUnderTheLaw()
    {
        var mug = Order().FindLine("MUG-WHT")!;
        var policy = Merchant(o => o.FinalSaleTag = "FINAL_SALE");

        var check = Check(policy, Shipped("TW", "DE", null, mug), mug, DayAfterDelivery(3));

        Assert.True(check.Eligible);
        Assert.Null(check.PolicyEndsAt);
        Assert.Equal("law", check.Basis);
    }

    [Fact]
    public void TaiwanToUnitedStates_NoStatutoryRight_PolicyDecidesWithItsTerms()
    {
        var order = Shipped("TW", "US", "CO");

        var check = Check(SevenDayPolicy, order, Tee, DayAfterDelivery(6));
        var terms = Engine.Terms(SevenDayPolicy, order, [ReturnOf(Tee)], DayAfterDelivery(6));

        Assert.True(check.Eligible);
        Assert.Equal("policy", check.Basis);
        Assert.Null(check.Law);
        Assert.Equal(new Orchestrations.Domain.RefundTerms(10, 500), terms);
        Assert.False(Check(SevenDayPolicy, order, Tee, DayAfterDelivery(8)).Eligible);
    }

    [Fact]
    public void California_PolicyNotDisplayedAndShorterThanSevenDays_ThirtyDaysFromPurchase()
    {
        var order = Shipped("TW", "US", "CA");
        var hidden = Merchant(o => { o.WindowDays = 5; o.PolicyDisplayed = false; });

        var check = Check(hidden, order, Tee, DayAfterDelivery(20));

        Assert.True(check.Eligible);
        Assert.Equal("US-CA", check.Law!.Market);
        Assert.Equal(EndOfDay(order.PlacedAt.AddDays(30)), check.WindowEndsAt);
        Assert.Null(Check(hidden with { DefaultWindowDays = 14 }, order, Tee, DayAfterDelivery(20)).Law);
    }

    [Fact]
    public void Japan_PolicyDisplayed_TheShopsNoReturnsRuleHolds()
    {
        var order = Shipped("TW", "JP");
        var noReturns = Merchant(o => o.WindowDays = 0);

        var check = Check(noReturns, order, Tee, DayAfterDelivery(5));

        Assert.False(check.Eligible);
        Assert.Null(check.Law);
    }

    [Fact]
    public void Japan_PolicyNotDisplayed_EightDaysFromDeliveryAtTheCustomersCost()
    {
        var order = Shipped("TW", "JP");
        var hidden = Merchant(o => { o.WindowDays = 0; o.PolicyDisplayed = false; });

        var check = Check(hidden, order, Tee, DayAfterDelivery(5));

        Assert.True(check.Eligible);
        Assert.Equal("JP", check.Law!.Market);
        Assert.Equal(EndOfDay(DayAfterDelivery(8)), check.WindowEndsAt);
        Assert.Equal(PostageRules.Consumer, check.Law.ReturnPostage);
        Assert.False(Check(hidden, order, Tee, DayAfterDelivery(9)).Eligible);
    }

    [Fact]
    public void Korea_SevenDaysThreeBusinessDaysToRefundAndNoRestockingFee()
    {
        var order = Shipped("TW", "KR");

        var check = Check(SevenDayPolicy with { DefaultWindowDays = 3 }, order, Tee, DayAfterDelivery(6));
        var terms = Engine.Terms(SevenDayPolicy, order, [ReturnOf(Tee)], DayAfterDelivery(6));

        Assert.True(check.Eligible);
        Assert.Equal("KR", check.Law!.Market);
        Assert.Equal(new RefundDeadline(3, WindowUnits.BusinessDays, RefundClocks.GoodsReceived), check.Law.RefundDeadline);
        Assert.Equal(0, terms.RestockingFeePercent);
        Assert.Equal(500, terms.ReturnPostage);
    }

    [Fact]
    public void China_CustomMadeItem_ExcludedByLawAndPolicyWithTheReasonNamed()
    {
        var suit = new Orchestrations.Domain.OrderLine("SUIT-MTM", "Made-to-measure suit", 1, 90_000, "620311", "TW", "apparel", 1200, ["custom_made"]);
        var order = Shipped("TW", "CN", null, suit, Tee);
        var policy = Merchant() with { FinalSaleTags = ["final_sale", "custom_made"] };

        var check = Check(policy, order, suit, DayAfterDelivery(2));
        var tee = Check(policy, order, Tee, DayAfterDelivery(2));

        Assert.False(check.Eligible);
        Assert.Equal(IneligibleCodes.Excluded, check.IneligibleCode);
        Assert.Equal("custom_made", check.Law!.ExcludedTag);
        var chinese = CustomerLanguages.Default.For("zh-CN");
        Assert.Contains(chinese.Text("itemKinds.custom_made"), EligibilityText.Reason(check, chinese)!, StringComparison.Ordinal);
        Assert.True(tee.Eligible);
        Assert.Equal("CN", tee.Law!.Market);
    }

    [Fact]
    public void TaiwanDomestic_WithinSevenDays_TheSellerPaysPostage()
    {
        var order = Shipped("TW", "TW");

        var within = Engine.Terms(SevenDayPolicy with { DefaultWindowDays = 30 }, order, [ReturnOf(Tee)], DayAfterDelivery(5));
        var after = Engine.Terms(SevenDayPolicy with { DefaultWindowDays = 30 }, order, [ReturnOf(Tee)], DayAfterDelivery(10));

        Assert.Equal(new Orchestrations.Domain.RefundTerms(0, 0) { LegalRefundDeadline = new RefundDeadline(15, WindowUnits.CalendarDays, RefundClocks.GoodsReceived) }, within);
        Assert.Equal(new Orchestrations.Domain.RefundTerms(10, 500), after);
    }

    [Fact]
    public void PhoneWithDamagedLithiumBattery_TaiwanToKorea_NoRouteSoReturnless()
    {
        var phone = Phone("damaged");
        var order = Shipped("TW", "KR", null, phone);
        var record = Return(ReturnOf(phone, "defective")) with { OrderNumber = order.OrderNumber };

        var plan = PlanRoute(Merchant(), order, record);

        Assert.Equal(RouteKinds.Returnless, plan.Kind);
        Assert.True(plan.DangerousGoodsBlocked);
        Assert.Contains("UN3481 (damaged)", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneWithDamagedLithiumBattery_TaiwanToGermany_ByGroundToTheGermanHub()
    {
        var phone = Phone("damaged");
        var order = Shipped("TW", "DE", null, phone);
        var record = Return(ReturnOf(phone, "defective")) with { OrderNumber = order.OrderNumber };

        var plan = PlanRoute(Merchant(), order, record);

        Assert.Equal(RouteKinds.HubLocalResale, plan.Kind);
        Assert.Equal(TransportModes.Ground, plan.Transport);
        Assert.False(plan.DangerousGoodsBlocked);
    }

    [Fact]
    public void PhoneWithIntactBattery_TaiwanToGermany_ByAirWithTheLithiumMark()
    {
        var phone = Phone("intact");
        var order = Shipped("TW", "DE", null, phone);

        var transport = new DangerousGoodsAssessor(Rules).Assess(order, [ReturnOf(phone, "defective")]);

        Assert.Equal(TransportModes.Air, transport.Mode);
        Assert.DoesNotContain(TransportModes.Post, transport.AllowedModes);
        Assert.Contains(transport.Marks, m => m.StartsWith("UN3481", StringComparison.Ordinal));
    }

    [Fact]
    public void PhoneWithDamagedBattery_Domestic_GroundOnlyWithDamagedMark()
    {
        var phone = Phone("damaged");

        var transport = new DangerousGoodsAssessor(Rules).Assess(Shipped("TW", "TW", null, phone), [ReturnOf(phone, "defective")]);

        Assert.Equal([TransportModes.Ground], transport.AllowedModes);
        Assert.Contains(DangerousGoodsAssessor.DamagedLithiumMark, transport.Marks);
        Assert.Contains(DangerousGoodsAssessor.GroundOnlyMark, transport.Marks);
    }

    [Fact]
    public void PhoneWithDamagedBattery_GermanyToFrance_GroundAcrossTheBorder()
    {
        var phone = Phone("damaged");

        var transport = new DangerousGoodsAssessor(Rules).Assess("FR", "DE", [(phone.Sku, phone.DangerousGoods, phone.BatteryCondition)]);

        Assert.Equal(TransportModes.Ground, transport.Mode);
    }

    [Fact]
    public void CustomerReportsDamage_OverridesTheShopsIntactBattery()
    {
        var phone = Phone("intact");
        var order = Shipped("TW", "DE", null, phone);

        var transport = new DangerousGoodsAssessor(Rules).Assess(order, [ReturnOf(phone) with { BatteryCondition = "damaged" }]);

        Assert.False(transport.CanShip);
    }

    [Fact]
    public void CrossBorderReturn_LineWithoutHsCode_GoesToTheMerchantFirst()
    {
        var bare = Tee with { HsCode = null };
        var order = Shipped("TW", "DE", null, bare);
        var record = Return(ReturnOf(bare)) with { OrderNumber = order.OrderNumber };

        var decision = Engine.Decide(Merchant(), order, record, DayAfterDelivery(2));

        Assert.Equal(PolicyOutcomes.Review, decision.Outcome);
        Assert.Contains("HS code missing for TEE-BLK-M", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GreatBritain_DefectiveOnDay20_TheShortTermRightToRejectCovers_ChangeOfMindDoesNot()
    {
        var order = Shipped("TW", "GB");

        var defective = Check(SevenDayPolicy, order, Tee, DayAfterDelivery(20), "defective");
        var changedMind = Check(SevenDayPolicy, order, Tee, DayAfterDelivery(20), "changed_mind");
        var terms = Engine.Terms(SevenDayPolicy, order, [ReturnOf(Tee, "defective")], DayAfterDelivery(20));

        Assert.True(defective.Eligible);
        Assert.Equal(RightKinds.Faulty, defective.Law!.Kind);
        Assert.Equal(EndOfDay(DayAfterDelivery(30)), defective.WindowEndsAt);
        Assert.False(changedMind.Eligible);
        Assert.Equal((0, 0L), (terms.RestockingFeePercent, terms.ReturnPostage));
        Assert.Equal(14, terms.LegalRefundDeadline!.Days);
    }

    [Fact]
    public void DefectiveGoods_NoFeeAndNoPostageWhateverThePolicySays()
    {
        var order = Shipped("TW", "US", "CO");

        var terms = Engine.Terms(SevenDayPolicy, order, [ReturnOf(Tee, "defective"), ReturnOf(Order().FindLine("COAT-GRY-L")!)], DayAfterDelivery(2));

        Assert.Equal(Orchestrations.Domain.RefundTerms.None, terms);
    }
}
