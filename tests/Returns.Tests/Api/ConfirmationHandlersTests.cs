using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Api;

public sealed class ConfirmationHandlersTests : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    private ReturnLinks Links => _api.Get<ReturnLinks>();

    private string Token(string returnId, TimeSpan validFor, string purpose = ReturnLinks.ConfirmPurpose) =>
        Links.Signer.Sign(new LinkToken(returnId, purpose, DateTimeOffset.UtcNow + validFor));

    private Task<ApiResponse> ConfirmAsync(string? token)
    {
        // The seeded returns are German; these tests read the English page, as ?lang=en asks.
        var context = _api.Context(query: token is null ? "?lang=en" : "?token=" + Uri.EscapeDataString(token) + "&lang=en");
        return ApiHarness.RunAsync(context, _api.Get<ConfirmationHandlers>().ConfirmAsync(context.Request, _api.Client, CancellationToken.None));
    }

    [Fact]
    public async Task Confirm_ValidLink_RaisesTheConfirmationAndAnswers200Html()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingConfirmation);

        var response = await ConfirmAsync(Token(record.ReturnId, TimeSpan.FromDays(1)));

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/html", response.ContentType);
        Assert.Contains("Your return is confirmed", response.Body);
        Assert.Contains(record.ReturnId, response.Body);
        var raised = Assert.Single(_api.RaisedFor(record.ReturnId));
        Assert.Equal(ReturnEventKinds.Confirmation, raised.Kind);
        Assert.Equal("confirmation", raised.EventId);
    }

    [Fact]
    public async Task Confirm_WorkflowScheduledButNotStartedYet_RaisesOnlyOnceTheStartIsSaved()
    {
        // A host died holding the workflow's start: the backend would drop a confirmation it takes before the start.
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingConfirmation);
        _api.SetInstancePending(record.ReturnId, pending: true);

        var confirming = ConfirmAsync(Token(record.ReturnId, TimeSpan.FromDays(1)));
        await Task.Delay(600);
        Assert.Empty(_api.RaisedFor(record.ReturnId));
        Assert.False(confirming.IsCompleted);
        _api.SetInstancePending(record.ReturnId, pending: false);
        var response = await confirming;

        Assert.Equal(200, response.Status);
        Assert.Single(_api.RaisedFor(record.ReturnId));
    }

    [Fact]
    public async Task Confirm_WorkflowNeverStarted_StartsItThenRaises()
    {
        // The host died between saving the return and starting its workflow.
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingConfirmation);
        _api.SetInstanceExists(record.ReturnId, exists: false);

        var response = await ConfirmAsync(Token(record.ReturnId, TimeSpan.FromDays(1)));

        Assert.Equal(200, response.Status);
        Assert.Contains(_api.Started, s => s.InstanceId == record.ReturnId);
        Assert.Single(_api.RaisedFor(record.ReturnId));
    }

    [Fact]
    public async Task Confirm_LinkFromTheEmail_IsAccepted()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingConfirmation);
        var url = Links.ConfirmUrl(record.ReturnId, DateTimeOffset.UtcNow);
        Assert.StartsWith("http://test.local/api/returns/confirm?token=", url);

        var response = await ConfirmAsync(url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..]);

        Assert.Equal(200, response.Status);
        Assert.Single(_api.RaisedFor(record.ReturnId));
    }

    // Forged, expired and reused links on every signed route: Security/EmailLinkSecurityTests.

    [Theory]
    [InlineData(ReturnStages.AwaitingApproval)]
    [InlineData(ReturnStages.LabelIssued)]
    [InlineData(ReturnStages.Closed)]
    public async Task Confirm_SecondUseAfterTheStageMovedOn_Returns200AlreadyConfirmedWithoutRaising(string stage)
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingConfirmation);
        var token = Token(record.ReturnId, TimeSpan.FromDays(1));
        Assert.Equal(200, (await ConfirmAsync(token)).Status);
        await _api.Get<Returns.Orchestrations.Ports.IReturnStore>().SaveAsync(record with { Stage = stage });

        var again = await ConfirmAsync(token);

        Assert.Equal(200, again.Status);
        Assert.StartsWith("text/html", again.ContentType);
        Assert.Contains("Already confirmed", again.Body);
        Assert.Single(_api.RaisedFor(record.ReturnId));
    }

    [Fact]
    public async Task Confirm_ExpiredTokenAfterConfirmation_StillSaysAlreadyConfirmed()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingApproval);

        var response = await ConfirmAsync(Token(record.ReturnId, TimeSpan.FromMinutes(-5)));

        Assert.Equal(200, response.Status);
        Assert.Contains("Already confirmed", response.Body);
        Assert.Empty(_api.RaisedFor(record.ReturnId));
    }

    [Theory]
    [InlineData(ReturnStages.Cancelled)]
    [InlineData(ReturnStages.Expired)]
    public async Task Confirm_ReturnNoLongerOpen_Returns410WithoutRaising(string stage)
    {
        var record = await _api.SeedReturnAsync(stage);

        var response = await ConfirmAsync(Token(record.ReturnId, TimeSpan.FromDays(1)));

        Assert.Equal(410, response.Status);
        Assert.Contains("no longer open", response.Body, StringComparison.Ordinal);
        Assert.Empty(_api.RaisedFor(record.ReturnId));
    }

    [Fact]
    public async Task Confirm_ValidTokenForUnknownReturn_Returns404Page()
    {
        var returnId = Adapters.AdapterSamples.NewReturnId();

        var response = await ConfirmAsync(Token(returnId, TimeSpan.FromDays(1)));

        Assert.Equal(404, response.Status);
        Assert.StartsWith("text/html", response.ContentType);
        Assert.Empty(_api.RaisedFor(returnId));
    }
}
