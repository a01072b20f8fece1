namespace Returns.Local.Hosting;

/// <summary>Headers every answer carries: no framing, no sniffing, no referrer leaks, scripts only from here.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseReturnsSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Frame-Options"] = "DENY";
            headers["Content-Security-Policy"] =
                "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
            await next();
        });
}
