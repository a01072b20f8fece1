using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Returns.Api;
using Returns.Api.Configuration;

namespace Returns.Functions;

/// <summary>
/// The Azure host: the shared app (settings, adapters, workflow, handlers) behind thin [Function] triggers.
/// A named class rather than top-level statements, so it never clashes with the local host's Program in tests.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<SecurityHeadersMiddleware>();
        builder.UseMiddleware<RequestLimitsMiddleware>();
        builder.Logging.AddPrivacyFilters();
        builder.Services.AddReturnsApp(builder.Configuration, PublicBaseUrl.From(builder.Configuration[PublicBaseUrl.HostnameSetting]));
        builder.Services.AddHostedService<Background.SignalledDispatch>();
        builder.Build().Run();
    }
}
