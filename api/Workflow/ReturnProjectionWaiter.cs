using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Workflow;

/// <summary>
/// Lets a merchant or customer action answer once the workflow has applied it, so the answer (and a
/// follow-up action such as an inspection right after a receipt) sees the new stage. Bounded: when
/// the workflow is slow the action is still accepted and the answer shows the stage as it is.
/// </summary>
public sealed class ReturnProjectionWaiter(IReturnStore returns, TimeSpan timeout)
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxPoll = TimeSpan.FromMilliseconds(400);

    /// <summary>The return once the workflow recorded a step after <paramref name="before"/>, or as it is at the timeout.</summary>
    public async Task<ReturnRecord> WaitForNextStepAsync(ReturnRecord before, CancellationToken cancellationToken)
    {
        if (timeout <= TimeSpan.Zero)
            return before;
        var deadline = DateTime.UtcNow + timeout;
        var latest = before;
        var poll = FirstPoll;
        while (DateTime.UtcNow < deadline)
        {
            // Backing off keeps many waiting requests from crowding storage during a peak.
            await Task.Delay(poll, cancellationToken);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, MaxPoll.Ticks));
            latest = await returns.GetAsync(before.ReturnId, cancellationToken) ?? latest;
            if (latest.Sequence > before.Sequence)
                return latest;
        }

        return latest;
    }
}
