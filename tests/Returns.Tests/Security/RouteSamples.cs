using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Tests.EndToEnd;
using Returns.Tests.Photos;

namespace Returns.Tests.Security;

/// <summary>
/// Requests for any route of the route table, generated from its template: placeholders filled with values of the
/// security host's customers, and for merchant routes that change something a body that would change it.
/// </summary>
public static partial class RouteSamples
{
    public static IEnumerable<ApiRoutes.Route> WithAccess(RouteAccess access) =>
        ApiRoutes.All.Where(r => RouteAccessTable.Of(r) == access);

    /// <summary>Values for the template placeholders; unknown placeholders fail, so a new one needs a value here.</summary>
    public static IReadOnlyDictionary<string, string> Values(SecurityCustomer customer) => new Dictionary<string, string>
    {
        ["returnId"] = customer.ReturnId,
        ["photoId"] = "ph-0000000000000000",
        ["deliveryId"] = "dl-0000000000000000",
        ["table"] = "dashboard",
        ["code"] = customer.TrackingNumber,
        ["sku"] = "TEE-BLK-M",
        ["unit"] = "1",
        ["kind"] = "commercial-invoice",
        ["language"] = "en",
    };

    public static string PathOf(ApiRoutes.Route route, IReadOnlyDictionary<string, string> values) =>
        "/" + Placeholder().Replace(route.Template, m => values.TryGetValue(m.Groups[1].Value, out var v)
            ? Uri.EscapeDataString(v)
            : throw new InvalidOperationException($"Route {route.Name}: no sample value for {{{m.Groups[1].Value}}}; add one to {nameof(RouteSamples)}."));

    /// <summary>
    /// A body that the merchant route would act on with the right key (null for routes without a body), so a 401 proves
    /// the key is checked before anything happens. A PUT sends back what the GET of the same template answers.
    /// </summary>
    public static Func<HttpContent>? MerchantBody(ApiRoutes.Route route, SecurityCustomer customer, IReadOnlyDictionary<string, string> currentByTemplate)
    {
        if (route.Method == "GET")
            return null;
        if (route.Method == "PUT" && currentByTemplate.TryGetValue(route.Template, out var current))
            return () => Json(current);
        return route.Name switch
        {
            "PutOrder" => () => Json(ReturnsHttp.TaiwanToGermanyOrder(UnstoredOrderNumber, "intruder@example.org").ToJsonString()),
            "AdminDecision" => () => Json("""{ "approve": false, "note": "refused by someone without the key" }"""),
            "AdminReceipt" => () => Json("""{ "location": "nowhere", "lines": [ { "sku": "TEE-BLK-M", "quantity": 2 }, { "sku": "HOODIE-GRY-L", "quantity": 1 } ] }"""),
            "AdminInspection" => () => Json("""{ "lines": [ { "sku": "TEE-BLK-M", "quantity": 2, "grade": "D" }, { "sku": "HOODIE-GRY-L", "quantity": 1, "grade": "D" } ] }"""),
            "AdminUpdateStock" => () => Json("""{ "status": "sold", "valueRecovered": 1 }"""),
            "AdminGradingSuggest" => () => Json("""{ "category": "apparel", "reason": "changed_mind", "checks": {} }"""),
            "AdminUploadPhoto" => () => Photo(customer.ReturnId),
            _ => () => Json("{}"),
        };
    }

    /// <summary>The order number the PutOrder attempts name; it must never be stored.</summary>
    public static string UnstoredOrderNumber { get; } = "SEC-NEVER-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static MultipartFormDataContent Photo(string returnId)
    {
        var image = new ByteArrayContent(PngSamples.Clean());
        image.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { new StringContent(returnId), "returnId" }, { image, "photo", "parcel.png" } };
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
