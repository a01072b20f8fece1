using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Returns.Api.Configuration;

namespace Returns.Tests.Security;

/// <summary>The request line (its query string carries guests' emails and link tokens) stays out of the log whatever is configured.</summary>
public sealed class PrivateLoggingTests
{
    [Theory]
    [InlineData("Default")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics")]
    public void RequestLine_ConfiguredAtInformation_StillNotLogged(string configuredCategory)
    {
        using var services = Logging(new() { ["Logging:LogLevel:" + configuredCategory] = "Trace" });
        var factory = services.GetRequiredService<ILoggerFactory>();

        Assert.False(factory.CreateLogger(PrivateLogging.RequestLineCategory).IsEnabled(LogLevel.Information));
        Assert.True(factory.CreateLogger(PrivateLogging.RequestLineCategory).IsEnabled(LogLevel.Warning));
        Assert.True(factory.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(configuredCategory == "Microsoft.AspNetCore.Hosting.Diagnostics" ? LogLevel.Information : LogLevel.Trace));
    }

    private static ServiceProvider Logging(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging(logging =>
            {
                logging.AddConfiguration(configuration.GetSection("Logging"));
                logging.AddConsole();
                logging.AddPrivacyFilters();
            })
            .BuildServiceProvider();
    }
}
