namespace Returns.Orchestrations.Ledger;

/// <summary>The points in a return's life where its costs are posted.</summary>
public static class LedgerMilestones
{
    /// <summary>The label (or domestic leg) is issued: its price, duties paid on the delivery and those to recover.</summary>
    public const string Shipped = "shipped";

    /// <summary>Inspected: handling and the value the grades are expected to recover.</summary>
    public const string Inspected = "inspected";

    /// <summary>Settled: the refund or credit and the payment fee.</summary>
    public const string Settled = "settled";
}
