using Microsoft.Extensions.Configuration;

namespace Returns.Api.Configuration;

/// <summary>
/// Every setting the app reads, under the environment-variable names of the HTTP contract (the same
/// names are Azure app settings). Dev defaults make a fresh clone run; production sets them all.
/// </summary>
public sealed class ReturnsSettings
{
    public const string DevAdminApiKey = "dev-admin-key";
    public const string DevWebhookSecret = "dev-webhook-secret";

    [ConfigurationKeyName("RETURNS_STORAGE")]
    public string Storage { get; set; } = "UseDevelopmentStorage=true";

    [ConfigurationKeyName("RETURNS_ADMIN_API_KEY")]
    public string AdminApiKey { get; set; } = DevAdminApiKey;

    /// <summary>Base64 or plain text; the local host generates one into the data folder when absent.</summary>
    [ConfigurationKeyName("RETURNS_LINK_SIGNING_KEY")]
    public string? LinkSigningKey { get; set; }

    /// <summary>Where customers reach the app (links in emails); defaults to the first listening URL.</summary>
    [ConfigurationKeyName("RETURNS_PUBLIC_URL")]
    public string? PublicUrl { get; set; }

    [ConfigurationKeyName("RETURNS_SHOPIFY_WEBHOOK_SECRET")]
    public string ShopifyWebhookSecret { get; set; } = DevWebhookSecret;

    [ConfigurationKeyName("RETURNS_WOOCOMMERCE_WEBHOOK_SECRET")]
    public string WooCommerceWebhookSecret { get; set; } = DevWebhookSecret;

    /// <summary>
    /// The country the shop ships from (ISO 3166 alpha-2): the ship-from of orders that arrive from Shopify or
    /// WooCommerce, whose webhooks do not carry the shop's address. Unset: those webhooks answer 503.
    /// </summary>
    [ConfigurationKeyName("RETURNS_SHOP_ORIGIN_COUNTRY")]
    public string? ShopOriginCountry { get; set; }

    [ConfigurationKeyName("RETURNS_SHOP_ORIGIN_CITY")]
    public string? ShopOriginCity { get; set; }

    [ConfigurationKeyName("RETURNS_SHOP_ORIGIN_POSTAL_CODE")]
    public string? ShopOriginPostalCode { get; set; }

    /// <summary>The street line of the shop's ship-from address (its name on papers is RETURNS_SHOP_NAME).</summary>
    [ConfigurationKeyName("RETURNS_SHOP_ORIGIN_ADDRESS")]
    public string? ShopOriginAddress { get; set; }

    [ConfigurationKeyName("RETURNS_AFTERSHIP_WEBHOOK_SECRET")]
    public string AfterShipWebhookSecret { get; set; } = DevWebhookSecret;

    [ConfigurationKeyName("RETURNS_EASYPOST_WEBHOOK_SECRET")]
    public string EasyPostWebhookSecret { get; set; } = DevWebhookSecret;

    [ConfigurationKeyName("RETURNS_CARRIER_WEBHOOK_SECRET")]
    public string CarrierWebhookSecret { get; set; } = DevWebhookSecret;

    [ConfigurationKeyName("RETURNS_SENDGRID_API_KEY")]
    public string? SendGridApiKey { get; set; }

    [ConfigurationKeyName("RETURNS_EMAIL_FROM")]
    public string EmailFrom { get; set; } = "returns@demo-shop.example";

    [ConfigurationKeyName("RETURNS_MERCHANT_EMAIL")]
    public string MerchantEmail { get; set; } = "merchant@demo-shop.example";

    /// <summary>EasyPost's API key; when absent, carriers of the "easypost" adapter are served by the built-in carrier.</summary>
    [ConfigurationKeyName("RETURNS_EASYPOST_API_KEY")]
    public string? EasyPostApiKey { get; set; }

    /// <summary>EasyPost's API base (tests point it at a local server).</summary>
    [ConfigurationKeyName("RETURNS_EASYPOST_BASE_URL")]
    public Uri? EasyPostBaseUrl { get; set; }

