using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Returns.Adapters.Storage;
using Returns.Api;
using Returns.Api.Handlers;
using Returns.Functions;
using Returns.Functions.Http;
using Returns.Functions.Workflow;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Functions;

/// <summary>
/// The Azure host's [Function] triggers called directly with a mocked DurableTaskClient and mocked ports, over the
/// same service registrations the Functions Program uses (AddReturnsApp). No storage or Functions host is needed.
/// </summary>
public sealed class FunctionTriggerTests
{
    private const string AdminKey = "test-admin-key";
    private const string CarrierSecret = "test-carrier-secret";
    private const string ReturnId = "R-TEST-0001";

    private readonly Mock<IReturnStore> _returns = new(MockBehavior.Strict);
    private readonly Mock<DurableTaskClient> _client = new(MockBehavior.Strict, "test");
    private readonly Mock<TableServiceClient> _tables = new();
    private readonly Mock<BlobServiceClient> _blobs = new();

    [Fact]
    public async Task AdminDecision_ReturnAwaitingApproval_RaisesReturnEventAndAnswers202()
    {
        _returns.Setup(r => r.GetAsync(ReturnId, It.IsAny<CancellationToken>())).ReturnsAsync(Return(ReturnStages.AwaitingApproval));
        ReturnEvent? raised = null;
        _client.Setup(c => c.RaiseEventAsync(ReturnId, WorkflowEvents.ReturnEvent, It.IsAny<object?>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, object?, CancellationToken>((_, _, payload, _) => raised = payload as ReturnEvent)
            .Returns(Task.CompletedTask);

        var response = await RunAsync(sp => sp.GetRequiredService<AdminFunctions>().AdminDecision(
            Json("""{ "approve": true, "note": "fine" }""", AdminKey), _client.Object, ReturnId, CancellationToken.None));

        Assert.Equal(StatusCodes.Status202Accepted, response.Status);
        Assert.NotNull(raised);
        Assert.Equal(ReturnEventKinds.Decision, raised.Kind);
        Assert.True(raised.Approve);
        Assert.Equal("fine", raised.Note);
        _client.Verify(c => c.RaiseEventAsync(ReturnId, WorkflowEvents.ReturnEvent, It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AdminDecision_WithoutApiKey_Answers401AndTouchesNothing()
    {
        var response = await RunAsync(sp => sp.GetRequiredService<AdminFunctions>().AdminDecision(
            Json("""{ "approve": true }""", apiKey: null), _client.Object, ReturnId, CancellationToken.None));

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        _returns.VerifyNoOtherCalls();
        _client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AdminDecision_WrongApiKey_Answers401()
    {
        var response = await RunAsync(sp => sp.GetRequiredService<AdminFunctions>().AdminDecision(
            Json("""{ "approve": true }""", "not-the-key"), _client.Object, ReturnId, CancellationToken.None));

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Status);
        _client.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("label_issued")]
    [InlineData("awaiting_confirmation")]
    [InlineData("closed")]
    public async Task AdminDecision_ReturnInAnotherStage_Answers409WithoutRaisingAnEvent(string stage)
    {
        _returns.Setup(r => r.GetAsync(ReturnId, It.IsAny<CancellationToken>())).ReturnsAsync(Return(stage));

        var response = await RunAsync(sp => sp.GetRequiredService<AdminFunctions>().AdminDecision(
            Json("""{ "approve": false, "note": "no" }""", AdminKey), _client.Object, ReturnId, CancellationToken.None));

        Assert.Equal(StatusCodes.Status409Conflict, response.Status);
        Assert.Contains(stage, response.Body);
        _client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AdminDecision_MalformedJson_Answers400BeforeLoadingTheReturn()
    {
        var response = await RunAsync(sp => sp.GetRequiredService<AdminFunctions>().AdminDecision(
            Json("""{ "approve": tru""", AdminKey), _client.Object, ReturnId, CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, response.Status);
        _returns.VerifyNoOtherCalls();
        _client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AdminDecision_UnknownReturn_Answers404()
    {
        _returns.Setup(r => r.GetAsync(ReturnId, It.IsAny<CancellationToken>())).ReturnsAsync((ReturnRecord?)null);

        var response = await RunAsync(sp => sp.GetRequiredService<AdminFunctions>().AdminDecision(
            Json("""{ "approve": true }""", AdminKey), _client.Object, ReturnId, CancellationToken.None));

        Assert.Equal(StatusCodes.Status404NotFound, response.Status);
        _client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AdminInspection_BeforeReceipt_Answers409()
    {
        _returns.Setup(r => r.GetAsync(ReturnId, It.IsAny<CancellationToken>())).ReturnsAsync(Return(ReturnStages.InTransit));

        var response = await RunAsync(sp => sp.GetRequiredService<AdminFunctions>().AdminInspection(
            Json("""{ "lines": [ { "sku": "TEE-BLK-M", "quantity": 1, "grade": "A" } ] }""", AdminKey),
            _client.Object, ReturnId, CancellationToken.None));

        Assert.Equal(StatusCodes.Status409Conflict, response.Status);
        _client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GenericCarrierEvents_BadSignature_Answers401BeforeAnyStorageCall()
    {
        var body = """{ "eventId": "e-1", "trackingNumber": "1Z999", "code": "delivered", "occurredAt": "2025-01-01T00:00:00Z" }""";
        var request = Json(body, apiKey: null);
        request.Headers[CarrierHandlers.GenericSignatureHeader] = "sha256=" + new string('0', 64);

        var response = await RunAsync(sp => sp.GetRequiredService<CarrierFunctions>().GenericCarrierEvents(request, _client.Object, CancellationToken.None));

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Status);
        _returns.VerifyNoOtherCalls();
        _client.VerifyNoOtherCalls();
        _tables.VerifyNoOtherCalls();
        _blobs.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GenericCarrierEvents_MissingSignature_Answers401()
    {
        var response = await RunAsync(sp => sp.GetRequiredService<CarrierFunctions>().GenericCarrierEvents(
            Json("""{ "eventId": "e-1" }""", apiKey: null), _client.Object, CancellationToken.None));

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Status);
        _client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GenericCarrierEvents_SignedMalformedJson_Answers400()
    {
        const string body = """{ "eventId": "e-1", "trackingNumber": """;
        var request = Json(body, apiKey: null);
        request.Headers[CarrierHandlers.GenericSignatureHeader] = Sign(body);

        var response = await RunAsync(sp => sp.GetRequiredService<CarrierFunctions>().GenericCarrierEvents(request, _client.Object, CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, response.Status);
        _client.VerifyNoOtherCalls();
        _tables.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GenericCarrierEvents_SignedUnknownCode_Answers400()
    {
        const string body = """{ "eventId": "e-1", "trackingNumber": "1Z999", "code": "teleported", "occurredAt": "2025-01-01T00:00:00Z" }""";
        var request = Json(body, apiKey: null);
        request.Headers[CarrierHandlers.GenericSignatureHeader] = Sign(body);

        var response = await RunAsync(sp => sp.GetRequiredService<CarrierFunctions>().GenericCarrierEvents(request, _client.Object, CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, response.Status);
        Assert.Contains("code", response.Body);
    }

    [Fact]
    public async Task Health_StorageDown_Answers503WithoutAskingTheBackend()
    {
        _tables.Setup(t => t.QueryAsync(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<CancellationToken>()))
            .Throws(new RequestFailedException(503, "storage is down"));

        var response = await RunAsync(sp => sp.GetRequiredService<SystemFunctions>().Health(
            new DefaultHttpContext().Request, _client.Object, CancellationToken.None));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, response.Status);
        Assert.Contains("Storage", response.Body);
        _tables.Verify(t => t.QueryAsync(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<CancellationToken>()), Times.Once);
        _client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Health_DurableBackendDown_Answers503()
    {
        StorageAnswers();
        _client.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("no backend"));

        var response = await RunAsync(sp => sp.GetRequiredService<SystemFunctions>().Health(
            new DefaultHttpContext().Request, _client.Object, CancellationToken.None));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, response.Status);
        Assert.Contains("durable", response.Body);
    }

    [Fact]
    public async Task Health_StorageAndBackendAnswer_Answers200Ok()
    {
        StorageAnswers();
        _client.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OrchestrationMetadata?)null);

        var response = await RunAsync(sp => sp.GetRequiredService<SystemFunctions>().Health(
            new DefaultHttpContext().Request, _client.Object, CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task CreateReturn_MalformedJson_Answers400WithoutStartingAWorkflow()
    {
        var response = await RunAsync(sp => sp.GetRequiredService<PortalFunctions>().CreateReturn(
            Json("""{ "email": """, apiKey: null), _client.Object, CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        _client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task CreateReturn_NotJson_Answers415()
    {
        var request = Json("email=a@b.c", apiKey: null);
        request.ContentType = "application/x-www-form-urlencoded";

        var response = await RunAsync(sp => sp.GetRequiredService<PortalFunctions>().CreateReturn(request, _client.Object, CancellationToken.None));

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, response.Status);
        _client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ConfirmReturn_ForgedToken_Answers400Page()
    {
        var request = new DefaultHttpContext().Request;
        request.QueryString = new QueryString("?token=forged.token");

        var response = await RunAsync(sp => sp.GetRequiredService<PortalFunctions>().ConfirmReturn(request, _client.Object, CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, response.Status);
        Assert.StartsWith("text/html", response.ContentType);
        _client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task PutOrder_WithoutApiKey_Answers401()
    {
        var response = await RunAsync(sp => sp.GetRequiredService<ShopFunctions>().PutOrder(
            Json("""{ "orderNumber": "TW-1" }""", apiKey: null), CancellationToken.None));

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Status);
    }

    [Fact]
    public async Task AdminListReturns_UnknownStage_Answers400()
    {
        var request = Json("", AdminKey);
        request.Method = "GET";
        request.QueryString = new QueryString("?stage=lost_in_space");

        var response = await RunAsync(sp => sp.GetRequiredService<AdminFunctions>().AdminListReturns(request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, response.Status);
        _returns.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task OpenApi_Answers200WithTheDocument()
    {
        var response = await RunAsync(sp => Task.FromResult(sp.GetRequiredService<SystemFunctions>().OpenApi(new DefaultHttpContext().Request)));

        Assert.Equal(StatusCodes.Status200OK, response.Status);
        Assert.Equal("application/json", response.ContentType);
        using var json = JsonDocument.Parse(response.Body);
        Assert.True(json.RootElement.TryGetProperty("paths", out _));
    }

    [Fact]
    public async Task Pages_Answer200Html()
    {
        var portal = await RunAsync(_ => Task.FromResult(PageFunctions.PortalPage(new DefaultHttpContext().Request)));
        var admin = await RunAsync(_ => Task.FromResult(PageFunctions.MerchantPage(new DefaultHttpContext().Request)));

        Assert.Equal(StatusCodes.Status200OK, portal.Status);
        Assert.Equal(StatusCodes.Status200OK, admin.Status);
        Assert.StartsWith("text/html", portal.ContentType);
        Assert.StartsWith("text/html", admin.ContentType);
        Assert.Contains("<html", portal.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html", admin.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PageAssets_Answer200ScriptAndStyles_ThePagesLoad()
    {
        var script = await RunAsync(_ => Task.FromResult(PageFunctions.PageScript(new DefaultHttpContext().Request)));
        var style = await RunAsync(_ => Task.FromResult(PageFunctions.PageStyle(new DefaultHttpContext().Request)));
        var portal = await RunAsync(_ => Task.FromResult(PageFunctions.PortalPage(new DefaultHttpContext().Request)));

        Assert.Equal(StatusCodes.Status200OK, script.Status);
        Assert.Equal(StatusCodes.Status200OK, style.Status);
        Assert.Equal("text/javascript; charset=utf-8", script.ContentType);
        Assert.Equal("text/css; charset=utf-8", style.ContentType);
        Assert.Contains("window.ReturnsUI", script.Body, StringComparison.Ordinal);
        Assert.Contains(":root", style.Body, StringComparison.Ordinal);
        Assert.Contains("assets/returns-ui.js", portal.Body, StringComparison.Ordinal);
        Assert.Contains("assets/returns-ui.css", portal.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityFunction_ResolvesTheActivityFromTheInvocationServices_AndRunsIt()
    {
        var record = Return(ReturnStages.Approved) with { Sequence = 5 };
        _returns.Setup(r => r.GetAsync(ReturnId, It.IsAny<CancellationToken>())).ReturnsAsync(record);
        await using var services = BuildServices();
        var context = ActivityContext(services, nameof(RecordReturnStage), ReturnId);

        // An already-applied sequence number with no stage change: the activity reads the return and writes nothing.
        var done = await ReturnActivityFunctions.RunRecordReturnStage(
            new StageChange(ReturnId, 4, ReturnStages.Approved, DateTimeOffset.UnixEpoch, StageChanged: false), context);

        Assert.True(done);
        _returns.Verify(r => r.GetAsync(ReturnId, It.IsAny<CancellationToken>()), Times.Once);
        _returns.VerifyNoOtherCalls();
    }

    [Fact]
    public void FunctionActivityContext_TakesNameAndInstanceIdFromTheInvocation()
    {
        using var services = new ServiceCollection().BuildServiceProvider();

        var context = FunctionActivityContext.From(ActivityContext(services, nameof(IssueReturnLabel), ReturnId));

        Assert.Equal(nameof(IssueReturnLabel), context.Name.Name);
        Assert.Equal(ReturnId, context.InstanceId);
    }

    [Theory]
    [InlineData(null, "http://localhost:7071")]
    [InlineData("", "http://localhost:7071")]
    [InlineData("returns-app.azurewebsites.net", "https://returns-app.azurewebsites.net")]
    public void PublicBaseUrl_FollowsWebsiteHostname(string? hostname, string expected)
    {
        Assert.Equal(expected, PublicBaseUrl.From(hostname));
    }

    private sealed record Response(int Status, string Body, string? ContentType);

    /// <summary>Runs one trigger against the shared registrations and executes its IResult as the ASP.NET Core integration does.</summary>
    private async Task<Response> RunAsync(Func<IServiceProvider, Task<IResult>> trigger)
    {
        await using var services = BuildServices();
        var result = await trigger(services);

        var http = new DefaultHttpContext { RequestServices = services };
        http.Response.Body = new MemoryStream();
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        using var reader = new StreamReader(http.Response.Body);
        return new Response(http.Response.StatusCode, await reader.ReadToEndAsync(), http.Response.ContentType);
    }

    private ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RETURNS_STORAGE"] = "UseDevelopmentStorage=true",
            ["RETURNS_ADMIN_API_KEY"] = AdminKey,
            ["RETURNS_ACTION_SETTLE_TIMEOUT"] = "00:00:00",
            ["RETURNS_LINK_SIGNING_KEY"] = "test-link-signing-key-test-link-signing-key",
            ["RETURNS_CARRIER_WEBHOOK_SECRET"] = CarrierSecret,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReturnsApp(configuration, PublicBaseUrl.LocalDefault);
        services.AddSingleton(_returns.Object);
        services.AddSingleton(new ReturnsStorage(_tables.Object, _blobs.Object));
        services.AddSingleton<SystemFunctions>();
        services.AddSingleton<ShopFunctions>();
        services.AddSingleton<PortalFunctions>();
        services.AddSingleton<CarrierFunctions>();
        services.AddSingleton<AdminFunctions>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private void StorageAnswers()
    {
        _tables.Setup(t => t.QueryAsync(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<CancellationToken>()))
            .Returns(Azure.AsyncPageable<TableItem>.FromPages([Azure.Page<TableItem>.FromValues([], null, Mock.Of<Azure.Response>())]));
        _blobs.Setup(b => b.GetBlobContainersAsync(It.IsAny<BlobContainerTraits>(), It.IsAny<BlobContainerStates>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(Azure.AsyncPageable<BlobContainerItem>.FromPages([Azure.Page<BlobContainerItem>.FromValues([], null, Mock.Of<Azure.Response>())]));
    }

    private static FunctionContext ActivityContext(IServiceProvider services, string name, string instanceId)
    {
        var definition = new Mock<FunctionDefinition>();
        definition.SetupGet(d => d.Name).Returns(name);
        var binding = new Mock<BindingContext>();
        binding.SetupGet(b => b.BindingData).Returns(new Dictionary<string, object?> { [FunctionActivityContext.InstanceIdBindingData] = instanceId });
        var context = new Mock<FunctionContext>();
        context.SetupGet(c => c.FunctionDefinition).Returns(definition.Object);
        context.SetupGet(c => c.BindingContext).Returns(binding.Object);
        context.SetupGet(c => c.InstanceServices).Returns(services);
        return context.Object;
    }

    private static HttpRequest Json(string body, string? apiKey)
    {
        var http = new DefaultHttpContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.ContentLength = bytes.Length;
        http.Request.Body = new MemoryStream(bytes);
        if (apiKey is not null)
            http.Request.Headers["x-api-key"] = apiKey;
        return http.Request;
    }

    private static string Sign(string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(CarrierSecret), Encoding.UTF8.GetBytes(body)));

    private static ReturnRecord Return(string stage) => new(
        ReturnId, "TW-1001", "anna@example.de", "Anna Schmidt", "de-DE", "EUR", "refund",
        [new ReturnLine("TEE-BLK-M", "Tee black M", 1, 2500, "size_too_small")],
        stage, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "TW", "DE") { Sequence = 3 }; // past its first steps: the workflow runs
}
