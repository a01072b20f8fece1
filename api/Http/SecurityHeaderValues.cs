using Microsoft.AspNetCore.Http;

namespace Returns.Api.Http;

/// <summary>Headers every answer carries, in both hosts: no framing, no sniffing, no referrer leaks, scripts only from here.</summary>
public static class SecurityHeaderValues
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static void Apply(IHeaderDictionary headers)
    {
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers["Content-Security-Policy"] = ContentSecurityPolicy;
    }
}
