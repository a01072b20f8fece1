using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Moq;
using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Api;

public sealed class PortalHandlersTests : IDisposable
{
    private readonly ApiHarness _api = new();

    /// <summary>Delivered to Colorado, where no statutory right applies: the shop's final-sale rule holds.</summary>
    private static Order ToUnitedStates(Order o) => o with { ShipTo = o.ShipTo with { Country = "US", Region = "CO" } };

    private const string NotFoundOrder = "We could not find an order with this order number and email address.";
    private const string NotFoundReturn = "We could not find a return with this number and email address.";

    private PortalHandlers Handlers => _api.Get<PortalHandlers>();

    public void Dispose() => _api.Dispose();

    // The seeded order is German; these tests read the English answers, as a browser set to English would get.
    private Task<ApiResponse> LookupAsync(object body, IPAddress? ip = null, string acceptLanguage = "en")
    {
        var context = _api.Json("POST", body, ip: ip, acceptLanguage: acceptLanguage);
        return ApiHarness.RunAsync(context, Handlers.LookupAsync(context.Request, CancellationToken.None));
    }

    private Task<ApiResponse> CreateAsync(object body, string acceptLanguage = "en")
    {
        var context = _api.Json("POST", body, acceptLanguage: acceptLanguage);
        return ApiHarness.RunAsync(context, Handlers.CreateReturnAsync(context.Request, _api.Client, CancellationToken.None));
    }

    private Task<ApiResponse> GetReturnAsync(string returnId, string? email)
    {
        var context = _api.Context(query: email is null ? null : "?email=" + Uri.EscapeDataString(email));
        return ApiHarness.RunAsync(context, _api.Get<TrackingHandlers>().GetReturnAsync(context.Request, returnId, CancellationToken.None));
    }

    private static object ReturnBody(Order order, string sku = "TEE-BLK-M", int quantity = 1, string reason = "size_too_small", string email = "anna@example.de") => new
    {
        email,
        orderNumber = order.OrderNumber,
        locale = "de-DE",
        lines = new[] { new { sku, quantity, reason, comment = "too tight" } },
        resolution = "refund",
    };

    // ---- lookup ---------------------------------------------------------------------------

    [Fact]
    public async Task Lookup_RightEmailAndOrder_Returns200WithMaskedAddressAndEligibility()
    {
        var order = await _api.SeedOrderAsync();

        var response = await LookupAsync(new { email = " ANNA@example.de ", orderNumber = "#" + order.OrderNumber.ToLowerInvariant() });

        Assert.Equal(200, response.Status);
        var json = response.Json;
        Assert.Equal(order.OrderNumber, json.GetProperty("orderNumber").GetString());
        var shipTo = json.GetProperty("shipTo");
        Assert.Equal("A*** S******", shipTo.GetProperty("name").GetString());
        Assert.Equal("I************ 1", shipTo.GetProperty("line1").GetString());
        Assert.Equal("10***", shipTo.GetProperty("postalCode").GetString());
        Assert.Equal("DE", shipTo.GetProperty("country").GetString());
        Assert.DoesNotContain("Invalidenstr", response.Body);
        Assert.DoesNotContain("10115", response.Body);

        var lines = json.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("sku").GetString()!);
        var tee = lines["TEE-BLK-M"];
        Assert.True(tee.GetProperty("eligible").GetBoolean());
        Assert.Equal(2, tee.GetProperty("returnableQuantity").GetInt32());
        Assert.Equal(JsonValueKind.Null, tee.GetProperty("ineligibleReason").ValueKind);
        Assert.Equal(order.DeliveredAt!.Value.AddDays(30), tee.GetProperty("returnWindowEndsAt").GetDateTimeOffset());
        // Final sale under the shop's policy, but the German right of withdrawal still covers it.
        var cap = lines["CAP-RED"];
        Assert.True(cap.GetProperty("eligible").GetBoolean());
        Assert.Equal("law", cap.GetProperty("basis").GetString());
        Assert.Equal("DE", cap.GetProperty("law").GetProperty("market").GetString());

        Assert.Equal(30, json.GetProperty("policy").GetProperty("windowDays").GetInt32());
        Assert.Equal(["refund", "storeCredit", "exchange"], json.GetProperty("resolutions").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Lookup_AfterAReturn_ReducesTheReturnableQuantity()
    {
        var order = await _api.SeedOrderAsync();
        Assert.Equal(202, (await CreateAsync(ReturnBody(order))).Status);

        var response = await LookupAsync(new { email = "anna@example.de", orderNumber = order.OrderNumber });

        var tee = response.Json.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("sku").GetString() == "TEE-BLK-M");
        Assert.Equal(1, tee.GetProperty("returnableQuantity").GetInt32());
        Assert.Single(response.Json.GetProperty("returns").EnumerateArray());
    }

