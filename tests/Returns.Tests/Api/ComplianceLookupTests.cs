using System.Text.Json;
using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Api;

/// <summary>
/// The portal's lookup and return request with the law of the customer's market layered over the merchant's policy:
/// statutory windows, exclusions, default rights, who pays postage, restocking fees, and dangerous goods.
/// </summary>
public sealed class ComplianceLookupTests : IDisposable
{
    private const string Email = "anna@example.de";

    private static readonly CustomerLocale English = CustomerLanguages.Default.For("en");
    private static readonly CustomerLocale German = CustomerLanguages.Default.For("de");

    private readonly ApiHarness _api = new();

    private PortalHandlers Handlers => _api.Get<PortalHandlers>();

    public void Dispose() => _api.Dispose();

    private async Task PutPolicyAsync(object body)
    {
        var context = _api.Json("PUT", body, adminKey: true);
        var response = await ApiHarness.RunAsync(context, _api.Get<ComplianceHandlers>().PutPolicyAsync(context.Request, CancellationToken.None));
        Assert.True(response.Status == 200, response.ToString());
    }

    private async Task<JsonElement> LookupAsync(Order order, string acceptLanguage = "en")
    {
        var context = _api.Json("POST", new { email = Email, orderNumber = order.OrderNumber }, acceptLanguage: acceptLanguage);
        var response = await ApiHarness.RunAsync(context, Handlers.LookupAsync(context.Request, CancellationToken.None));
        Assert.True(response.Status == 200, response.ToString());
        return response.Json;
    }

