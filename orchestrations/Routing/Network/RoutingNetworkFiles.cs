using Returns.Orchestrations.Compliance;

namespace Returns.Orchestrations.Routing.Network;

/// <summary>
/// Reads the shipped routing network (<c>routing/</c>): <c>carriers.json</c> (the version and the carriers),
/// <c>hubs.json</c> and <c>costs.json</c>, and checks it with <see cref="RoutingNetworkChecks"/>.
/// </summary>
public static class RoutingNetworkFiles
{
    public const string CarriersFile = "carriers.json";
    public const string HubsFile = "hubs.json";
    public const string CostsFile = "costs.json";

    /// <summary>Reads and checks the three routing files in <paramref name="directory"/>.</summary>
    /// <exception cref="RuleFileException">A file is missing or malformed, or fails a check; the error names the file.</exception>
    public static RoutingNetwork Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new RuleFileException(directory, "the routing folder does not exist.");
        var carriers = RuleFiles.Read<CarriersDocument>(directory, Path.Combine(directory, CarriersFile));
        var hubs = RuleFiles.Read<HubsDocument>(directory, Path.Combine(directory, HubsFile));
        var costs = RuleFiles.Read<RoutingCosts>(directory, Path.Combine(directory, CostsFile));

        Require(CarriersFile, RoutingNetworkChecks.CarriersProblem(carriers.Version, carriers.Carriers));
        Require(HubsFile, RoutingNetworkChecks.HubsProblem(hubs.Hubs, carriers.Carriers));
        Require(CostsFile, RoutingNetworkChecks.CostsProblem(costs));
        return new RoutingNetwork(carriers.Version, carriers.Carriers, hubs.Hubs, costs);
    }

    private static void Require(string file, string? problem)
    {
        if (problem is not null)
            throw new RuleFileException(file, problem);
    }

    private sealed record CarriersDocument(string Version, IReadOnlyList<CarrierOffer> Carriers);

    private sealed record HubsDocument(IReadOnlyList<ReturnHub> Hubs);
}
