using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Api.Workflow;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;

namespace Returns.Api.Handlers;

/// <summary>
/// The merchant's side. Each action is checked against the return's stage first, so an action that
/// makes no sense now (an inspection before receipt) is refused with 409 and changes nothing.
/// </summary>
public sealed class AdminHandlers(
    IReturnStore returns,
    ReturnLinks links,
    ReturnWorkflowGateway workflow,
    ReturnProjectionWaiter waiter,
    IOptions<ReturnsSettings> settings,
    TimeProvider clock)
{
    /// <summary>GET /api/admin/returns?stage=&amp;q=&amp;page=</summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var stage = request.Query["stage"].ToString();
        if (stage.Length > 0 && !ReturnStages.IsKnown(stage))
            return Problems.BadRequest($"stage must be one of: {string.Join(", ", ReturnStages.All)}.");
        var pageText = request.Query["page"].ToString();
        var page = 1;
        if (pageText.Length > 0 && (!int.TryParse(pageText, out page) || page < 1 || page > 100_000))
            return Problems.BadRequest("page must be a positive whole number.");

        var attentionText = request.Query["attention"].ToString();
        if (attentionText is not ("" or "true" or "false"))
            return Problems.BadRequest("attention must be true or false.");

        var result = await returns.SearchAsync(
            new ReturnQuery(stage.Length > 0 ? stage : null, request.Query["q"], page) { NeedsAttention = attentionText == "true" }, cancellationToken);
        return Results.Json(new { items = result.Items.Select(ReturnViews.Summary), page = result.Page, pageSize = result.PageSize, total = result.Total }, ApiJson.Options);
    }

    /// <summary>GET /api/admin/returns/{returnId}</summary>
    public async Task<IResult> GetAsync(HttpRequest request, string returnId, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var record = await returns.GetAsync(returnId, cancellationToken);
        return record is null ? NotFound(returnId) : Results.Json(ReturnViews.AdminDetail(record, links), ApiJson.Options);
    }

    /// <summary>POST /api/admin/returns/{returnId}/decision</summary>
    public Task<IResult> DecideAsync(HttpRequest request, DurableTaskClient client, string returnId, CancellationToken cancellationToken) =>
        ActAsync<DecisionRequest>(request, client, returnId, cancellationToken, (record, body) =>
        {
            if (body.Approve is null)
                return (null, "approve (true or false) is required.");
            if (body.Note is { Length: > 2000 })
                return (null, "note is longer than 2000 characters.");
            if (record.Stage != ReturnStages.AwaitingApproval)
                return (null, Conflict(record, "a decision can only be made while it awaits approval"));
            return (ReturnEvent.Decision("decision", clock.GetUtcNow(), body.Approve.Value, body.Note?.Trim()), null);
        });

    /// <summary>POST /api/admin/returns/{returnId}/receipt</summary>
    public Task<IResult> RecordReceiptAsync(HttpRequest request, DurableTaskClient client, string returnId, CancellationToken cancellationToken) =>
        ActAsync<ReceiptRequest>(request, client, returnId, cancellationToken, (record, body) =>
        {
            if (string.IsNullOrWhiteSpace(body.Location) || body.Location.Length > 200)
                return (null, "location is required (where the parcel was received, at most 200 characters).");
            var (lines, error) = AdminLineValidator.Receipt(record, body.Lines, body.Flags);
            if (error is not null)
                return (null, error);
            if (body.Note is { Length: > 2000 })
                return (null, "note is longer than 2000 characters.");
            if (body.Photos is { Count: > 10 } || body.Photos?.Any(p => !AdminLineValidator.IsPhotoId(p)) == true)
                return (null, "photos lists at most 10 photo ids from POST /api/admin/photos.");
            var awaitingReceipt = ReturnStages.AwaitsParcel(record.Stage) || (record.Stage == ReturnStages.Received && record.Receipt is null);
            if (!awaitingReceipt)
                return (null, Conflict(record, "a receipt can only be recorded while the parcel is on its way"));
            var receipt = new ReceiptDetails(body.Location.Trim(), lines!, clock.GetUtcNow())
            {
                Flags = body.Flags?.Distinct().ToList() ?? [],
                Note = body.Note?.Trim(),
                Photos = body.Photos?.Distinct(StringComparer.Ordinal).ToList() ?? [],
            };
            return (ReturnEvent.ForReceipt("receipt", receipt), null);
        });

    /// <summary>POST /api/admin/returns/{returnId}/inspection</summary>
    public Task<IResult> RecordInspectionAsync(HttpRequest request, DurableTaskClient client, string returnId, CancellationToken cancellationToken) =>
        ActAsync<InspectionRequest>(request, client, returnId, cancellationToken, (record, body) =>
        {
            var (lines, error) = AdminLineValidator.Inspection(record, body.Lines);
            if (error is not null)
                return (null, error);
            if (record.Stage != ReturnStages.Received)
                return (null, Conflict(record, "an inspection can only be recorded after the parcel was received"));
            return (ReturnEvent.ForInspection("inspection", clock.GetUtcNow(), lines!), null);
        });

    /// <summary>
    /// POST /api/admin/returns/{returnId}/retry: a step parked after a partner kept failing (label, refund, exchange) is
    /// tried again now. Repeating the request within one parked round changes nothing more.
    /// </summary>
    public async Task<IResult> RetryAsync(HttpRequest request, DurableTaskClient client, string returnId, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var record = await returns.GetAsync(returnId, cancellationToken);
        if (record is null)
            return NotFound(returnId);
        if (record.Attention is null)
            return Conflict(record, "nothing is parked for a retry");

        // One id per parked round (the note that parked it), so a double click retries once.
        await workflow.RaiseAsync(client, record.ReturnId, ReturnEvent.Retry($"retry-{record.Sequence}", clock.GetUtcNow()), cancellationToken);
        var applied = await waiter.WaitForNextStepAsync(record, cancellationToken);
        return Results.Json(new { returnId = record.ReturnId, accepted = true, stage = applied.Stage }, ApiJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    private async Task<IResult> ActAsync<T>(
        HttpRequest request, DurableTaskClient client, string returnId, CancellationToken cancellationToken,
        Func<ReturnRecord, T, (ReturnEvent? Event, object? Error)> decide)
        where T : class
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var body = await RequestBody.ReadJsonAsync<T>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error;
        var record = await returns.GetAsync(returnId, cancellationToken);
        if (record is null)
            return NotFound(returnId);

        var (returnEvent, error) = decide(record, body.Value!);
        if (error is IResult problem)
            return problem;
        if (error is string detail)
            return Problems.BadRequest(detail);

        await workflow.RaiseAsync(client, record, returnEvent!, cancellationToken);
        var applied = await waiter.WaitForNextStepAsync(record, cancellationToken);
        return Results.Json(new { returnId = record.ReturnId, accepted = true, stage = applied.Stage }, ApiJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    private static IResult NotFound(string returnId) => Problems.NotFound($"There is no return with id {returnId}.");

    private static IResult Conflict(ReturnRecord record, string rule) =>
        Problems.Conflict($"Return {record.ReturnId} is {record.Stage}: {rule}.");
}
