namespace Returns.Orchestrations.Domain;

public static class Resolutions
{
    public const string Refund = "refund";
    public const string StoreCredit = "storeCredit";
    public const string Exchange = "exchange";

    public static readonly IReadOnlyList<string> All = [Refund, StoreCredit, Exchange];

    public static bool IsKnown(string? resolution) => resolution is not null && All.Contains(resolution);
}
