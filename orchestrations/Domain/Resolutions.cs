namespace Returns.Orchestrations.Domain;

public static class Resolutions
{
    public const string Refund = "refund";
    public const string StoreCredit = "storeCredit";
    public const string Exchange = "exchange";

    /// <summary>The return-level resolution when its lines ask for different ones.</summary>
    public const string Mixed = "mixed";

    public static readonly IReadOnlyList<string> All = [Refund, StoreCredit, Exchange];

    public static bool IsKnown(string? resolution) => resolution is not null && All.Contains(resolution);

    /// <summary>What one line of a return resolves to: its own choice, else the return's.</summary>
    public static string Of(ReturnRecord record, ReturnLine line) => line.Resolution ?? record.Resolution;

    /// <summary>The resolutions a return settles, in the order they are settled (money first, goods last).</summary>
    public static IReadOnlyList<string> Settled(ReturnRecord record) =>
        All.Where(r => record.Lines.Any(l => Of(record, l) == r)).ToArray();

    /// <summary>The return-level resolution for a set of line resolutions.</summary>
    public static string Summarize(IEnumerable<string> lineResolutions)
    {
        var distinct = lineResolutions.Distinct().ToArray();
        return distinct.Length == 1 ? distinct[0] : Mixed;
    }
}
