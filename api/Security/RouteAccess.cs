namespace Returns.Api.Security;

/// <summary>Who may call a route, and what proves it. Every route of the route table has exactly one.</summary>
public enum RouteAccess
{
    /// <summary>Anyone: health, the OpenAPI document, the pages and their assets. Nothing personal is answered.</summary>
    Public,

    /// <summary>
    /// A customer who proves the order (email and order number) or holds a signed link of one return. A stranger gets
    /// the same 404 as for something that does not exist; guesses are counted per client and per target (429).
    /// </summary>
    Customer,

    /// <summary>A shop platform or carrier: an HMAC-SHA256 signature of the raw body, checked before parsing (401).</summary>
    SignedWebhook,

    /// <summary>The merchant or the shop site: the admin key in the x-api-key header (401 problem+json without it).</summary>
    MerchantKey,

    /// <summary>The developer on the machine of the local host: answered to loopback clients only.</summary>
    LocalDeveloper,
}
