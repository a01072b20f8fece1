using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Payments.Stripe;

public static class StripeServiceCollectionExtensions
{
    /// <summary>
    /// Makes <see cref="StripePayments"/> the <see cref="IPayments"/>, with <see cref="LedgerPayments"/> (registered as
    /// itself when it is not yet) for store credit. Call after <c>AddReturnsAdapters</c>: it replaces the ledger as
    /// the <see cref="IPayments"/> and needs its <c>ReturnsStorage</c> and <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddStripePayments(this IServiceCollection services, StripeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(settings.ApiKey))
            throw new ArgumentException("A Stripe API key is required.", nameof(settings));

        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LedgerPayments>();
        services.RemoveAll<IPayments>();
        services.AddSingleton<IPayments>(sp => new StripePayments(settings.CreateClient(), sp.GetRequiredService<LedgerPayments>()));
        return services;
    }
}
