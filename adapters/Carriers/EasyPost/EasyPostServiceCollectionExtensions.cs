using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Returns.Adapters.Storage;

namespace Returns.Adapters.Carriers.EasyPost;

public static class EasyPostServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EasyPostCarrier"/> (not as the <c>ILabelCarrier</c>: the label carriers pick it by name)
    /// with the table index, the store-backed customs lines and the routing network's rate choices. Needs the
    /// adapters' <see cref="ReturnsStorage"/>, stores and the workflow's <c>RoutingNetworkSource</c>.
    /// </summary>
    public static IServiceCollection AddEasyPostCarrier(this IServiceCollection services, EasyPostSettings settings)
    {
        services.AddSingleton(settings);
        services.TryAddSingleton<IEasyPostShipmentIndex>(sp => new TableEasyPostShipmentIndex(sp.GetRequiredService<ReturnsStorage>()));
        services.TryAddSingleton<IEasyPostCustomsSource, StoreEasyPostCustomsSource>();
        services.TryAddSingleton<IEasyPostRateChoices, NetworkEasyPostRateChoices>();
        // One long-lived client; the pooled-connection lifetime lets it notice DNS changes without IHttpClientFactory.
        services.AddSingleton(new EasyPostClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(60) },
            settings));
        services.AddSingleton<EasyPostCarrier>();
        return services;
    }
}
