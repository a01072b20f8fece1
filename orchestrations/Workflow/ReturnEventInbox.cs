using Microsoft.DurableTask;

namespace Returns.Orchestrations.Workflow;

/// <summary>
/// Waits for the next <see cref="ReturnEvent"/> with an optional deadline. The event waiter is never
/// cancelled: when the timer wins, the same waiter stays outstanding for the next call, so an event
/// raised at the deadline is not handed to a dead waiter and lost.
/// </summary>
internal sealed class ReturnEventInbox(TaskOrchestrationContext context)
{
    private Task<ReturnEvent>? _pending;

    /// <summary>True when the next event has already arrived, so <see cref="NextAsync"/> returns without waiting.</summary>
    public bool HasWaiting
    {
        get
        {
            _pending ??= context.WaitForExternalEvent<ReturnEvent>(WorkflowEvents.ReturnEvent);
            return _pending.IsCompleted;
        }
    }

    /// <summary>The next event, or null when <paramref name="deadline"/> passed first.</summary>
    public async Task<ReturnEvent?> NextAsync(DateTime? deadline)
    {
        _pending ??= context.WaitForExternalEvent<ReturnEvent>(WorkflowEvents.ReturnEvent);
        if (deadline is not null && !_pending.IsCompleted)
        {
            using var timerCancellation = new CancellationTokenSource();
            var timer = context.CreateTimer(deadline.Value, timerCancellation.Token);
            var winner = await Task.WhenAny(_pending, timer);
            if (winner != _pending)
                return null;
            timerCancellation.Cancel();
        }

        var received = await _pending;
        _pending = null;
        return received;
    }
}
