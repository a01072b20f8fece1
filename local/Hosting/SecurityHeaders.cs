using Returns.Api.Http;

namespace Returns.Local.Hosting;

public static class SecurityHeaders
{
    public static IApplicationBuilder UseReturnsSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            SecurityHeaderValues.Apply(context.Response.Headers);
            await next();
        });
}
