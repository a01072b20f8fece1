using Returns.Api.Http;

namespace Returns.Api.Security;

/// <summary>
/// The access class of every route of <see cref="ApiRoutes"/>, by route name. A route missing here has no declared
/// access and fails the authorization matrix test, so a new route cannot ship without a decision about who may call it.
/// </summary>
public static class RouteAccessTable
{
    public static IReadOnlyDictionary<string, RouteAccess> ByName { get; } = new Dictionary<string, RouteAccess>(StringComparer.Ordinal)
    {
        ["Health"] = RouteAccess.Public,
        ["OpenApi"] = RouteAccess.Public,
        ["PutOrder"] = RouteAccess.MerchantKey,
        ["ShopifyOrderWebhook"] = RouteAccess.SignedWebhook,
        ["WooCommerceOrderWebhook"] = RouteAccess.SignedWebhook,
        ["PortalLookup"] = RouteAccess.Customer,
        ["UploadPhoto"] = RouteAccess.Customer,
        ["CreateReturn"] = RouteAccess.Customer,
        ["ConfirmReturn"] = RouteAccess.Customer,
        ["GetReturn"] = RouteAccess.Customer,
        ["GetReturnLabel"] = RouteAccess.Customer,
        ["GetReturnQr"] = RouteAccess.Customer,
        ["GetReturnDocument"] = RouteAccess.Customer,
        ["GenericCarrierEvents"] = RouteAccess.SignedWebhook,
        ["AfterShipCarrierEvents"] = RouteAccess.SignedWebhook,
        ["EasyPostCarrierEvents"] = RouteAccess.SignedWebhook,
        ["AdminListReturns"] = RouteAccess.MerchantKey,
        ["AdminGetReturn"] = RouteAccess.MerchantKey,
        ["AdminDecision"] = RouteAccess.MerchantKey,
        ["AdminReceipt"] = RouteAccess.MerchantKey,
        ["AdminInspection"] = RouteAccess.MerchantKey,
        ["AdminGetPhoto"] = RouteAccess.MerchantKey,
        ["AdminUploadPhoto"] = RouteAccess.MerchantKey,
        ["AdminReturnClaims"] = RouteAccess.MerchantKey,
        ["AdminClaims"] = RouteAccess.MerchantKey,
        ["AdminGetPolicy"] = RouteAccess.MerchantKey,
        ["AdminPutPolicy"] = RouteAccess.MerchantKey,
        ["AdminComplianceRules"] = RouteAccess.MerchantKey,
        ["AdminReloadCompliance"] = RouteAccess.MerchantKey,
        ["AdminGetRouting"] = RouteAccess.MerchantKey,
        ["AdminPutRouting"] = RouteAccess.MerchantKey,
        ["AdminLedger"] = RouteAccess.MerchantKey,
        ["AdminLaneReport"] = RouteAccess.MerchantKey,
        ["AdminWebhookDeliveries"] = RouteAccess.MerchantKey,
        ["AdminRetryWebhookDelivery"] = RouteAccess.MerchantKey,
        ["AdminAnalytics"] = RouteAccess.MerchantKey,
        ["AdminRetryParkedStep"] = RouteAccess.MerchantKey,
        ["AdminEraseCustomer"] = RouteAccess.MerchantKey,
        ["AdminWarehouseFind"] = RouteAccess.MerchantKey,
        ["AdminGradingSuggest"] = RouteAccess.MerchantKey,
        ["AdminStock"] = RouteAccess.MerchantKey,
        ["AdminUpdateStock"] = RouteAccess.MerchantKey,
        // The pages are static; the dashboard asks for the key and sends it with each API call.
        ["PortalPage"] = RouteAccess.Public,
        ["MerchantPage"] = RouteAccess.Public,
        ["PageScript"] = RouteAccess.Public,
        ["PageStyle"] = RouteAccess.Public,
        ["AnalyticsScript"] = RouteAccess.Public,
        ["PageStrings"] = RouteAccess.Public,
        ["AdminPage"] = RouteAccess.Public,
        ["DevOutbox"] = RouteAccess.LocalDeveloper,
        ["DevOutboxPage"] = RouteAccess.LocalDeveloper,
    };

    /// <summary>The route's access class, or null when none is declared.</summary>
    public static RouteAccess? Of(ApiRoutes.Route route) => ByName.TryGetValue(route.Name, out var access) ? access : null;
}
