using Microsoft.DurableTask;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

public sealed class VoidReturnLabel(ReturnContextLoader loader, IReturnStore returns, ILabelCarrier carrier)
    : TaskActivity<VoidLabelRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, VoidLabelRequest request)
    {
        await carrier.VoidAsync(request.TrackingNumber);
        var record = await loader.ReturnAsync(request.ReturnId);
        if (record.Label is { Voided: false } label)
            await returns.SaveAsync(record with { Label = label with { Voided = true } });
        return true;
    }
}
