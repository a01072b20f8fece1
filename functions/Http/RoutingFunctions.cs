using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Returns.Api.Handlers;

namespace Returns.Functions.Http;

/// <summary>The routing network, the cost ledger and the lane report (x-api-key, checked by the handlers).</summary>
public sealed class RoutingFunctions(RoutingHandlers routing, LedgerHandlers ledger)
{
    [Function(nameof(AdminGetRouting))]
    public Task<IResult> AdminGetRouting(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/routing")] HttpRequest request,
        CancellationToken cancellationToken) =>
        routing.GetAsync(request, cancellationToken);

    [Function(nameof(AdminPutRouting))]
    public Task<IResult> AdminPutRouting(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/admin/routing")] HttpRequest request,
        CancellationToken cancellationToken) =>
        routing.PutAsync(request, cancellationToken);

    [Function(nameof(AdminLedger))]
    public Task<IResult> AdminLedger(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/ledger")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ledger.QueryAsync(request, cancellationToken);

    [Function(nameof(AdminLaneReport))]
    public Task<IResult> AdminLaneReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/reports/lanes")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ledger.LanesAsync(request, cancellationToken);
}
