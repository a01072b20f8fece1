using Microsoft.DurableTask;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>Voids a label with the adapter that issued it (the carrier the route chose).</summary>
public sealed class VoidReturnLabel(ReturnContextLoader loader, IReturnStore returns, ILabelCarriers carriers, RoutingNetworkSource networks)
    : TaskActivity<VoidLabelRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, VoidLabelRequest request)
    {
        var record = await loader.ReturnAsync(request.ReturnId);
        var carrierId = record.RouteDecision?.ChosenOption.CarrierId;
        var adapter = (await networks.CurrentAsync()).Carriers.FirstOrDefault(c => c.Id == carrierId)?.Adapter;
        await carriers.For(adapter).VoidAsync(request.TrackingNumber);
        if (record.Label is { Voided: false } label)
            await returns.SaveAsync(record with { Label = label with { Voided = true } });
        return true;
    }
}
