using Microsoft.DurableTask;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Orchestrations.Exchanges;

/// <summary>
/// An instant exchange, as a sub-orchestration of the return: the replacement ships as soon as the carrier first
/// scans the returned parcel; then it waits for the parcel to arrive. If it never does within the arrival timeout,
/// the exchange is compensated: the replacement is charged to the customer and the merchant is told.
/// </summary>
public sealed class InstantExchangeOrchestrator : TaskOrchestrator<InstantExchangeInput, string>
{
    /// <summary>The event the return's workflow raises when the returned goods are received.</summary>
    public const string ArrivedEvent = "return_arrived";

    public static string InstanceIdFor(string returnId) => returnId + ":instant-exchange";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, InstantExchangeInput input)
    {
        var retry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(2), 2, TimeSpan.FromMinutes(1)));
        await context.CallActivityAsync<ExchangeShipment>(nameof(ShipReturnExchange), new SettlementRequest(input.ReturnId, Resolutions.Exchange), retry);

        using var timerCancellation = new CancellationTokenSource();
        var arrived = context.WaitForExternalEvent<string>(ArrivedEvent);
        var timeout = context.CreateTimer(context.CurrentUtcDateTime + input.ArrivalTimeout, timerCancellation.Token);
        if (await Task.WhenAny(arrived, timeout) == arrived)
        {
            timerCancellation.Cancel();
            return InstantExchangeOutcomes.Settled;
        }

        await context.CallActivityAsync<bool>(nameof(CompensateInstantExchange), input.ReturnId, retry);
        return InstantExchangeOutcomes.Compensated;
    }
}
