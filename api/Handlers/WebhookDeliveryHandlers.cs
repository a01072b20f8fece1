using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Integrations;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>The merchant's view of integration event deliveries (broker and webhooks): pending and dead letters, and a retry.</summary>
public sealed class WebhookDeliveryHandlers(IIntegrationOutbox outbox, IntegrationDispatcher dispatcher, TimeProvider clock, IOptions<ReturnsSettings> settings)
{
    private const int Max = 500;

    /// <summary>GET /api/admin/webhooks/deliveries?status=pending|dead</summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        DeliveryStatus? status = request.Query["status"].ToString() switch
        {
            "" or "pending" => DeliveryStatus.Pending,
            "dead" => DeliveryStatus.Dead,
            _ => null,
        };
        if (status is not { } s)
            return Problems.BadRequest("status must be pending or dead.");
        var deliveries = await outbox.DeliveriesAsync(s, Max, cancellationToken);
        return Results.Json(new
        {
            deliveries = deliveries.OrderBy(d => d.NextAttemptAt).Select(d => new
            {
                deliveryId = d.DeliveryId,
                eventId = d.Event.Id,
                type = d.Event.Type,
                destination = d.Destination,
                attempts = d.Attempts,
                nextAttemptAt = d.Status == DeliveryStatus.Pending ? d.NextAttemptAt : (DateTimeOffset?)null,
                lastError = d.LastError,
                status = d.Status == DeliveryStatus.Dead ? "dead" : "pending",
            }),
        }, ApiJson.Options);
    }

    /// <summary>POST /api/admin/webhooks/deliveries/{deliveryId}/retry: a dead letter goes back to pending, due now.</summary>
    public async Task<IResult> RetryAsync(HttpRequest request, string deliveryId, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        if (!await outbox.RetryAsync(deliveryId, clock.GetUtcNow(), cancellationToken))
            return Problems.NotFound("No dead letter has this delivery id.");
        dispatcher.Signal();
        return Results.Json(new { deliveryId, status = "pending" }, ApiJson.Options, statusCode: StatusCodes.Status202Accepted);
    }
}
