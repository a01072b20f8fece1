using Microsoft.DurableTask;

namespace Returns.Overhead;

/// <summary>
/// The skeleton of a return's orchestration without its work: the same activity calls, the same external events
/// under one event name, and a timer raced against each wait the real one raced. Its custom status is the index
/// of the wait it is at, which the driver polls as the lifecycle bench polls a return's stage.
/// </summary>
internal sealed class NoopOrchestrator : TaskOrchestrator<NoopInput, int>
{
    public const string EventName = "NoopEvent";

    public override async Task<int> RunAsync(TaskOrchestrationContext context, NoopInput input)
    {
        var calls = 0;
        for (var i = 0; i < input.Leading; i++)
            calls += await context.CallActivityAsync<int>(nameof(NoopActivity), 1);

        for (var k = 0; k < input.Waits.Count; k++)
        {
            var wait = input.Waits[k];
            context.SetCustomStatus(k);
            var next = context.WaitForExternalEvent<string>(EventName);
            if (wait.Timed && !next.IsCompleted)
            {
                using var cancel = new CancellationTokenSource();
                var timer = context.CreateTimer(context.CurrentUtcDateTime + input.TimerDelay, cancel.Token);
                if (await Task.WhenAny(next, timer) == next)
                    cancel.Cancel();
            }

            await next;
            for (var i = 0; i < wait.ActivitiesAfter; i++)
                calls += await context.CallActivityAsync<int>(nameof(NoopActivity), 1);
        }

        context.SetCustomStatus(input.Waits.Count);
        return calls;
    }
}
