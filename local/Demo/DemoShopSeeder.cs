using Microsoft.Extensions.Options;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Ports;

namespace Returns.Local.Demo;

/// <summary>
/// Puts the demo orders in place the first time (`--seed-demo`), and the demo shop's policy when none was saved;
/// existing orders and a saved policy are left alone. The shop's sales and returns history for the analytics dashboard
/// is written each time; it is keyed by month, so writing it again changes nothing.
/// </summary>
public sealed partial class DemoShopSeeder(
    IOrderStore orders, IMerchantPolicyStore policies, IOptions<ReturnPolicyOptions> defaults, IAnalyticsStore analytics, AnalyticsCube cube,
    AnalyticsRecorder recorder, TimeProvider clock, ILogger<DemoShopSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var order in DemoShop.Orders(clock.GetUtcNow()))
        {
            if (await orders.GetAsync(order.OrderNumber, cancellationToken) is null)
            {
                await orders.UpsertAsync(order, cancellationToken);
                await recorder.TryRecordOrderAsync(null, order, cancellationToken);
                added++;
            }
        }

        if (await policies.GetAsync(cancellationToken) is null)
            await policies.SaveAsync(DemoShop.Policy(defaults.Value), cancellationToken);
        foreach (var month in DemoHistory.Updates(clock.GetUtcNow(), recorder.Currency))
            cube.Apply(await analytics.ApplyAsync(month, cancellationToken));
        LogSeeded(added, DemoHistory.Months);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo shop seeded with {Added} new orders and {Months} months of history")]
    private partial void LogSeeded(int added, int months);
}
