using Microsoft.AspNetCore.Http;
using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Tests.Adapters;

namespace Returns.Tests.Api;

public sealed class AdminHandlersTests : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    private AdminHandlers Handlers => _api.Get<AdminHandlers>();

    private Task<ApiResponse> DecideAsync(string returnId, object body, bool adminKey = true)
    {
        var context = _api.Json("POST", body, adminKey: adminKey);
        return ApiHarness.RunAsync(context, Handlers.DecideAsync(context.Request, _api.Client, returnId, CancellationToken.None));
    }

    private Task<ApiResponse> ReceiptAsync(string returnId, object body, bool adminKey = true)
    {
        var context = _api.Json("POST", body, adminKey: adminKey);
        return ApiHarness.RunAsync(context, Handlers.RecordReceiptAsync(context.Request, _api.Client, returnId, CancellationToken.None));
    }

    private Task<ApiResponse> InspectAsync(string returnId, object body, bool adminKey = true)
    {
        var context = _api.Json("POST", body, adminKey: adminKey);
        return ApiHarness.RunAsync(context, Handlers.RecordInspectionAsync(context.Request, _api.Client, returnId, CancellationToken.None));
    }

    private static object Receipt(string sku = "TEE-BLK-M", int quantity = 2) =>
        new { location = "Hub Frankfurt", lines = new[] { new { sku, quantity } } };

    private static object Inspection(string sku = "TEE-BLK-M", int quantity = 2, string grade = "B") =>
        new { lines = new[] { new { sku, quantity, grade, notes = " opened " } } };

    // ---- 401 / 404 ------------------------------------------------------------------------

    [Fact]
    public async Task AdminActions_WithoutApiKey_Return401AndRaiseNothing()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingApproval);

        var responses = new[]
        {
            await DecideAsync(record.ReturnId, new { approve = true }, adminKey: false),
            await ReceiptAsync(record.ReturnId, Receipt(), adminKey: false),
            await InspectAsync(record.ReturnId, Inspection(), adminKey: false),
        };

        Assert.All(responses, r =>
        {
            Assert.Equal(401, r.Status);
            Assert.Contains("x-api-key", r.Detail);
        });
        Assert.Empty(_api.Raised);
    }

    [Fact]
    public async Task AdminActions_UnknownReturn_Return404()
    {
        var returnId = AdapterSamples.NewReturnId();

        var responses = new[]
        {
            await DecideAsync(returnId, new { approve = true }),
            await ReceiptAsync(returnId, Receipt()),
            await InspectAsync(returnId, Inspection()),
        };

        Assert.All(responses, r =>
        {
            Assert.Equal(404, r.Status);
            Assert.Equal($"There is no return with id {returnId}.", r.Detail);
        });
        Assert.Empty(_api.Raised);
    }

    [Fact]
    public async Task AdminAction_MalformedJson_Returns400()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingApproval);
        var context = _api.Context("POST", "{ approve: yes", adminKey: true);

        var response = await ApiHarness.RunAsync(context, Handlers.DecideAsync(context.Request, _api.Client, record.ReturnId, CancellationToken.None));

        Assert.Equal(400, response.Status);
        Assert.Contains("JSON", response.Detail);
        Assert.Empty(_api.Raised);
    }

    // ---- decision -------------------------------------------------------------------------

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Decision_AwaitingApproval_Returns202AndRaisesTheDecision(bool approve)
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingApproval);

        var response = await DecideAsync(record.ReturnId, new { approve, note = "  checked photos " });

        Assert.Equal(202, response.Status);
        Assert.Equal(record.ReturnId, response.Json.GetProperty("returnId").GetString());
        var raised = Assert.Single(_api.RaisedFor(record.ReturnId));
        Assert.Equal(ReturnEventKinds.Decision, raised.Kind);
        Assert.Equal(approve, raised.Approve);
        Assert.Equal("checked photos", raised.Note);
    }

    [Fact]
    public async Task Decision_MissingApprove_Returns400()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingApproval);

        var response = await DecideAsync(record.ReturnId, new { note = "?" });

        Assert.Equal(400, response.Status);
        Assert.Contains("approve", response.Detail);
        Assert.Empty(_api.Raised);
    }

    [Theory]
    [InlineData(ReturnStages.AwaitingConfirmation)]
    [InlineData(ReturnStages.Approved)]
    [InlineData(ReturnStages.Rejected)]
    public async Task Decision_NotAwaitingApproval_Returns409(string stage)
    {
        var record = await _api.SeedReturnAsync(stage);

        var response = await DecideAsync(record.ReturnId, new { approve = true });

        Assert.Equal(409, response.Status);
        Assert.Contains($"is {stage}", response.Detail);
        Assert.Empty(_api.Raised);
    }

    // ---- receipt --------------------------------------------------------------------------

    [Theory]
    [InlineData(ReturnStages.LabelIssued)]
    [InlineData(ReturnStages.InTransit)]
    [InlineData(ReturnStages.CustomsHold)]
    public async Task Receipt_ParcelOnItsWay_Returns202AndRaisesTheReceipt(string stage)
    {
        var record = await _api.SeedReturnAsync(stage);

        var response = await ReceiptAsync(record.ReturnId, new { location = " Hub Frankfurt ", lines = new[] { new { sku = "tee-blk-m", quantity = 1 } } });

        Assert.Equal(202, response.Status);
        var raised = Assert.Single(_api.RaisedFor(record.ReturnId));
        Assert.Equal(ReturnEventKinds.Receipt, raised.Kind);
        Assert.Equal("Hub Frankfurt", raised.Receipt!.Location);
        Assert.Equal([new ReceivedLine("TEE-BLK-M", 1)], raised.Receipt.Lines);
    }

    [Fact]
    public async Task Receipt_DeliveredButNotYetRecorded_IsAccepted()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.Received);

        var response = await ReceiptAsync(record.ReturnId, Receipt());

        Assert.Equal(202, response.Status);
        Assert.Single(_api.RaisedFor(record.ReturnId));
    }

    [Theory]
    [InlineData(ReturnStages.AwaitingApproval)]
    [InlineData(ReturnStages.Inspected)]
    [InlineData(ReturnStages.Closed)]
    public async Task Receipt_NotAwaitingTheParcel_Returns409(string stage)
    {
        var record = await _api.SeedReturnAsync(stage);

        var response = await ReceiptAsync(record.ReturnId, Receipt());

        Assert.Equal(409, response.Status);
        Assert.Contains("a receipt can only be recorded while the parcel is on its way", response.Detail);
        Assert.Empty(_api.Raised);
    }

    [Fact]
    public async Task Receipt_AlreadyRecorded_Returns409()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.Received, change: r => r with
        {
            Receipt = new ReceiptDetails("Hub", [new ReceivedLine("TEE-BLK-M", 2)], DateTimeOffset.UtcNow),
        });

        var response = await ReceiptAsync(record.ReturnId, Receipt());

        Assert.Equal(409, response.Status);
    }

    [Theory]
    [InlineData("NOPE-1", 1, "NOPE-1 is not part of return")]
    [InlineData("TEE-BLK-M", 3, "TEE-BLK-M: only 2 were announced.")]
    [InlineData("TEE-BLK-M", 0, "TEE-BLK-M: quantity must be at least 1.")]
    public async Task Receipt_BadLine_Returns400(string sku, int quantity, string expected)
    {
        var record = await _api.SeedReturnAsync(ReturnStages.InTransit);

        var response = await ReceiptAsync(record.ReturnId, Receipt(sku, quantity));

        Assert.Equal(400, response.Status);
        Assert.Contains(expected, response.Detail);
        Assert.Empty(_api.Raised);
    }

    [Fact]
    public async Task Receipt_MissingLocation_Returns400()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.InTransit);

        var response = await ReceiptAsync(record.ReturnId, new { lines = new[] { new { sku = "TEE-BLK-M", quantity = 1 } } });

        Assert.Equal(400, response.Status);
        Assert.Contains("location is required", response.Detail);
    }

    // ---- inspection -----------------------------------------------------------------------

    [Fact]
    public async Task Inspection_AfterReceipt_Returns202AndRaisesTheInspection()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.Received);

        var response = await InspectAsync(record.ReturnId, new
        {
            lines = new[]
            {
                new { sku = "TEE-BLK-M", quantity = 1, grade = "A", notes = (string?)null },
                new { sku = "TEE-BLK-M", quantity = 1, grade = "C", notes = (string?)" seam torn " },
            },
        });

        Assert.Equal(202, response.Status);
        var raised = Assert.Single(_api.RaisedFor(record.ReturnId));
        Assert.Equal(ReturnEventKinds.Inspection, raised.Kind);
        Assert.Equal([new InspectedLine("TEE-BLK-M", 1, "A"), new InspectedLine("TEE-BLK-M", 1, "C", "seam torn")], raised.Inspection);
    }

    [Theory]
    [InlineData(ReturnStages.LabelIssued)]
    [InlineData(ReturnStages.InTransit)]
    [InlineData(ReturnStages.Inspected)]
    public async Task Inspection_NotReceived_Returns409(string stage)
    {
        var record = await _api.SeedReturnAsync(stage);

        var response = await InspectAsync(record.ReturnId, Inspection());

        Assert.Equal(409, response.Status);
        Assert.Equal($"Return {record.ReturnId} is {stage}: an inspection can only be recorded after the parcel was received.", response.Detail);
        Assert.Empty(_api.Raised);
    }

    [Theory]
    [InlineData("TEE-BLK-M", 1, "E", "grade must be one of A, B, C, D")]
    [InlineData("TEE-BLK-M", 1, "a", "grade must be one of A, B, C, D")]
    [InlineData("CAP-RED", 1, "A", "CAP-RED is not part of return")]
    [InlineData("TEE-BLK-M", 3, "A", "TEE-BLK-M: only 2 were announced.")]
    public async Task Inspection_BadLine_Returns400(string sku, int quantity, string grade, string expected)
    {
        var record = await _api.SeedReturnAsync(ReturnStages.Received);

        var response = await InspectAsync(record.ReturnId, Inspection(sku, quantity, grade));

        Assert.Equal(400, response.Status);
        Assert.Contains(expected, response.Detail);
        Assert.Empty(_api.Raised);
    }

    [Fact]
    public async Task Inspection_SplitLinesAboveTheAnnouncedQuantity_Returns400()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.Received);

        var response = await InspectAsync(record.ReturnId, new
        {
            lines = new[] { new { sku = "TEE-BLK-M", quantity = 2, grade = "A" }, new { sku = "tee-blk-m", quantity = 1, grade = "D" } },
        });

        Assert.Equal(400, response.Status);
        Assert.Equal("TEE-BLK-M: more units inspected than the 2 announced.", response.Detail);
        Assert.Empty(_api.Raised);
    }

    // ---- list -----------------------------------------------------------------------------

    [Fact]
    public async Task List_WithKeyAndQuery_Returns200WithTheMatchingReturn()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.Received);
        var context = _api.Context(query: $"?stage=received&q={record.OrderNumber}", adminKey: true);

        var response = await ApiHarness.RunAsync(context, Handlers.ListAsync(context.Request, CancellationToken.None));

        Assert.Equal(200, response.Status);
        var item = Assert.Single(response.Json.GetProperty("items").EnumerateArray());
        Assert.Equal(record.ReturnId, item.GetProperty("returnId").GetString());
        Assert.Equal(1, response.Json.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?stage=lost", 400)]
    [InlineData("?page=0", 400)]
    [InlineData("?page=abc", 400)]
    public async Task List_BadQuery_Returns400(string query, int status)
    {
        HttpContext context = _api.Context(query: query, adminKey: true);

        var response = await ApiHarness.RunAsync(context, Handlers.ListAsync(context.Request, CancellationToken.None));

        Assert.Equal(status, response.Status);
        Assert.NotEmpty(response.Detail);
    }

    [Fact]
    public async Task Receipt_Flags_EmptyBoxWithoutLinesIsAccepted_UnknownFlagOrLinesInAnEmptyBoxAre400()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.InTransit);

        var unknown = await ReceiptAsync(record.ReturnId, new { location = "Hub", lines = Array.Empty<object>(), flags = new[] { "soggy" } });
        var emptyWithLines = await ReceiptAsync(record.ReturnId, new { location = "Hub", lines = new[] { new { sku = "TEE-BLK-M", quantity = 1 } }, flags = new[] { "empty_box" } });
        var empty = await ReceiptAsync(record.ReturnId, new { location = "Hub", flags = new[] { "empty_box" }, note = "only packing paper" });

        Assert.Equal(400, unknown.Status);
        Assert.Equal(400, emptyWithLines.Status);
        Assert.Equal(202, empty.Status);
        var raised = Assert.Single(_api.RaisedFor(record.ReturnId));
        Assert.Equal(["empty_box"], raised.Receipt!.Flags);
        Assert.Equal("only packing paper", raised.Receipt.Note);
        Assert.Empty(raised.Receipt.Lines);
    }

    [Fact]
    public async Task Receipt_OnlyWrongItems_IsAcceptedWithoutLines()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.InTransit);

        var response = await ReceiptAsync(record.ReturnId, new { location = "Hub", flags = new[] { "wrong_item" }, note = "a red cap instead of the tee" });

        Assert.Equal(202, response.Status);
        Assert.Empty(Assert.Single(_api.RaisedFor(record.ReturnId)).Receipt!.Lines);
    }
}
