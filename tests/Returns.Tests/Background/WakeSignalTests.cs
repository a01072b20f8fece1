using Returns.Orchestrations.Background;

namespace Returns.Tests.Background;

public sealed class WakeSignalTests
{
    [Fact]
    public async Task WaitAsync_SetSeveralTimesBeforeWaiting_WakesOnceThenTimesOut()
    {
        var signal = new WakeSignal();
        signal.Set();
        signal.Set();
        signal.Set();

        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None));
    }

    [Fact]
    public async Task WaitAsync_SetWhileWaiting_Wakes()
    {
        var signal = new WakeSignal();
        var waiting = signal.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);

        signal.Set();

        Assert.True(await waiting);
    }
}
