namespace Returns.Orchestrations.Background;

/// <summary>
/// Wakes a background loop in this process when there is work, without piling up: any number of signals before the
/// loop waits again count as one.
/// </summary>
public sealed class WakeSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Set()
    {
        if (_signal.CurrentCount != 0)
            return;
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Set by another thread meanwhile.
        }
    }

    /// <summary>True when set (and reset), false when <paramref name="timeout"/> passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
