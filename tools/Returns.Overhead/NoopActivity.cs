using Microsoft.DurableTask;

namespace Returns.Overhead;

/// <summary>An activity that does nothing: what is left is the backend's cost of scheduling, running and completing it.</summary>
internal sealed class NoopActivity : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input);
}
