using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Returns.Api.Handlers;

namespace Returns.Functions.Http;

/// <summary>Health and the OpenAPI document.</summary>
public sealed class SystemFunctions(HealthHandlers health)
{
    [Function(nameof(Health))]
    public Task<IResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        health.CheckAsync(client, cancellationToken);

    [Function(nameof(OpenApi))]
    public IResult OpenApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/openapi.json")] HttpRequest request) =>
        OpenApiHandlers.Get();
}
