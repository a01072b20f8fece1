namespace Returns.Overhead;

/// <summary>The shape the no-op orchestration replays, and how far away its timers are (they never fire in a run).</summary>
internal sealed record NoopInput(int Leading, IReadOnlyList<ShapeWait> Waits, TimeSpan TimerDelay)
{
    public static NoopInput From(LifecycleShape shape, TimeSpan timerDelay) => new(shape.Leading, shape.Waits, timerDelay);
}
