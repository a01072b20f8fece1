namespace Returns.Api.Http;

/// <summary>
/// Every HTTP route of the contract, named as the Functions app names its functions. Both hosts serve
/// exactly these; the parity test holds them to it.
/// </summary>
public static class ApiRoutes
{
    /// <summary><see cref="LocalOnly"/> routes are served by the local host only.</summary>
    public sealed record Route(string Name, string Method, string Template, bool LocalOnly = false);

    public static IReadOnlyList<Route> All { get; } =
    [
        new("Health", "GET", "api/health"),
        new("OpenApi", "GET", "api/openapi.json"),
        new("PutOrder", "POST", "api/orders"),
        new("ShopifyOrderWebhook", "POST", "api/webhooks/shopify/orders"),
        new("WooCommerceOrderWebhook", "POST", "api/webhooks/woocommerce/orders"),
        new("PortalLookup", "POST", "api/portal/lookup"),
        new("UploadPhoto", "POST", "api/portal/photos"),
        new("CreateReturn", "POST", "api/returns"),
        new("ConfirmReturn", "GET", "api/returns/confirm"),
        new("GetReturn", "GET", "api/returns/{returnId}"),
        new("GetReturnLabel", "GET", "api/returns/{returnId}/label"),
        new("GetReturnQr", "GET", "api/returns/{returnId}/qr"),
        new("GetReturnDocument", "GET", "api/returns/{returnId}/documents/{kind}"),
        new("GenericCarrierEvents", "POST", "api/carriers/generic/events"),
        new("AfterShipCarrierEvents", "POST", "api/carriers/aftership/events"),
        new("EasyPostCarrierEvents", "POST", "api/carriers/easypost/events"),
        new("AdminListReturns", "GET", "api/admin/returns"),
        new("AdminGetReturn", "GET", "api/admin/returns/{returnId}"),
        new("AdminDecision", "POST", "api/admin/returns/{returnId}/decision"),
        new("AdminReceipt", "POST", "api/admin/returns/{returnId}/receipt"),
        new("AdminInspection", "POST", "api/admin/returns/{returnId}/inspection"),
        new("AdminRetryParkedStep", "POST", "api/admin/returns/{returnId}/retry"),
        new("AdminGetPhoto", "GET", "api/admin/photos/{photoId}"),
        new("AdminUploadPhoto", "POST", "api/admin/photos"),
        new("AdminReturnClaims", "GET", "api/admin/returns/{returnId}/claims"),
        new("AdminClaims", "GET", "api/admin/claims"),
        new("AdminGetPolicy", "GET", "api/admin/policy"),
        new("AdminPutPolicy", "PUT", "api/admin/policy"),
        new("AdminComplianceRules", "GET", "api/admin/compliance/rules"),
        new("AdminReloadCompliance", "POST", "api/admin/compliance/reload"),
        new("AdminGetRouting", "GET", "api/admin/routing"),
        new("AdminPutRouting", "PUT", "api/admin/routing"),
        new("AdminLedger", "GET", "api/admin/ledger"),
        new("AdminLaneReport", "GET", "api/admin/reports/lanes"),
        new("AdminWebhookDeliveries", "GET", "api/admin/webhooks/deliveries"),
        new("AdminRetryWebhookDelivery", "POST", "api/admin/webhooks/deliveries/{deliveryId}/retry"),
        new("AdminAnalytics", "GET", "api/admin/analytics/{table}"),
        new("AdminWarehouseFind", "GET", "api/admin/warehouse/{code}"),
        new("AdminGradingSuggest", "POST", "api/admin/grading/suggest"),
        new("AdminStock", "GET", "api/admin/stock"),
        new("AdminUpdateStock", "PUT", "api/admin/stock/{returnId}/{sku}/{unit}"),
        new("AdminEraseCustomer", "POST", "api/admin/customers/erase"),
        new("PortalPage", "GET", "portal"),
        new("MerchantPage", "GET", "merchant"),
        // The script and styles the pages share, next to them so the pages find them by relative URL.
        new("PageScript", "GET", "assets/returns-ui.js"),
        new("PageStyle", "GET", "assets/returns-ui.css"),
        new("AnalyticsScript", "GET", "assets/admin-analytics.js"),
        new("PageStrings", "GET", "assets/i18n/{language}"),
        // Azure Functions reserves routes under /admin for its own management API, so on Azure the
        // dashboard is served at /merchant only; the local host serves it at both.
        new("AdminPage", "GET", "admin", LocalOnly: true),
        new("DevOutbox", "GET", "api/dev/outbox", LocalOnly: true),
        new("DevOutboxPage", "GET", "dev/outbox", LocalOnly: true),
    ];
}