    /// <summary>Stripe's secret key; when absent, refunds go to the local payments ledger.</summary>
    [ConfigurationKeyName("RETURNS_STRIPE_API_KEY")]
    public string? StripeApiKey { get; set; }

    /// <summary>Stripe's API base (tests point it at a local server).</summary>
    [ConfigurationKeyName("RETURNS_STRIPE_API_BASE")]
    public Uri? StripeApiBase { get; set; }

    [ConfigurationKeyName("RETURNS_SERVICEBUS")]
    public string? ServiceBus { get; set; }

    /// <summary>Merchant endpoints that get every integration event (comma-separated https URLs, or http on 127.0.0.1); empty: none.</summary>
    [ConfigurationKeyName("RETURNS_WEBHOOK_URLS")]
    public string WebhookUrls { get; set; } = "";

    /// <summary>The HMAC key outbound webhooks are signed with (X-Returns-Signature).</summary>
    [ConfigurationKeyName("RETURNS_WEBHOOK_SIGNING_SECRET")]
    public string WebhookSigningSecret { get; set; } = DevWebhookSecret;

    /// <summary>The webhook URLs, parsed; null when one is not an https URL (or http on 127.0.0.1).</summary>
    public IReadOnlyList<Uri>? ParseWebhookUrls()
    {
        var urls = new List<Uri>();
        foreach (var text in WebhookUrls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url)
                || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.Host == "127.0.0.1")))
                return null;
            urls.Add(url);
        }

        return urls;
    }

    [ConfigurationKeyName("RETURNS_TASK_HUB")]
    public string TaskHub { get; set; } = "returns";

    [ConfigurationKeyName("RETURNS_CONFIRMATION_TIMEOUT")]
    public TimeSpan ConfirmationTimeout { get; set; } = TimeSpan.FromDays(2);

    [ConfigurationKeyName("RETURNS_APPROVAL_TIMEOUT")]
    public TimeSpan ApprovalTimeout { get; set; } = TimeSpan.FromDays(2);

    [ConfigurationKeyName("RETURNS_LABEL_EXPIRY")]
    public TimeSpan LabelExpiry { get; set; } = TimeSpan.FromDays(14);

    /// <summary>When to remind the customer of an unused label; defaults to a third of the expiry.</summary>
    [ConfigurationKeyName("RETURNS_LABEL_REMINDER")]
    public TimeSpan? LabelReminder { get; set; }

    [ConfigurationKeyName("RETURNS_INSPECTION_TIMEOUT")]
    public TimeSpan InspectionTimeout { get; set; } = TimeSpan.FromDays(5);

    /// <summary>How long a parcel may be held at customs before the merchant is told to act.</summary>
    [ConfigurationKeyName("RETURNS_CUSTOMS_HOLD_SLA")]
    public TimeSpan CustomsHoldSla { get; set; } = TimeSpan.FromDays(5);

    /// <summary>The folder of compliance rule files; empty: the rules shipped with the app.</summary>
    [ConfigurationKeyName("RETURNS_RULES_DIR")]
    public string? RulesDirectory { get; set; }

    /// <summary>How often the tax-claim reminder process looks for deadlines.</summary>
    [ConfigurationKeyName("RETURNS_CLAIM_REMINDER_INTERVAL")]
    public TimeSpan ClaimReminderInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long an instant exchange's replacement waits for the returned goods before it is charged.</summary>
    [ConfigurationKeyName("RETURNS_INSTANT_EXCHANGE_TIMEOUT")]
    public TimeSpan InstantExchangeTimeout { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long before the law's refund deadline the merchant is warned when the refund has not gone out.</summary>
    [ConfigurationKeyName("RETURNS_REFUND_DEADLINE_WARNING")]
    public TimeSpan RefundDeadlineWarning { get; set; } = TimeSpan.FromDays(2);

    /// <summary>The shop's name on customer documents (the credit note).</summary>
    [ConfigurationKeyName("RETURNS_SHOP_NAME")]
    public string ShopName { get; set; } = "Returns";

    /// <summary>A bonus on store credit, in percent of the credit (0 = none).</summary>
    [ConfigurationKeyName("RETURNS_STORE_CREDIT_BONUS_PERCENT")]
    public int StoreCreditBonusPercent { get; set; }

    /// <summary>How long store credit stays valid; absent: it does not expire.</summary>
    [ConfigurationKeyName("RETURNS_STORE_CREDIT_VALIDITY")]
    public TimeSpan? StoreCreditValidity { get; set; }

    /// <summary>How often each hub's consolidation process checks its open batch when no parcel arrives.</summary>
    [ConfigurationKeyName("RETURNS_CONSOLIDATION_CHECK_INTERVAL")]
    public TimeSpan ConsolidationCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The folder of routing data files (carriers, hubs, costs); empty: the files shipped with the app.</summary>
    [ConfigurationKeyName("RETURNS_ROUTING_DIR")]
    public string? RoutingDirectory { get; set; }

    /// <summary>The folder of the grading checklists and the disposition table; empty: the files shipped with the app.</summary>
    [ConfigurationKeyName("RETURNS_BACKOFFICE_DIR")]
    public string? BackofficeDirectory { get; set; }

    /// <summary>Failed guest lookups one client may make per window before it gets 429.</summary>
    [ConfigurationKeyName("RETURNS_LOOKUP_FAILURE_LIMIT")]
    public int LookupFailureLimit { get; set; } = 10;

    /// <summary>How long a merchant or confirmation action waits for the workflow to apply it before answering.</summary>
    [ConfigurationKeyName("RETURNS_ACTION_SETTLE_TIMEOUT")]
    public TimeSpan ActionSettleTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The currency analytics reports every amount in (converted with the rule set's indicative rates).</summary>
    [ConfigurationKeyName("RETURNS_ANALYTICS_CURRENCY")]
    public string AnalyticsCurrency { get; set; } = "USD";

    /// <summary>How often a host re-reads the recent months of analytics to see what other instances wrote.</summary>
    [ConfigurationKeyName("RETURNS_ANALYTICS_REFRESH")]
    public TimeSpan AnalyticsRefresh { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The first wait before a failed workflow step is tried again (then doubling, up to a minute).</summary>
    [ConfigurationKeyName("RETURNS_ACTIVITY_RETRY_INTERVAL")]
    public TimeSpan ActivityRetryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times a workflow step is tried before it counts as failed (a partner step is then parked).</summary>
    [ConfigurationKeyName("RETURNS_ACTIVITY_ATTEMPTS")]
    public int ActivityAttempts { get; set; } = 5;

    /// <summary>The first wait before a parked partner step (label, refund, exchange) is tried again by itself (then doubling).</summary>
    [ConfigurationKeyName("RETURNS_PARKED_RETRY_INTERVAL")]
    public TimeSpan ParkedRetryInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many rounds a parked step is retried by itself before only the merchant's retry moves it.</summary>
    [ConfigurationKeyName("RETURNS_PARKED_AUTO_RETRIES")]
    public int ParkedAutoRetries { get; set; } = 3;

    public Orchestrations.Workflow.WorkflowTimings ToTimings() => new(
        ConfirmationTimeout, ApprovalTimeout, LabelReminder ?? LabelExpiry / 3, LabelExpiry, InspectionTimeout)
    {
        CustomsHoldSla = CustomsHoldSla,
        RefundDeadlineWarning = RefundDeadlineWarning,
        InstantExchangeArrivalTimeout = InstantExchangeTimeout,
        ActivityRetryInterval = ActivityRetryInterval > TimeSpan.Zero ? ActivityRetryInterval : TimeSpan.FromSeconds(2),
        ActivityAttempts = Math.Clamp(ActivityAttempts, 1, 100),
        ParkedRetryInterval = ParkedRetryInterval > TimeSpan.Zero ? ParkedRetryInterval : TimeSpan.FromHours(1),
        ParkedAutoRetries = Math.Clamp(ParkedAutoRetries, 0, 100),
    };

    public Orchestrations.Workflow.TaxClaimReminderInput ToClaimReminders() =>
        Orchestrations.Workflow.TaxClaimReminderInput.Default with { Interval = ClaimReminderInterval };
}
