using Returns.Adapters.Connections;

namespace Returns.Adapters;

/// <summary>
/// Where the adapters connect; absent SendGrid or Service Bus settings select the local outbox, an absent EasyPost key
/// leaves carriers of the "easypost" adapter to the built-in carrier, an absent Stripe key refunds to the local ledger.
/// Outbound webhooks are signed with <see cref="WebhookSigningSecret"/>; <see cref="TaskHub"/> names the integration outbox.
/// </summary>
public sealed record AdapterSettings(
    StorageConnection Storage,
    string? SendGridApiKey = null,
    ServiceBusConnection? ServiceBus = null,
    string EmailFrom = "returns@demo-shop.example",
    string EmailFromName = "Returns",
    string? EasyPostApiKey = null,
    Uri? EasyPostBaseUrl = null,
    string? StripeApiKey = null,
    Uri? StripeApiBase = null,
    byte[]? WebhookSigningSecret = null,
    string TaskHub = Outbox.TableIntegrationOutbox.DefaultTaskHub);
