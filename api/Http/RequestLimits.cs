using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Returns.Api.Http;

/// <summary>
/// How large a request body each route accepts, applied by both hosts before the handler runs: the server is told to
/// stop reading past the limit (so a chunked body without Content-Length is cut off too), and a Content-Length over
/// it is answered 413 at once, on every route, before anything is parsed. The photo uploads take a photo of up to
/// <see cref="PhotoMaxBytes"/> and a little text; everything else at most <see cref="RequestBody.MaxBytes"/>.
/// </summary>
public static class RequestLimits
{
    public const int PhotoMaxBytes = Photos.PhotoSanitizer.MaxBytes;

    /// <summary>The multipart form of a photo upload: the photo plus its few text fields.</summary>
    public const int PhotoFormMaxBytes = PhotoMaxBytes + (64 * 1024);

    private static readonly HashSet<string> PhotoRoutes = ["UploadPhoto", "AdminUploadPhoto"];

    /// <summary>Routes customers call from the portal and its email links: their errors are in the customer's language.</summary>
    private static readonly HashSet<string> CustomerRoutes =
        ["PortalLookup", "UploadPhoto", "CreateReturn", "ConfirmReturn", "GetReturn", "GetReturnLabel", "GetReturnQr", "GetReturnDocument", "PortalPage", "PageStrings"];

    /// <summary>
    /// What the server may read beyond a route's limit. Kestrel counts a chunked body's framing against its limit, so a
    /// chunked body of exactly the limit would be cut off; the handlers count the body itself and refuse at the limit.
    /// </summary>
    public const int ServerSlackBytes = 16 * 1024;

    public static long MaxBytesFor(string routeName) => PhotoRoutes.Contains(routeName) ? PhotoFormMaxBytes : RequestBody.MaxBytes;

    /// <summary>Sets the route's limit on the request; the 413 answer when its Content-Length is over it, else null.</summary>
    public static IResult? Apply(HttpContext context, string routeName)
    {
        var limit = MaxBytesFor(routeName);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limit + ServerSlackBytes;
        return context.Request.ContentLength > limit ? TooLarge(context.Request, routeName) : null;
    }

    /// <summary>The 413 of a route: translated on the customer's routes, the photo limit on the photo uploads.</summary>
    public static IResult TooLarge(HttpRequest request, string routeName)
    {
        if (routeName == "UploadPhoto")
            return Problems.ForCustomer(StatusCodes.Status413PayloadTooLarge, RequestLocale.Of(request), "photoTooLarge", ("size", PhotoMaxBytes / (1024 * 1024)));
        if (CustomerRoutes.Contains(routeName))
            return Problems.ForCustomer(StatusCodes.Status413PayloadTooLarge, RequestLocale.Of(request), "bodyTooLarge");
        return PhotoRoutes.Contains(routeName)
            ? Problems.PayloadTooLarge($"A photo may have at most {PhotoMaxBytes / (1024 * 1024)} MB.")
            : Problems.PayloadTooLarge($"The body is larger than {RequestBody.MaxBytes} bytes.");
    }
}
