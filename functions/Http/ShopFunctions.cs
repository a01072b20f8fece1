using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Returns.Api.Handlers;

namespace Returns.Functions.Http;

/// <summary>Orders pushed by the shop site (x-api-key, checked by the handler).</summary>
public sealed class ShopFunctions(OrderHandlers orders)
{
    [Function(nameof(PutOrder))]
    public Task<IResult> PutOrder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders")] HttpRequest request,
        CancellationToken cancellationToken) =>
        orders.PutOrderAsync(request, cancellationToken);
}
