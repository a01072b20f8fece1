using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Returns.Api.Handlers;

namespace Returns.Functions.Http;

/// <summary>Signed carrier webhooks (the handler verifies the signature on the raw body).</summary>
public sealed class CarrierFunctions(CarrierHandlers carriers)
{
    [Function(nameof(GenericCarrierEvents))]
    public Task<IResult> GenericCarrierEvents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/carriers/generic/events")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        carriers.GenericEventAsync(request, client, cancellationToken);

    [Function(nameof(AfterShipCarrierEvents))]
    public Task<IResult> AfterShipCarrierEvents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/carriers/aftership/events")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        carriers.AfterShipEventAsync(request, client, cancellationToken);

    [Function(nameof(EasyPostCarrierEvents))]
    public Task<IResult> EasyPostCarrierEvents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/carriers/easypost/events")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        carriers.EasyPostEventAsync(request, client, cancellationToken);
}
