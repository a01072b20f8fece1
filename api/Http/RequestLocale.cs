using Microsoft.AspNetCore.Http;
using Returns.Orchestrations.Localization;

namespace Returns.Api.Http;

/// <summary>The customer's language for one request: ?lang=, else Accept-Language, else the order's or return's locale.</summary>
public static class RequestLocale
{
    public static CustomerLocale Of(HttpRequest request, string? fallbackTag = null) =>
        CustomerLanguages.Default.Select(request.Query["lang"], request.Headers.AcceptLanguage, fallbackTag);
}
