using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Returns.Api.Handlers;

namespace Returns.Functions.Http;

/// <summary>
/// Orders pushed by the shop site (x-api-key, checked by the handler) and sent by the shop platforms' webhooks
/// (signatures checked by the handlers).
/// </summary>
public sealed class ShopFunctions(OrderHandlers orders, ShopifyHandlers shopify, WooCommerceHandlers wooCommerce)
{
    [Function(nameof(PutOrder))]
    public Task<IResult> PutOrder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders")] HttpRequest request,
        CancellationToken cancellationToken) =>
        orders.PutOrderAsync(request, cancellationToken);

    [Function(nameof(ShopifyOrderWebhook))]
    public Task<IResult> ShopifyOrderWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/shopify/orders")] HttpRequest request,
        CancellationToken cancellationToken) =>
        shopify.OrdersAsync(request, cancellationToken);

    [Function(nameof(WooCommerceOrderWebhook))]
    public Task<IResult> WooCommerceOrderWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/woocommerce/orders")] HttpRequest request,
        CancellationToken cancellationToken) =>
        wooCommerce.OrdersAsync(request, cancellationToken);
}
