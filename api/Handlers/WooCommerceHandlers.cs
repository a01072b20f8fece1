using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Integrations;

namespace Returns.Api.Handlers;

/// <summary>WooCommerce's order webhooks. The signature is checked on the raw body before anything is parsed.</summary>
public sealed partial class WooCommerceHandlers(PlatformOrderSync sync, IOptions<ReturnsSettings> settings)
{
    public const string SignatureHeader = "X-WC-Webhook-Signature";
    public const string TopicHeader = "X-WC-Webhook-Topic";

    /// <summary>The topics that carry an order; others (order.deleted, ...) are acknowledged and ignored.</summary>
    public static IReadOnlyList<string> Topics { get; } = ["order.created", "order.updated"];

    private static readonly SignedTopicWebhook Webhook = new(SignatureHeader, TopicHeader, Topics);

    /// <summary>POST /api/webhooks/woocommerce/orders</summary>
    public async Task<IResult> OrdersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var raw = await RequestBody.ReadRawAsync(request, cancellationToken);
        if (raw.Error is not null)
            return raw.Error;
        // WooCommerce saves a webhook only after an unsigned "webhook_id=12" ping is answered 200; it stores nothing.
        if (raw.Bytes.Length <= 64 && Ping().IsMatch(raw.Text))
            return Results.Json(new { ping = true }, ApiJson.Options);
        var (order, answer) = Webhook.Read<WooCommerceOrder>(request, raw, settings.Value.WooCommerceWebhookSecret);
        if (answer is not null)
            return answer;
        var (mapped, invalid) = PlatformOrderSync.Map(order!, WooCommerceOrderMapper.Map);
        if (invalid is not null)
            return invalid;
        return await sync.ApplyAsync("WooCommerce", mapped!, WooCommerceOrderMapper.Utc(order!.DateModifiedGmt), cancellationToken);
    }

    [GeneratedRegex(@"^webhook_id=[0-9]+$")]
    private static partial Regex Ping();
}
