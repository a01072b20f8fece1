using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Returns.Functions.Workflow;

/// <summary>The <see cref="TaskActivityContext"/> of one activity-trigger invocation: the function's name and the
/// calling orchestration's instance id (the "instanceId" binding data the Durable extension supplies).</summary>
public sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public const string InstanceIdBindingData = "instanceId";

    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;

    public static FunctionActivityContext From(FunctionContext context) =>
        new(context.FunctionDefinition.Name,
            context.BindingContext.BindingData.TryGetValue(InstanceIdBindingData, out var id) ? id?.ToString() ?? "" : "");
}
