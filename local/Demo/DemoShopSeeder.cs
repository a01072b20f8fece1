using Returns.Orchestrations.Ports;

namespace Returns.Local.Demo;

/// <summary>Puts the demo orders in place the first time (`--seed-demo`); existing orders are left alone.</summary>
public sealed partial class DemoShopSeeder(IOrderStore orders, TimeProvider clock, ILogger<DemoShopSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var order in DemoShop.Orders(clock.GetUtcNow()))
        {
            if (await orders.GetAsync(order.OrderNumber, cancellationToken) is null)
            {
                await orders.UpsertAsync(order, cancellationToken);
                added++;
            }
        }

        LogSeeded(added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo shop seeded with {Added} new orders")]
    private partial void LogSeeded(int added);
}
