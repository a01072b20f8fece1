using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Api.Workflow;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>The customer's side: look up an order, request a return, follow it, download papers.</summary>
public sealed class PortalHandlers(
    GuestAccess guests,
    IReturnStore returns,
    IDocumentStore documents,
    IReturnPolicy policy,
    IOptions<ReturnPolicyOptions> policyOptions,
    ReturnLinks links,
    ReturnWorkflowGateway workflow,
    TimeProvider clock)
{
    public const string ReturnNotFoundDetail = "We could not find a return with this id and email address.";

    /// <summary>POST /api/portal/lookup</summary>
    public async Task<IResult> LookupAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadJsonAsync<LookupRequest>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error;
        var access = await guests.FindOrderAsync(request, body.Value!.Email, body.Value.OrderNumber, cancellationToken);
        if (access.Error is not null)
            return access.Error;

        var order = access.Order!;
        var existing = await returns.ListByOrderAsync(order.OrderNumber, cancellationToken);
        var eligibility = Eligibility(order, existing);
        return Results.Json(ReturnViews.Lookup(order, eligibility, existing, policyOptions.Value), ApiJson.Options);
    }

    /// <summary>POST /api/returns: 202 with the return id (the same one again for a repeated request).</summary>
    public async Task<IResult> CreateReturnAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadJsonAsync<CreateReturnRequest>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error;
        var r = body.Value!;
        var access = await guests.FindOrderAsync(request, r.Email, r.OrderNumber, cancellationToken);
        if (access.Error is not null)
            return access.Error;
        var order = access.Order!;

        var (lines, error) = ReturnRequestValidator.Validate(order, r);
        if (error is not null)
            return Problems.BadRequest(error);

        var requestKey = ReturnIds.RequestKey(lines!.Select(l => (l.Sku, l.Quantity)));
        var existing = await returns.ListByOrderAsync(order.OrderNumber, cancellationToken);
        var same = existing.FirstOrDefault(x => !ReturnStages.ReleasesLines(x.Stage) && ReturnIds.RequestKey(x.Lines.Select(l => (l.Sku, l.Quantity))) == requestKey);
        if (same is not null)
            return await AcceptedAsync(client, same, created: false, cancellationToken);

        var eligibility = Eligibility(order, existing);
        foreach (var line in lines!)
        {
            var e = eligibility[order.FindLine(line.Sku)!.Sku];
            if (!e.Eligible)
                return Problems.BadRequest($"{line.Sku}: {e.IneligibleReason}");
            if (line.Quantity > e.ReturnableQuantity)
                return Problems.BadRequest($"{line.Sku}: at most {e.ReturnableQuantity} can be returned.");
        }

        var now = clock.GetUtcNow();
        var record = new ReturnRecord(
            ReturnIds.New(), order.OrderNumber, order.Email, order.CustomerName,
            string.IsNullOrWhiteSpace(r.Locale) ? order.Locale : r.Locale.Trim(), order.Currency, r.Resolution!, lines,
            ReturnStages.AwaitingConfirmation, now, now, order.ShipTo.Country, order.ShipFrom.Country, string.IsNullOrWhiteSpace(r.ExchangeSku) ? null : r.ExchangeSku.Trim());
        var creation = await returns.CreateAsync(record, requestKey, cancellationToken);
        return await AcceptedAsync(client, creation.Record, creation.Created, cancellationToken);
    }

    /// <summary>GET /api/returns/{returnId}?email=</summary>
    public async Task<IResult> GetReturnAsync(HttpRequest request, string returnId, CancellationToken cancellationToken)
    {
        var record = await FindOwnedAsync(returnId, request.Query["email"], cancellationToken);
        return record is null ? Problems.NotFound(ReturnNotFoundDetail) : Results.Json(ReturnViews.Status(record, links), ApiJson.Options);
    }

    /// <summary>GET /api/returns/{returnId}/label?email=</summary>
    public Task<IResult> GetLabelAsync(HttpRequest request, string returnId, CancellationToken cancellationToken) =>
        GetDocumentAsync(request, returnId, "label", cancellationToken);

    /// <summary>GET /api/returns/{returnId}/documents/{kind}?email=</summary>
    public async Task<IResult> GetDocumentAsync(HttpRequest request, string returnId, string kind, CancellationToken cancellationToken)
    {
        var record = await FindOwnedAsync(returnId, request.Query["email"], cancellationToken);
        if (record is null)
            return Problems.NotFound(ReturnNotFoundDetail);
        if (!record.Documents.Contains(kind))
            return Problems.NotFound(kind == "label"
                ? "The label is not ready yet; it is issued once the return is approved."
                : $"This return has no '{kind}' document.");
        var document = await documents.GetAsync(record.ReturnId, kind, cancellationToken);
        return document is null
            ? Problems.NotFound($"The '{kind}' document is not available.")
            : Results.File(document.Content, document.ContentType, $"{record.ReturnId}-{kind}.pdf");
    }

    private async Task<ReturnRecord?> FindOwnedAsync(string returnId, string? email, CancellationToken cancellationToken)
    {
        var record = await returns.GetAsync(returnId, cancellationToken);
        return EmailMatch.Matches(email, record?.Email) ? record : null;
    }

    private async Task<IResult> AcceptedAsync(DurableTaskClient client, ReturnRecord record, bool created, CancellationToken cancellationToken)
    {
        await workflow.EnsureStartedAsync(client, record, cancellationToken);
        var statusUrl = links.StatusUrl(record.ReturnId, record.Email);
        return Results.Json(new { returnId = record.ReturnId, stage = record.Stage, statusUrl, created }, ApiJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    private Dictionary<string, LineEligibility> Eligibility(Order order, IReadOnlyList<ReturnRecord> existing)
    {
        var now = clock.GetUtcNow();
        var active = existing.Where(x => !ReturnStages.ReleasesLines(x.Stage)).SelectMany(x => x.Lines).ToArray();
        return order.Lines.ToDictionary(
            l => l.Sku,
            l => policy.CheckLine(order, l, active.Where(a => string.Equals(a.Sku, l.Sku, StringComparison.OrdinalIgnoreCase)).Sum(a => a.Quantity), now),
            StringComparer.OrdinalIgnoreCase);
    }
}
