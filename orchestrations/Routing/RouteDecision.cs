namespace Returns.Orchestrations.Routing;

/// <summary>Every option considered for a return, costed in <see cref="Currency"/> (the order's), and the one chosen.</summary>
public sealed record RouteDecision(string Chosen, string Currency, IReadOnlyList<RouteOption> Options, DateTimeOffset DecidedAt, string NetworkVersion)
{
    public RouteOption ChosenOption => Options.First(o => o.Kind == Chosen && o.Feasible);
}
