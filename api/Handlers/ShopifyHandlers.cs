using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Integrations;

namespace Returns.Api.Handlers;

/// <summary>Shopify's order webhooks. The signature is checked on the raw body before anything is parsed.</summary>
public sealed class ShopifyHandlers(PlatformOrderSync sync, IOptions<ReturnsSettings> settings)
{
    public const string SignatureHeader = "X-Shopify-Hmac-Sha256";
    public const string TopicHeader = "X-Shopify-Topic";

    /// <summary>The topics that carry an order; any other topic subscribed to this URL is acknowledged and ignored.</summary>
    public static IReadOnlyList<string> Topics { get; } = ["orders/create", "orders/updated", "orders/fulfilled"];

    private static readonly SignedTopicWebhook Webhook = new(SignatureHeader, TopicHeader, Topics);

    /// <summary>POST /api/webhooks/shopify/orders</summary>
    public async Task<IResult> OrdersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var raw = await RequestBody.ReadRawAsync(request, cancellationToken);
        if (raw.Error is not null)
            return raw.Error;
        var (order, answer) = Webhook.Read<ShopifyOrder>(request, raw, settings.Value.ShopifyWebhookSecret);
        if (answer is not null)
            return answer;
        var (mapped, invalid) = PlatformOrderSync.Map(order!, ShopifyOrderMapper.Map);
        if (invalid is not null)
            return invalid;
        // updated_at orders the deliveries: Shopify does not guarantee they arrive in order.
        return await sync.ApplyAsync("Shopify", mapped!, order!.UpdatedAt, cancellationToken);
    }
}
