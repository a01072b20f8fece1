using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Returns.Api.Handlers;
using Returns.Orchestrations.Integrations;

namespace Returns.Functions.Http;

/// <summary>Integration event deliveries (x-api-key, checked by the handler), and the timer that dispatches the outbox.</summary>
public sealed class IntegrationFunctions(WebhookDeliveryHandlers deliveries, IntegrationDispatcher dispatcher)
{
    /// <summary>The timer trigger's function name.</summary>
    public const string DispatchFunctionName = "DispatchIntegrationEvents";

    [Function(nameof(AdminWebhookDeliveries))]
    public Task<IResult> AdminWebhookDeliveries(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/webhooks/deliveries")] HttpRequest request,
        CancellationToken cancellationToken) =>
        deliveries.ListAsync(request, cancellationToken);

    [Function(nameof(AdminRetryWebhookDelivery))]
    public Task<IResult> AdminRetryWebhookDelivery(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/webhooks/deliveries/{deliveryId}/retry")] HttpRequest request,
        string deliveryId,
        CancellationToken cancellationToken) =>
        deliveries.RetryAsync(request, deliveryId, cancellationToken);

    /// <summary>Every minute: stored events and emails become deliveries, and the due deliveries are attempted.</summary>
    [Function(DispatchFunctionName)]
    public Task DispatchIntegrationEvents([TimerTrigger(BackgroundSchedule.EveryMinute)] TimerInfo timer, CancellationToken cancellationToken) =>
        dispatcher.TryDispatchPendingAsync(cancellationToken);
}
