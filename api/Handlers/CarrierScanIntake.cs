using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Returns.Api.Http;
using Returns.Api.Workflow;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;

namespace Returns.Api.Handlers;

/// <summary>
/// Hands a verified carrier scan to its return's workflow exactly once. The scan is raised before it is
/// recorded: a crash in between means a redelivery raises it again and the workflow drops the repeat
/// by event id, so nothing is lost and nothing counts twice.
/// </summary>
public sealed class CarrierScanIntake(ICarrierEventLog log, IReturnStore returns, ReturnWorkflowGateway workflow)
{
    public sealed record Scan(string Source, string EventId, string TrackingNumber, string Code, DateTimeOffset OccurredAt, string? Location, string? Description);

    public async Task<IResult> AcceptAsync(DurableTaskClient client, Scan scan, string rawBody, CancellationToken cancellationToken)
    {
        if (await log.ExistsAsync(scan.Source, scan.EventId, cancellationToken))
            return Accepted(scan, matched: null, duplicate: true);

        var returnId = await returns.FindByTrackingNumberAsync(scan.TrackingNumber, cancellationToken);
        var record = returnId is null ? null : await returns.GetAsync(returnId, cancellationToken);
        var live = record is not null && !ReturnStages.IsTerminal(record.Stage);
        if (live)
        {
            await workflow.RaiseAsync(client, record!,
                ReturnEvent.Scan($"{scan.Source}:{scan.EventId}", scan.OccurredAt, scan.Code, scan.Location, scan.Description), cancellationToken);
        }

        var recorded = await log.TryRecordAsync(
            new CarrierEventRecord(scan.Source, scan.EventId, scan.TrackingNumber, scan.Code, scan.OccurredAt, live ? record!.ReturnId : null, rawBody)
            {
                Location = scan.Location,
                Description = scan.Description,
            },
            cancellationToken);
        return Accepted(scan, live, duplicate: !recorded);
    }

    /// <summary>A verified event that carries no scan: answered 202 so the carrier does not retry it, and not recorded.</summary>
    public static IResult Ignored(string eventId, string reason) =>
        Results.Json(new { accepted = true, eventId, duplicate = false, matched = (bool?)null, ignored = true, reason }, ApiJson.Options,
            statusCode: StatusCodes.Status202Accepted);

    private static IResult Accepted(Scan scan, bool? matched, bool duplicate) =>
        Results.Json(new { accepted = true, eventId = scan.EventId, duplicate, matched }, ApiJson.Options, statusCode: StatusCodes.Status202Accepted);
}