    private static JsonElement Line(JsonElement lookup, string sku) =>
        lookup.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("sku").GetString() == sku);

    private Task<ApiResponse> CreateAsync(Order order, object line, string acceptLanguage = "en")
    {
        var context = _api.Json("POST", new { email = Email, orderNumber = order.OrderNumber, lines = new[] { line }, resolution = "refund" },
            acceptLanguage: acceptLanguage);
        return ApiHarness.RunAsync(context, Handlers.CreateReturnAsync(context.Request, _api.Client, CancellationToken.None));
    }

    private async Task<ReturnRecord> CreatedAsync(Order order, object line)
    {
        var response = await CreateAsync(order, line);
        Assert.True(response.Status == 202, response.ToString());
        var stored = await _api.Get<IReturnStore>().GetAsync(response.Json.GetProperty("returnId").GetString()!);
        Assert.NotNull(stored);
        return stored;
    }

    /// <summary>The end (23:59:59 UTC) of the day <paramref name="days"/> after <paramref name="start"/>'s, a weekend moved to the Monday.</summary>
    private static DateTimeOffset EndOfDayAfter(DateTimeOffset start, int days, bool rollsToMonday)
    {
        var day = start.UtcDateTime.Date.AddDays(days);
        while (rollsToMonday && day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            day = day.AddDays(1);
        return new DateTimeOffset(day.Year, day.Month, day.Day, 23, 59, 59, TimeSpan.Zero);
    }

    private Task<Order> SeedDeliveredAsync(TimeSpan ago, Func<Order, Order>? change = null)
    {
        var delivered = DateTimeOffset.UtcNow - ago;
        return _api.SeedOrderAsync(o =>
        {
            var seeded = o with { PlacedAt = delivered.AddDays(-2), DeliveredAt = delivered };
            return change?.Invoke(seeded) ?? seeded;
        });
    }

    private static Order ShipTo(Order o, string country, string? region = null, string currency = "EUR") =>
        o with { ShipTo = new PostalAddress(country, "Customer", "City", "12345", "Street 1", null, region), Currency = currency };

    // ---- the EU / German right of withdrawal ----------------------------------------------

    [Fact]
    public async Task Lookup_GermanCustomerPastAShortPolicyWindowWithinFourteenDays_EligibleByLawExplainedInGerman()
    {
        await PutPolicyAsync(new { defaultWindowDays = 7 });
        var order = await SeedDeliveredAsync(TimeSpan.FromDays(10));

        var json = await LookupAsync(order, acceptLanguage: "de");

        var tee = Line(json, "TEE-BLK-M");
        var lawEnd = EndOfDayAfter(order.DeliveredAt!.Value, 14, rollsToMonday: true);
        Assert.True(tee.GetProperty("eligible").GetBoolean());
        Assert.Equal(2, tee.GetProperty("returnableQuantity").GetInt32());
        Assert.Equal("law", tee.GetProperty("basis").GetString());
        Assert.Equal(lawEnd, tee.GetProperty("returnWindowEndsAt").GetDateTimeOffset());
        Assert.Equal(order.DeliveredAt.Value.AddDays(7), tee.GetProperty("policyWindowEndsAt").GetDateTimeOffset());
        var law = tee.GetProperty("law");
        Assert.Equal("DE", law.GetProperty("market").GetString());
        Assert.Equal("DE-BGB-withdrawal", law.GetProperty("rightId").GetString());
        Assert.Equal("Das gesetzliche Widerrufsrecht nach § 355 BGB", law.GetProperty("name").GetString());
        var reason = tee.GetProperty("eligibilityReason").GetString()!;
        Assert.Equal(
            German.Text("eligibility.lawWindow", ("law", "Das gesetzliche Widerrufsrecht nach § 355 BGB"), ("date", German.Date(lawEnd))),
            reason);
        Assert.Contains("§ 355 BGB", reason, StringComparison.Ordinal);
        Assert.Contains(German.Date(lawEnd), reason, StringComparison.Ordinal);
        // The policy's own window has ended, so its sentence is not offered.
        Assert.DoesNotContain("Rückgabebedingungen", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_GermanCustomerTwentyDaysAfterDelivery_WindowClosedOnTheLawsDate()
    {
        await PutPolicyAsync(new { defaultWindowDays = 7 });
        var order = await SeedDeliveredAsync(TimeSpan.FromDays(20));

        var json = await LookupAsync(order, acceptLanguage: "de");

        var tee = Line(json, "TEE-BLK-M");
        var lawEnd = EndOfDayAfter(order.DeliveredAt!.Value, 14, rollsToMonday: true);
        Assert.False(tee.GetProperty("eligible").GetBoolean());
        Assert.Equal(0, tee.GetProperty("returnableQuantity").GetInt32());
        Assert.Equal("windowClosed", tee.GetProperty("ineligibleCode").GetString());
        Assert.Equal(lawEnd, tee.GetProperty("returnWindowEndsAt").GetDateTimeOffset());
        Assert.Equal(German.Text("eligibility.windowClosed", ("date", German.Date(lawEnd))), tee.GetProperty("ineligibleReason").GetString());
    }

    [Fact]
    public async Task Lookup_GermanCustomerFinalSaleLineWithinFourteenDays_EligibleByLaw()
    {
        var order = await SeedDeliveredAsync(TimeSpan.FromDays(3));

        var json = await LookupAsync(order);

        var cap = Line(json, "CAP-RED");
        Assert.True(cap.GetProperty("eligible").GetBoolean());
        Assert.Equal(1, cap.GetProperty("returnableQuantity").GetInt32());
        Assert.Equal("law", cap.GetProperty("basis").GetString());
        Assert.Equal(JsonValueKind.Null, cap.GetProperty("policyWindowEndsAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, cap.GetProperty("ineligibleCode").ValueKind);
        Assert.Equal(EndOfDayAfter(order.DeliveredAt!.Value, 14, rollsToMonday: true), cap.GetProperty("returnWindowEndsAt").GetDateTimeOffset());
        Assert.Contains("The German right of withdrawal", cap.GetProperty("eligibilityReason").GetString(), StringComparison.Ordinal);
        // The line the policy accepts for longer stays on the policy's basis.
        Assert.Equal("policy", Line(json, "TEE-BLK-M").GetProperty("basis").GetString());
    }

    // ---- exclusions -----------------------------------------------------------------------

    [Fact]
    public async Task Lookup_CustomMadeLineForAChineseCustomer_ExcludedByLawAndPolicyNamingTheKind()
    {
        await PutPolicyAsync(new { finalSaleTags = new[] { "final_sale", "custom_made" } });
        var order = await SeedDeliveredAsync(TimeSpan.FromDays(3), o => ShipTo(o, "CN", currency: "CNY") with
        {
            Lines = [new OrderLine("MUG-NAME", "Mug with your name", 1, 9900, Tags: ["custom_made"]), .. o.Lines],
        });

        var json = await LookupAsync(order);

        var mug = Line(json, "MUG-NAME");
        Assert.False(mug.GetProperty("eligible").GetBoolean());
        Assert.Equal("excluded", mug.GetProperty("ineligibleCode").GetString());
        Assert.Equal("custom_made", mug.GetProperty("law").GetProperty("excludedTag").GetString());
        var reason = mug.GetProperty("ineligibleReason").GetString()!;
        Assert.Equal(
            English.Text("eligibility.excluded", ("law", "China's 7-day no-reason return right"), ("kind", English.Text("itemKinds.custom_made"))),
            reason);
        Assert.Contains("items made to your specifications", reason, StringComparison.Ordinal);
        Assert.Equal(reason, mug.GetProperty("eligibilityReason").GetString());
    }

    // ---- Japan's default right ------------------------------------------------------------

    [Fact]
    public async Task Lookup_JapaneseCustomerFinalSaleLineWithThePolicyDisplayed_NotReturnable()
    {
        var order = await SeedDeliveredAsync(TimeSpan.FromDays(5), o => ShipTo(o, "JP", currency: "JPY"));

        var json = await LookupAsync(order);

        var cap = Line(json, "CAP-RED");
        Assert.False(cap.GetProperty("eligible").GetBoolean());
        Assert.Equal("finalSale", cap.GetProperty("ineligibleCode").GetString());
        Assert.Equal(JsonValueKind.Null, cap.GetProperty("law").ValueKind);
    }

    [Fact]
    public async Task Lookup_JapaneseCustomerFinalSaleLineWithThePolicyNotDisplayed_ReturnableForEightDays()
    {
        await PutPolicyAsync(new { policyDisplayed = false });
        var order = await SeedDeliveredAsync(TimeSpan.FromDays(5), o => ShipTo(o, "JP", currency: "JPY"));

        var json = await LookupAsync(order);

        var cap = Line(json, "CAP-RED");
        Assert.True(cap.GetProperty("eligible").GetBoolean());
        Assert.Equal("law", cap.GetProperty("basis").GetString());
        Assert.Equal(EndOfDayAfter(order.DeliveredAt!.Value, 8, rollsToMonday: false), cap.GetProperty("returnWindowEndsAt").GetDateTimeOffset());
        Assert.Equal("JP-SCTA-15-3-statutory-return", cap.GetProperty("law").GetProperty("rightId").GetString());
        Assert.Equal("default", cap.GetProperty("law").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Lookup_JapaneseCustomerWithThePolicyNotDisplayed_RightRunsToTheEndOfTheEighthDayOnly()
    {
        await PutPolicyAsync(new { policyDisplayed = false });
        // Delivered just after midnight UTC: day 8 ends tonight, day 9's delivery ended last night.
        var today = new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date, TimeSpan.Zero);
        var eighth = await _api.SeedOrderAsync(o => ShipTo(o, "JP", currency: "JPY") with { PlacedAt = today.AddDays(-10), DeliveredAt = today.AddDays(-8).AddSeconds(1) });
        var ninth = await _api.SeedOrderAsync(o => ShipTo(o, "JP", currency: "JPY") with { PlacedAt = today.AddDays(-11), DeliveredAt = today.AddDays(-9).AddSeconds(1) });

        var open = Line(await LookupAsync(eighth), "CAP-RED");
        var closed = Line(await LookupAsync(ninth), "CAP-RED");

        Assert.True(open.GetProperty("eligible").GetBoolean());
        Assert.Equal(today.AddDays(1).AddSeconds(-1), open.GetProperty("returnWindowEndsAt").GetDateTimeOffset());
        Assert.False(closed.GetProperty("eligible").GetBoolean());
        Assert.Equal("windowClosed", closed.GetProperty("ineligibleCode").GetString());
        Assert.Equal(today.AddSeconds(-1), closed.GetProperty("returnWindowEndsAt").GetDateTimeOffset());
    }

    // ---- return postage -------------------------------------------------------------------

    [Fact]
    public async Task Lookup_TaiwaneseDomesticOrderWithCustomerPaidPostage_TheMerchantPaysByLaw()
    {
        await PutPolicyAsync(new { returnPostagePaidBy = "customer", returnPostageFee = 300 });
        var taiwan = await SeedDeliveredAsync(TimeSpan.FromDays(3), o => ShipTo(o, "TW", currency: "TWD"));
        var colorado = await SeedDeliveredAsync(TimeSpan.FromDays(3), o => ShipTo(o, "US", "CO", currency: "USD"));

        var tw = (await LookupAsync(taiwan)).GetProperty("policy");
        var us = (await LookupAsync(colorado)).GetProperty("policy");

        Assert.Equal("merchant", tw.GetProperty("returnPostagePaidBy").GetString());
        Assert.Equal(0, tw.GetProperty("returnPostageFee").GetProperty("amount").GetInt64());
        Assert.Equal("TWD", tw.GetProperty("returnPostageFee").GetProperty("currency").GetString());
        Assert.Equal("TW", tw.GetProperty("law").GetProperty("market").GetString());
        Assert.Equal("customer", us.GetProperty("returnPostagePaidBy").GetString());
        Assert.Equal(300, us.GetProperty("returnPostageFee").GetProperty("amount").GetInt64());
        Assert.Equal("USD", us.GetProperty("returnPostageFee").GetProperty("currency").GetString());
    }

    // ---- dangerous goods ------------------------------------------------------------------

    private Task<Order> SeedWithBatteryAsync(string? condition, string country = "DE") =>
        SeedDeliveredAsync(TimeSpan.FromDays(3), o => o with
        {
            ShipTo = o.ShipTo with { Country = country },
            Lines = [.. o.Lines, new OrderLine("PWR-BANK", "Power bank", 1, 3900, "850760", "CN", DangerousGoods: "UN3481", BatteryCondition: condition)],
        });

    [Fact]
    public async Task Lookup_DamagedLithiumBatteryFromKoreaToTaiwan_CannotShipAndTellsTheCustomerNotToSendIt()
    {
        var order = await SeedWithBatteryAsync(BatteryConditions.Damaged, "KR");

        var json = await LookupAsync(order);

        var goods = Line(json, "PWR-BANK").GetProperty("dangerousGoods");
        Assert.Equal("UN3481", goods.GetProperty("unNumber").GetString());
        Assert.Equal("damaged", goods.GetProperty("batteryCondition").GetString());
        Assert.False(goods.GetProperty("canShip").GetBoolean());
        Assert.Equal(JsonValueKind.Null, goods.GetProperty("transport").ValueKind);
        var instruction = goods.GetProperty("instruction").GetString()!;
        Assert.Equal(English.Text("dangerous.noRoute", ("what", English.Text("dangerous.damagedBattery"))), instruction);
        Assert.StartsWith("Do not send this item back.", instruction, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, goods.GetProperty("damagedInstruction").ValueKind);
        Assert.Equal(JsonValueKind.Null, Line(json, "TEE-BLK-M").GetProperty("dangerousGoods").ValueKind);
    }

    [Fact]
    public async Task Lookup_DamagedLithiumBatteryInGermany_GoesByGroundToTheGermanHub()
    {
        var order = await SeedWithBatteryAsync(BatteryConditions.Damaged);

        var goods = Line(await LookupAsync(order), "PWR-BANK").GetProperty("dangerousGoods");

        Assert.True(goods.GetProperty("canShip").GetBoolean());
        Assert.Equal("ground", goods.GetProperty("transport").GetString());
        Assert.Equal(English.Text("dangerous.groundOnly", ("what", English.Text("dangerous.damagedBattery"))), goods.GetProperty("instruction").GetString());
    }

    [Fact]
    public async Task Lookup_IntactLithiumBatteryFromGermanyToTaiwan_ShipsByAirAndSaysGroundToTheHubIfDamaged()
    {
        var order = await SeedWithBatteryAsync(BatteryConditions.Intact);

        var json = await LookupAsync(order, acceptLanguage: "de");

        var goods = Line(json, "PWR-BANK").GetProperty("dangerousGoods");
        Assert.True(goods.GetProperty("canShip").GetBoolean());
        Assert.Equal("air", goods.GetProperty("transport").GetString());
        Assert.Equal(JsonValueKind.Null, goods.GetProperty("batteryCondition").ValueKind);
        Assert.Contains("Lithium-Ionen-Akkus in oder mit einem Gerät", goods.GetProperty("instruction").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            German.Text("dangerous.groundOnly", ("what", German.Text("dangerous.damagedBattery"))),
            goods.GetProperty("damagedInstruction").GetString());
    }

    [Fact]
    public async Task Lookup_IntactLithiumBatteryGoingByAir_InstructionDoesNotSayGroundOnly()
    {
        var order = await SeedWithBatteryAsync(BatteryConditions.Intact);

        var json = await LookupAsync(order);

        var goods = Line(json, "PWR-BANK").GetProperty("dangerousGoods");
        Assert.Equal("air", goods.GetProperty("transport").GetString());
        // The label of an air parcel carries no "ground transport only" mark; the customer must not read otherwise.
        Assert.DoesNotContain("ground only", goods.GetProperty("instruction").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    // ---- creating a return ----------------------------------------------------------------

    [Fact]
    public async Task CreateReturn_GermanCustomerWithARestockingFeeInThePolicy_StoresNoFeeButThePostage()
    {
        await PutPolicyAsync(new { restockingFeePercent = 10, returnPostagePaidBy = "customer", returnPostageFee = 495 });
        var order = await SeedDeliveredAsync(TimeSpan.FromDays(3));

        var stored = await CreatedAsync(order, new { sku = "TEE-BLK-M", quantity = 1, reason = "changed_mind" });

        Assert.NotNull(stored.Terms);
        Assert.Equal(0, stored.Terms.RestockingFeePercent);
        // Told before the sale (the policy is displayed), the German customer pays the direct cost of returning.
        Assert.Equal(495, stored.Terms.ReturnPostage);
    }

    [Fact]
    public async Task CreateReturn_UsCustomerWithARestockingFeeInThePolicy_KeepsTheFee()
    {
        await PutPolicyAsync(new { restockingFeePercent = 10, returnPostagePaidBy = "customer", returnPostageFee = 495 });
        var order = await SeedDeliveredAsync(TimeSpan.FromDays(3), o => ShipTo(o, "US", "CO", currency: "USD"));

        var stored = await CreatedAsync(order, new { sku = "TEE-BLK-M", quantity = 1, reason = "changed_mind" });

        Assert.NotNull(stored.Terms);
        Assert.Equal(10, stored.Terms.RestockingFeePercent);
        Assert.Equal(495, stored.Terms.ReturnPostage);
    }

    [Fact]
    public async Task CreateReturn_GermanCustomerOnlyARestockingFee_StoresNoTerms()
    {
        await PutPolicyAsync(new { restockingFeePercent = 10 });
        var order = await SeedDeliveredAsync(TimeSpan.FromDays(3));

        var stored = await CreatedAsync(order, new { sku = "TEE-BLK-M", quantity = 1, reason = "changed_mind" });

        Assert.Equal(0, stored.Terms?.RestockingFeePercent ?? 0);
        Assert.Equal(0, stored.Terms?.ReturnPostage ?? 0);
    }

    [Fact]
    public async Task CreateReturn_Line_KeepsTheOrdersTariffCodeAndOrigin()
    {
        var order = await SeedDeliveredAsync(TimeSpan.FromDays(3), o => o with
        {
            Lines = [.. o.Lines.Select(l => l.Sku == "TEE-BLK-M" ? l with { HsCode = "6109.10", OriginCountry = "TW" } : l)],
        });

        var stored = await CreatedAsync(order, new { sku = "tee-blk-m", quantity = 2, reason = "size_too_small" });

        var line = Assert.Single(stored.Lines);
        Assert.Equal("TEE-BLK-M", line.Sku);
        Assert.Equal("610910", line.HsCode);
        Assert.Equal("TW", line.OriginCountry);
        Assert.Null(line.BatteryCondition);
    }

    [Fact]
    public async Task CreateReturn_UnknownBatteryCondition_Returns400InTheCustomersLanguage()
    {
        var order = await SeedWithBatteryAsync(BatteryConditions.Intact);

        var english = await CreateAsync(order, new { sku = "PWR-BANK", quantity = 1, reason = "defective", batteryCondition = "broken" });
        var german = await CreateAsync(order, new { sku = "PWR-BANK", quantity = 1, reason = "defective", batteryCondition = "broken" }, acceptLanguage: "de");

        Assert.Equal(400, english.Status);
        Assert.Equal("batteryConditionInvalid", english.Json.GetProperty("code").GetString());
        Assert.Equal(English.Text("errors.batteryConditionInvalid", ("name", "Power bank")), english.Detail);
        Assert.Equal(400, german.Status);
        Assert.Equal(German.Text("errors.batteryConditionInvalid", ("name", "Power bank")), german.Detail);
        Assert.Empty(await _api.Get<IReturnStore>().ListByOrderAsync(order.OrderNumber));
        Assert.Empty(_api.Started);
    }

    [Fact]
    public async Task CreateReturn_CustomerReportsTheBatteryDamaged_TheirReportIsStored()
    {
        var order = await SeedWithBatteryAsync(BatteryConditions.Intact);

        var stored = await CreatedAsync(order, new { sku = "PWR-BANK", quantity = 1, reason = "defective", batteryCondition = "damaged" });

        var line = Assert.Single(stored.Lines);
        Assert.Equal(BatteryConditions.Damaged, line.BatteryCondition);
        Assert.Equal("850760", line.HsCode);
        Assert.Equal("CN", line.OriginCountry);
    }

    [Fact]
    public async Task Lookup_GreatBritainOnDay20_OffersOnlyTheFaultyReasonsAndAcceptsADefectiveReturn()
    {
        await PutPolicyAsync(new { defaultWindowDays = 7 });
        var order = await SeedDeliveredAsync(TimeSpan.FromDays(20), o => ShipTo(o, "GB", currency: "GBP"));

        var tee = Line(await LookupAsync(order), "TEE-BLK-M");
        var changedMind = await CreateAsync(order, new { sku = "TEE-BLK-M", quantity = 1, reason = "changed_mind" });
        var defective = await CreateAsync(order, new { sku = "TEE-BLK-M", quantity = 1, reason = "defective" });

        Assert.True(tee.GetProperty("eligible").GetBoolean());
        Assert.Equal(
            new[] { "damaged_in_transit", "defective", "not_as_described", "wrong_item" },
            tee.GetProperty("reasonsAllowed").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal));
        Assert.Contains(English.Text("eligibility.faultyOnly"), tee.GetProperty("eligibilityReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(400, changedMind.Status);
        Assert.Equal(202, defective.Status);
    }
}
