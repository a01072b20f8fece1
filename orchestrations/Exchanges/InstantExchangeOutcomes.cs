namespace Returns.Orchestrations.Exchanges;

public static class InstantExchangeOutcomes
{
    /// <summary>The returned goods arrived: nothing more to do.</summary>
    public const string Settled = "settled";

    /// <summary>They never arrived: the replacement is charged to the customer.</summary>
    public const string Compensated = "compensated";
}
