using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// Rate choices from the routing network: the service the route chose, by its EasyPost name (<c>externalService</c>).
/// Without a chosen service, any of the carrier's services that may carry the parcel: by the transport the
/// dangerous-goods rules require and, with hazard marks, only services that take dangerous goods. A request for a
/// carrier the network does not know gets <see cref="EasyPostSettings.Default"/>.
/// </summary>
public sealed class NetworkEasyPostRateChoices(RoutingNetworkSource networks, EasyPostSettings settings) : IEasyPostRateChoices
{
    public async Task<EasyPostRateChoice> ForAsync(LabelRequest request, CancellationToken cancellationToken = default)
    {
        var network = await networks.CurrentAsync(cancellationToken);
        var offer = network.Carriers.FirstOrDefault(c => string.Equals(c.Id, request.CarrierId, StringComparison.OrdinalIgnoreCase));
        if (offer is null)
            return Checked(settings.Default with { Transport = request.Transport }, request);

        var carrier = settings.CarrierNames.TryGetValue(offer.Id, out var name) ? name : settings.Default.Carrier;
        var chosen = offer.Services.FirstOrDefault(s => string.Equals(s.Id, request.ServiceId, StringComparison.OrdinalIgnoreCase));
        IEnumerable<CarrierService> candidates = chosen is not null ? [chosen] : offer.Services.Where(s => MayCarry(s, request));
        var services = candidates
            .Select(s => s.ExternalService)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return Checked(new EasyPostRateChoice(carrier, services, request.Transport), request);
    }

    private static bool MayCarry(CarrierService service, LabelRequest request) =>
        (request.Transport is null || string.Equals(service.Transport, request.Transport, StringComparison.OrdinalIgnoreCase)) &&
        (request.HazardMarks is not { Count: > 0 } || service.DangerousGoods);

    // "Any service" could be an air service for a parcel the rules keep on the ground: refuse rather than guess.
    private static EasyPostRateChoice Checked(EasyPostRateChoice choice, LabelRequest request) =>
        request.Transport is not null && choice.Services.Count == 0
            ? throw new EasyPostException("RETURNS.NO_SERVICE_FOR_TRANSPORT",
                $"Return {request.ReturnId} must travel by {request.Transport}, and no EasyPost service of carrier " +
                $"'{request.CarrierId ?? "(none)"}' is known to; name one in the routing network (externalService).")
            : choice;
}
