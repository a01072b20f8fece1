using Microsoft.DurableTask.Client;
using Returns.Api.Handlers;
using Returns.Orchestrations.Ports;
using Returns.Api.Http;
using Returns.Api.Pages;
using Returns.Api.Security;

namespace Returns.Local.Hosting;

/// <summary>Maps every route of <see cref="ApiRoutes"/> to its host-neutral handler.</summary>
public static class LocalRouteMap
{
    public static IReadOnlyDictionary<string, Delegate> Handlers { get; } = new Dictionary<string, Delegate>
    {
        ["Health"] = (HealthHandlers h, DurableTaskClient c, CancellationToken ct) => h.CheckAsync(c, ct),
        ["OpenApi"] = () => OpenApiHandlers.Get(),
        ["PutOrder"] = (OrderHandlers h, HttpRequest r, CancellationToken ct) => h.PutOrderAsync(r, ct),
        ["ShopifyOrderWebhook"] = (ShopifyHandlers h, HttpRequest r, CancellationToken ct) => h.OrdersAsync(r, ct),
        ["WooCommerceOrderWebhook"] = (WooCommerceHandlers h, HttpRequest r, CancellationToken ct) => h.OrdersAsync(r, ct),
        ["PortalLookup"] = (PortalHandlers h, HttpRequest r, CancellationToken ct) => h.LookupAsync(r, ct),
        ["CreateReturn"] = (PortalHandlers h, HttpRequest r, DurableTaskClient c, CancellationToken ct) => h.CreateReturnAsync(r, c, ct),
        ["ConfirmReturn"] = (ConfirmationHandlers h, HttpRequest r, DurableTaskClient c, CancellationToken ct) => h.ConfirmAsync(r, c, ct),
        ["UploadPhoto"] = (PhotoHandlers h, HttpRequest r, CancellationToken ct) => h.UploadAsync(r, ct),
        ["AdminGetPhoto"] = (PhotoHandlers h, HttpRequest r, string photoId, CancellationToken ct) => h.GetAsync(r, photoId, ct),
        ["AdminUploadPhoto"] = (PhotoHandlers h, HttpRequest r, IReturnStore returns, CancellationToken ct) => h.AdminUploadAsync(r, returns, ct),
        ["GetReturn"] = (TrackingHandlers h, HttpRequest r, string returnId, CancellationToken ct) => h.GetReturnAsync(r, returnId, ct),
        ["GetReturnLabel"] = (TrackingHandlers h, HttpRequest r, string returnId, CancellationToken ct) => h.GetLabelAsync(r, returnId, ct),
        ["GetReturnQr"] = (TrackingHandlers h, HttpRequest r, string returnId, CancellationToken ct) => h.GetQrAsync(r, returnId, ct),
        ["GetReturnDocument"] = (TrackingHandlers h, HttpRequest r, string returnId, string kind, CancellationToken ct) => h.GetDocumentAsync(r, returnId, kind, ct),
        ["GenericCarrierEvents"] = (CarrierHandlers h, HttpRequest r, DurableTaskClient c, CancellationToken ct) => h.GenericEventAsync(r, c, ct),
        ["AfterShipCarrierEvents"] = (CarrierHandlers h, HttpRequest r, DurableTaskClient c, CancellationToken ct) => h.AfterShipEventAsync(r, c, ct),
        ["EasyPostCarrierEvents"] = (CarrierHandlers h, HttpRequest r, DurableTaskClient c, CancellationToken ct) => h.EasyPostEventAsync(r, c, ct),
        ["AdminListReturns"] = (AdminHandlers h, HttpRequest r, CancellationToken ct) => h.ListAsync(r, ct),
        ["AdminGetReturn"] = (AdminHandlers h, HttpRequest r, string returnId, CancellationToken ct) => h.GetAsync(r, returnId, ct),
        ["AdminDecision"] = (AdminHandlers h, HttpRequest r, DurableTaskClient c, string returnId, CancellationToken ct) => h.DecideAsync(r, c, returnId, ct),
        ["AdminReceipt"] = (AdminHandlers h, HttpRequest r, DurableTaskClient c, string returnId, CancellationToken ct) => h.RecordReceiptAsync(r, c, returnId, ct),
        ["AdminInspection"] = (AdminHandlers h, HttpRequest r, DurableTaskClient c, string returnId, CancellationToken ct) => h.RecordInspectionAsync(r, c, returnId, ct),
        ["AdminRetryParkedStep"] = (AdminHandlers h, HttpRequest r, DurableTaskClient c, string returnId, CancellationToken ct) => h.RetryAsync(r, c, returnId, ct),
        ["PortalPage"] = (HttpRequest r) => PageHandlers.Portal(r),
        ["AdminReturnClaims"] = (ClaimsHandlers h, HttpRequest r, string returnId, CancellationToken ct) => h.GetForReturnAsync(r, returnId, ct),
        ["AdminClaims"] = (ClaimsHandlers h, HttpRequest r, CancellationToken ct) => h.ListAsync(r, ct),
        ["AdminGetPolicy"] = (ComplianceHandlers h, HttpRequest r, CancellationToken ct) => h.GetPolicyAsync(r, ct),
        ["AdminPutPolicy"] = (ComplianceHandlers h, HttpRequest r, CancellationToken ct) => h.PutPolicyAsync(r, ct),
        ["AdminComplianceRules"] = (ComplianceHandlers h, HttpRequest r) => h.GetRules(r),
        ["AdminReloadCompliance"] = (ComplianceHandlers h, HttpRequest r) => h.Reload(r),
        ["AdminGetRouting"] = (RoutingHandlers h, HttpRequest r, CancellationToken ct) => h.GetAsync(r, ct),
        ["AdminPutRouting"] = (RoutingHandlers h, HttpRequest r, CancellationToken ct) => h.PutAsync(r, ct),
        ["AdminLedger"] = (LedgerHandlers h, HttpRequest r, CancellationToken ct) => h.QueryAsync(r, ct),
        ["AdminLaneReport"] = (LedgerHandlers h, HttpRequest r, CancellationToken ct) => h.LanesAsync(r, ct),
        ["AdminWebhookDeliveries"] = (WebhookDeliveryHandlers h, HttpRequest r, CancellationToken ct) => h.ListAsync(r, ct),
        ["AdminRetryWebhookDelivery"] = (WebhookDeliveryHandlers h, HttpRequest r, string deliveryId, CancellationToken ct) => h.RetryAsync(r, deliveryId, ct),
        ["AdminAnalytics"] = (AnalyticsHandlers h, HttpRequest r, string table, CancellationToken ct) => h.GetAsync(r, table, ct),
        ["AdminWarehouseFind"] = (BackofficeHandlers h, HttpRequest r, string code, CancellationToken ct) => h.FindAsync(r, code, ct),
        ["AdminGradingSuggest"] = (BackofficeHandlers h, HttpRequest r, CancellationToken ct) => h.SuggestAsync(r, ct),
        ["AdminStock"] = (BackofficeHandlers h, HttpRequest r, CancellationToken ct) => h.StockAsync(r, ct),
        ["AdminUpdateStock"] = (BackofficeHandlers h, HttpRequest r, string returnId, string sku, string unit, CancellationToken ct) => h.UpdateStockAsync(r, returnId, sku, unit, ct),
        ["AdminEraseCustomer"] = (ErasureHandlers h, HttpRequest r, DurableTaskClient c, CancellationToken ct) => h.EraseAsync(r, c, ct),
        ["AdminPage"] = () => PageHandlers.Admin(),
        ["MerchantPage"] = () => PageHandlers.Admin(),
        ["PageScript"] = () => PageHandlers.Script(),
        ["PageStyle"] = () => PageHandlers.Style(),
        ["AnalyticsScript"] = () => PageHandlers.AnalyticsScript(),
        ["PageStrings"] = (string language) => PageHandlers.Strings(language),
        ["DevOutbox"] = (DevOutboxHandlers h, HttpRequest r, CancellationToken ct) => h.ListAsync(r, ct),
        ["DevOutboxPage"] = () => PageHandlers.Outbox(),
    };

    public static IEndpointRouteBuilder MapReturnsRoutes(this IEndpointRouteBuilder app)
    {
        foreach (var route in ApiRoutes.All)
        {
            if (!Handlers.TryGetValue(route.Name, out var handler))
                throw new InvalidOperationException($"Route {route.Name} has no local handler.");
            var endpoint = app.MapMethods("/" + route.Template, [route.Method], handler).WithName(route.Name)
                .AddEndpointFilter(new RequestLimitFilter(route.Name));
            if (RouteAccessTable.Of(route) is RouteAccess.LocalDeveloper)
                endpoint.AddEndpointFilter<LoopbackOnlyFilter>();
        }

        return app;
    }
}
