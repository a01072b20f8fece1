using Microsoft.AspNetCore.Http;

namespace Returns.Api.Http;

/// <summary>
/// Headers every answer carries, in both hosts: no framing, no sniffing, no referrer leaks, and scripts only from this
/// origin. Pages with scripts of their own allow exactly those by hash (<see cref="PolicyAllowingScripts"/>), so no
/// answer ever allows inline script in general; inline styles stay allowed (they cannot run code).
/// </summary>
public static class SecurityHeaderValues
{
    public const string ContentSecurityPolicyHeader = "Content-Security-Policy";
    public const string StrictTransportSecurityHeader = "Strict-Transport-Security";

    /// <summary>The policy of every answer that is not a page with inline scripts (JSON, problems, PDFs, message pages).</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; " + PolicyRest;

    /// <summary>One year, subdomains included: sent by the Azure host, which is only reachable over HTTPS.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    private const string PolicyRest =
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>The policy of a page whose own inline scripts have these SHA-256 hashes (base64).</summary>
    public static string PolicyAllowingScripts(IEnumerable<string> sha256Hashes) =>
        "default-src 'self'; script-src 'self'" + string.Concat(sha256Hashes.Select(h => $" 'sha256-{h}'")) + "; " + PolicyRest;

    /// <summary>Sets every header (a handler may then narrow or widen the policy of its own answer).</summary>
    public static void Apply(IHeaderDictionary headers, bool strictTransport = false)
    {
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers[ContentSecurityPolicyHeader] = ContentSecurityPolicy;
        if (strictTransport)
            headers[StrictTransportSecurityHeader] = StrictTransportSecurity;
    }

    /// <summary>
    /// Sets the headers an answer lost on its way out: the exception handler and the status-code pages clear the
    /// response before writing their problem, headers included. A policy a handler set is kept.
    /// </summary>
    public static void ApplyMissing(IHeaderDictionary headers, bool strictTransport = false)
    {
        headers.TryAdd("X-Content-Type-Options", "nosniff");
        headers.TryAdd("Referrer-Policy", "no-referrer");
        headers.TryAdd("X-Frame-Options", "DENY");
        headers.TryAdd(ContentSecurityPolicyHeader, ContentSecurityPolicy);
        if (strictTransport)
            headers.TryAdd(StrictTransportSecurityHeader, StrictTransportSecurity);
    }

    /// <summary>Sets the headers now and again, where missing, just before the answer starts.</summary>
    public static void ApplyTo(HttpResponse response, bool strictTransport = false)
    {
        Apply(response.Headers, strictTransport);
        response.OnStarting(static state =>
        {
            var (r, sts) = ((HttpResponse, bool))state;
            ApplyMissing(r.Headers, sts);
            return Task.CompletedTask;
        }, (response, strictTransport));
    }
}
