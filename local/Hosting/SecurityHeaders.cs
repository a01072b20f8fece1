using Returns.Api.Http;

namespace Returns.Local.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// The security headers on every answer, errors included. No HSTS: the local host speaks plain HTTP on loopback.
    /// </summary>
    public static IApplicationBuilder UseReturnsSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            SecurityHeaderValues.ApplyTo(context.Response);
            await next();
        });
}
