using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Api.Workflow;
using Returns.Orchestrations.Privacy;

namespace Returns.Api.Handlers;

/// <summary>
/// POST /api/admin/customers/erase: erases a customer's personal data on request. The answer has the same shape for a
/// customer with data, one already erased and an unknown address (all counts zero), and echoes no personal data.
/// </summary>
public sealed class ErasureHandlers(CustomerErasure erasure, IOptions<ReturnsSettings> settings)
{
    private const int MaxEmailLength = 254;
    private const int MaxReferenceLength = 64;

    public async Task<IResult> EraseAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var body = await RequestBody.ReadJsonAsync<ErasureRequestBody>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error;
        var (erasureRequest, error) = Validate(body.Value!);
        if (error is not null)
            return Problems.BadRequest(error);

        var outcome = await erasure.EraseAsync(erasureRequest!, new DurableWorkflowHistory(client), cancellationToken);
        if (outcome.Refused)
        {
            return Results.Problem(
                detail: $"{outcome.InProgress.Count} return(s) of this customer are still in progress. Finish them (refund, reject, or let an " +
                    "unconfirmed one expire), then send the request again; nothing was changed.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Conflict",
                extensions: new Dictionary<string, object?>
                {
                    ["erasureId"] = outcome.Record.Id,
                    ["firstRequestedAt"] = outcome.Record.FirstRequestedAt,
                    ["inProgress"] = outcome.InProgress.Select(a => new { returnId = a.ReturnId, stage = a.Stage }).ToArray(),
                });
        }

        var record = outcome.Record;
        return Results.Json(new
        {
            erasureId = record.Id,
            status = record.Status,
            repeat = outcome.Repeat,
            reason = record.Reason,
            reference = record.Reference,
            pseudonym = record.Pseudonym,
            firstRequestedAt = record.FirstRequestedAt,
            completedAt = record.CompletedAt,
            erased = outcome.Counts.Erased,
            anonymised = outcome.Counts.Anonymised,
            retained = outcome.Counts.Retained,
        }, ApiJson.Options);
    }

    private static (ErasureRequest? Request, string? Error) Validate(ErasureRequestBody body)
    {
        var email = body.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > MaxEmailLength || email.IndexOf('@') is <= 0 || email.EndsWith('@') || email.Any(char.IsWhiteSpace))
            return (null, "email is required: the customer's email address (at most 254 characters).");
        var reason = string.IsNullOrWhiteSpace(body.Reason) ? ErasureReasons.CustomerRequest : body.Reason.Trim();
        if (!ErasureReasons.IsKnown(reason))
            return (null, $"reason must be one of: {string.Join(", ", ErasureReasons.All)} (a code, so the audit record holds no personal data).");
        var reference = string.IsNullOrWhiteSpace(body.Reference) ? null : body.Reference.Trim();
        if (reference is not null && (reference.Length > MaxReferenceLength || !reference.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '#' or '/')))
            return (null, $"reference is your ticket number: at most {MaxReferenceLength} letters, digits and - _ . : # / (no names or addresses).");
        return (new ErasureRequest(email, reason, reference), null);
    }
}
