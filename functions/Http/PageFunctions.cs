using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Returns.Api.Pages;

namespace Returns.Functions.Http;

/// <summary>The customer portal and the merchant dashboard pages, and the script and styles they share.</summary>
public static class PageFunctions
{
    [Function(nameof(PortalPage))]
    public static IResult PortalPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "portal")] HttpRequest request) =>
        PageHandlers.Portal(request);

    /// <summary>The merchant dashboard; /admin is reserved by the Functions host for its own API.</summary>
    [Function(nameof(MerchantPage))]
    public static IResult MerchantPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "merchant")] HttpRequest request) =>
        PageHandlers.Admin();

    [Function(nameof(PageScript))]
    public static IResult PageScript(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assets/returns-ui.js")] HttpRequest request) =>
        PageHandlers.Script();

    [Function(nameof(AnalyticsScript))]
    public static IResult AnalyticsScript(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assets/admin-analytics.js")] HttpRequest request) =>
        PageHandlers.AnalyticsScript();

    [Function(nameof(PageStyle))]
    public static IResult PageStyle(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assets/returns-ui.css")] HttpRequest request) =>
        PageHandlers.Style();

    [Function(nameof(PageStrings))]
    public static IResult PageStrings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assets/i18n/{language}")] HttpRequest request,
        string language) =>
        PageHandlers.Strings(language);
}