    [Fact]
    public async Task Lookup_WrongEmailOrUnknownOrder_SameProblem404()
    {
        var order = await _api.SeedOrderAsync();

        var wrongEmail = await LookupAsync(new { email = "mallory@example.de", orderNumber = order.OrderNumber });
        var unknownOrder = await LookupAsync(new { email = "anna@example.de", orderNumber = ApiHarness.NewOrderNumber() });

        Assert.Equal(404, wrongEmail.Status);
        Assert.Equal(404, unknownOrder.Status);
        Assert.Equal(NotFoundOrder, wrongEmail.Detail);
        Assert.Equal(wrongEmail.Detail, unknownOrder.Detail);
        Assert.Equal(wrongEmail.ContentType, unknownOrder.ContentType);
        Assert.Equal(wrongEmail.Json.GetProperty("title").GetString(), unknownOrder.Json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Lookup_MissingEmail_Returns400()
    {
        var response = await LookupAsync(new { orderNumber = "TW-1" });

        Assert.Equal(400, response.Status);
        Assert.Contains("email", response.Detail);
    }

    [Fact]
    public async Task Lookup_RepeatedFailuresFromOneClient_Returns429EvenForTheRightAnswer()
    {
        var order = await _api.SeedOrderAsync();
        var ip = ApiHarness.RandomIp();
        for (var i = 0; i < ApiHarness.LookupFailureLimit; i++)
            Assert.Equal(404, (await LookupAsync(new { email = $"guess{i}@example.de", orderNumber = order.OrderNumber }, ip)).Status);

        var blocked = await LookupAsync(new { email = "anna@example.de", orderNumber = order.OrderNumber }, ip);
        var otherClient = await LookupAsync(new { email = "anna@example.de", orderNumber = order.OrderNumber }, ApiHarness.RandomIp());

        Assert.Equal(429, blocked.Status);
        Assert.Contains("Too many", blocked.Detail);
        Assert.Equal(200, otherClient.Status);
    }

    [Fact]
    public async Task Lookup_ManyClientsGuessingOneOrder_GetsThatOrderNumber429()
    {
        var order = await _api.SeedOrderAsync();
        for (var i = 0; i < ApiHarness.LookupFailureLimit * 2; i++)
            Assert.Equal(404, (await LookupAsync(new { email = $"guess{i}@example.de", orderNumber = order.OrderNumber }, ApiHarness.RandomIp())).Status);

        var next = await LookupAsync(new { email = "anna@example.de", orderNumber = "#" + order.OrderNumber.ToLowerInvariant() }, ApiHarness.RandomIp());

        Assert.Equal(429, next.Status);
        Assert.Equal("tooManyAttempts", next.Json.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("ja", "この注文番号とメールアドレス")]
    [InlineData("zh-TW", "找不到符合此訂單編號與電子郵件地址的訂單")]
    [InlineData("de-DE,de;q=0.9", "Bestell")]
    public async Task Lookup_WrongEmail_AnswersInTheBrowsersLanguage(string acceptLanguage, string expected)
    {
        var order = await _api.SeedOrderAsync();

        var response = await LookupAsync(new { email = "nobody@example.de", orderNumber = order.OrderNumber }, acceptLanguage: acceptLanguage);

        Assert.Equal(404, response.Status);
        Assert.Contains(expected, response.Detail, StringComparison.Ordinal);
        Assert.Equal("orderNotFound", response.Json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Lookup_IneligibleLine_ExplainsWhyInTheCustomersLanguage()
    {
        var order = await _api.SeedOrderAsync(ToUnitedStates);

        var response = await LookupAsync(new { email = "anna@example.de", orderNumber = order.OrderNumber }, acceptLanguage: "ko-KR");

        var cap = response.Json.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("sku").GetString() == "CAP-RED");
        Assert.Equal("finalSale", cap.GetProperty("ineligibleCode").GetString());
        Assert.Equal(CustomerLanguages.Default.For("ko").Text("eligibility.finalSale"), cap.GetProperty("ineligibleReason").GetString());
    }

    [Fact]
    public async Task CreateReturn_LinesWithDifferentResolutions_IsMixedAndKeepsEachLinesChoiceAndVariant()
    {
        var order = await _api.SeedOrderAsync(o => o with
        {
            Lines =
            [
                .. o.Lines.Select(l => l.Sku == "TEE-BLK-M" ? l with { Variants = [new OrderVariant("TEE-BLK-L", "Tee black L"), new OrderVariant("TEE-BLK-XL", "Tee black XL", InStock: false)] } : l),
                new OrderLine("HOODIE-GRY-L", "Hoodie grey L", 1, 6900),
            ],
        });
        const string hoodie = "HOODIE-GRY-L";
        object Body(string variant) => new
        {
            email = "anna@example.de",
            orderNumber = order.OrderNumber,
            lines = new object[]
            {
                new { sku = "TEE-BLK-M", quantity = 1, reason = "size_too_small", resolution = "exchange", exchangeSku = variant },
                new { sku = hoodie, quantity = 1, reason = "changed_mind", resolution = "storeCredit" },
            },
        };

        var soldOut = await CreateAsync(Body("TEE-BLK-XL"));
        var created = await CreateAsync(Body("tee-blk-l"));

        Assert.Equal(400, soldOut.Status);
        Assert.Equal("exchangeSkuInvalid", soldOut.Json.GetProperty("code").GetString());
        Assert.Equal(202, created.Status);
        var stored = await _api.Get<IReturnStore>().GetAsync(created.Json.GetProperty("returnId").GetString()!);
        Assert.Equal(Resolutions.Mixed, stored!.Resolution);
        Assert.Equal(("exchange", "TEE-BLK-L"), (stored.Lines[0].Resolution, stored.Lines[0].ExchangeSku));
        Assert.Equal("storeCredit", stored.Lines[1].Resolution);
        var input = Assert.IsType<ReturnWorkflowInput>(Assert.Single(_api.Started).Input);
        Assert.Equal(["storeCredit", "exchange"], input.Settlements);
    }

    // ---- create ---------------------------------------------------------------------------

    [Fact]
    public async Task CreateReturn_ValidRequest_Returns202AndStartsTheWorkflowUnderTheReturnId()
    {
        var order = await _api.SeedOrderAsync();

        var response = await CreateAsync(ReturnBody(order));

        Assert.Equal(202, response.Status);
        var returnId = response.Json.GetProperty("returnId").GetString()!;
        Assert.Matches("^RT-[0-9A-Z]{8}$", returnId);
        Assert.Equal(ReturnStages.AwaitingConfirmation, response.Json.GetProperty("stage").GetString());
        Assert.StartsWith($"http://test.local/api/returns/{returnId}?token=", response.Json.GetProperty("statusUrl").GetString(), StringComparison.Ordinal);
        Assert.StartsWith($"http://test.local/portal?return={returnId}&token=", response.Json.GetProperty("trackingUrl").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("anna", response.Body, StringComparison.OrdinalIgnoreCase);
        var started = Assert.Single(_api.Started);
        Assert.Equal(nameof(ReturnOrchestrator), started.Name);
        Assert.Equal(returnId, started.InstanceId);
        var input = Assert.IsType<ReturnWorkflowInput>(started.Input);
        Assert.Equal(returnId, input.ReturnId);
        var stored = await _api.Get<IReturnStore>().GetAsync(returnId);
        Assert.NotNull(stored);
        Assert.Equal(2500, Assert.Single(stored.Lines).UnitPrice);
        Assert.Equal("too tight", stored.Lines[0].Comment);
    }

    [Fact]
    public async Task CreateReturn_SameRequestAgain_ReturnsTheSameReturnIdAndStartsNoSecondWorkflow()
    {
        var order = await _api.SeedOrderAsync();
        var first = await CreateAsync(ReturnBody(order));

        var second = await CreateAsync(ReturnBody(order, email: "Anna@Example.de"));

        Assert.Equal(202, second.Status);
        Assert.Equal(first.Json.GetProperty("returnId").GetString(), second.Json.GetProperty("returnId").GetString());
        Assert.Single(_api.Started);
        _api.Durable.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<Microsoft.DurableTask.TaskName>(), It.IsAny<object?>(),
            It.IsAny<Microsoft.DurableTask.StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Single(await _api.Get<IReturnStore>().ListByOrderAsync(order.OrderNumber));
    }

    [Fact]
    public async Task CreateReturn_SameRequestWhileNoWorkflowInstanceExists_StartsItForTheExistingReturn()
    {
        var order = await _api.SeedOrderAsync();
        var returnId = (await CreateAsync(ReturnBody(order))).Json.GetProperty("returnId").GetString()!;
        _api.SetInstanceExists(returnId, false); // e.g. the first start was lost

        var second = await CreateAsync(ReturnBody(order));

        Assert.Equal(returnId, second.Json.GetProperty("returnId").GetString());
        Assert.Equal([returnId, returnId], _api.Started.Select(s => s.InstanceId));
    }

    [Fact]
    public async Task CreateReturn_SameLinesWithAnotherResolution_ReturnsTheExistingReturn()
    {
        var order = await _api.SeedOrderAsync();
        var first = await CreateAsync(ReturnBody(order));

        var second = await CreateAsync(new
        {
            email = "anna@example.de",
            orderNumber = order.OrderNumber,
            lines = new[] { new { sku = "tee-blk-m", quantity = 1, reason = "defective" } },
            resolution = "storeCredit",
        });

        Assert.Equal(202, second.Status);
        Assert.Equal(first.Json.GetProperty("returnId").GetString(), second.Json.GetProperty("returnId").GetString());
        Assert.Single(await _api.Get<IReturnStore>().ListByOrderAsync(order.OrderNumber));
    }

    [Theory]
    [InlineData("TEE-BLK-M", 1, "because", "Choose a reason for returning Tee black M.")]
    [InlineData("NOPE-123", 1, "defective", "Item NOPE-123 is not part of this order.")]
    [InlineData("TEE-BLK-M", 3, "defective", "At most 2 of Tee black M can be returned.")]
    [InlineData("TEE-BLK-M", 0, "defective", "Choose how many units of Tee black M to return (at least 1).")]
    [InlineData("CAP-RED", 1, "defective", "cannot be returned: This item was sold as final sale and cannot be returned.")]
    public async Task CreateReturn_InvalidLine_Returns400AndCreatesNothing(string sku, int quantity, string reason, string expected)
    {
        var order = await _api.SeedOrderAsync(ToUnitedStates);

        var response = await CreateAsync(ReturnBody(order, sku, quantity, reason));

        Assert.Equal(400, response.Status);
        Assert.Contains(expected, response.Detail);
        Assert.Empty(_api.Started);
        Assert.Empty(await _api.Get<IReturnStore>().ListByOrderAsync(order.OrderNumber));
    }

    [Fact]
    public async Task CreateReturn_QuantityAboveWhatIsStillReturnable_Returns400()
    {
        var order = await _api.SeedOrderAsync();
        Assert.Equal(202, (await CreateAsync(ReturnBody(order, quantity: 1))).Status);

        var response = await CreateAsync(ReturnBody(order, quantity: 2));

        Assert.Equal(400, response.Status);
        Assert.Equal("At most 1 of Tee black M can be returned.", response.Detail);
    }

    [Fact]
    public async Task CreateReturn_UnknownResolution_Returns400()
    {
        var order = await _api.SeedOrderAsync();

        var response = await CreateAsync(new { email = "anna@example.de", orderNumber = order.OrderNumber, lines = new[] { new { sku = "TEE-BLK-M", quantity = 1, reason = "defective" } }, resolution = "cash" });

        Assert.Equal(400, response.Status);
        Assert.Equal("Choose a refund, store credit or an exchange.", response.Detail);
        Assert.Equal("resolutionInvalid", response.Json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task CreateReturn_WrongEmail_Returns404AndCreatesNothing()
    {
        var order = await _api.SeedOrderAsync();

        var response = await CreateAsync(ReturnBody(order, email: "mallory@example.de"));

        Assert.Equal(404, response.Status);
        Assert.Equal(NotFoundOrder, response.Detail);
        Assert.Empty(_api.Started);
    }

    // ---- status ---------------------------------------------------------------------------

    [Fact]
    public async Task GetReturn_MatchingEmail_Returns200WithStatus()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued, "RA" + Adapters.AzuriteStorage.Unique(), r => r with
        {
            Timeline = [new TimelineEntry(ReturnStages.AwaitingConfirmation, r.CreatedAt), new TimelineEntry(ReturnStages.LabelIssued, r.CreatedAt.AddHours(1), "label")],
            Documents = ["label"],
        });

        var response = await GetReturnAsync(record.ReturnId, "ANNA@example.de");

        Assert.Equal(200, response.Status);
        var json = response.Json;
        Assert.Equal(record.ReturnId, json.GetProperty("returnId").GetString());
        Assert.Equal(ReturnStages.LabelIssued, json.GetProperty("stage").GetString());
        Assert.Equal(2, json.GetProperty("timeline").GetArrayLength());
        Assert.Equal(record.Label!.TrackingNumber, json.GetProperty("label").GetProperty("trackingNumber").GetString());
        Assert.Equal("label", json.GetProperty("documents")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task GetReturn_EmailMismatchOrMissing_Returns404()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingConfirmation);

        var wrong = await GetReturnAsync(record.ReturnId, "mallory@example.de");
        var missing = await GetReturnAsync(record.ReturnId, null);
        var unknown = await GetReturnAsync(Adapters.AdapterSamples.NewReturnId(), "anna@example.de");

        Assert.All(new[] { wrong, missing, unknown }, r =>
        {
            Assert.Equal(404, r.Status);
            Assert.Equal(NotFoundReturn, r.Detail);
        });
        Assert.DoesNotContain(record.Email, wrong.Body);
    }
}
