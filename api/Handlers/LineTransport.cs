using Returns.Orchestrations.Compliance;

namespace Returns.Api.Handlers;

/// <summary>How an order line may travel back (<see cref="Reported"/>), and how if its battery is reported damaged.</summary>
public sealed record LineTransport(TransportAssessment Reported, TransportAssessment? IfDamaged);
