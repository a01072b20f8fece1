namespace Returns.Orchestrations.Routing.Network;

public sealed class RoutingNetworkOptions
{
    /// <summary>The folder of routing data files; empty: the <c>routing</c> folder shipped beside the app.</summary>
    public string? Directory { get; set; }

    public string ResolvedDirectory =>
        string.IsNullOrWhiteSpace(Directory) ? Path.Combine(AppContext.BaseDirectory, "routing") : Path.GetFullPath(Directory);
}
