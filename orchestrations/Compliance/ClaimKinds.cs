namespace Returns.Orchestrations.Compliance;

public static class ClaimKinds
{
    /// <summary>Relief from duty (and VAT) when the goods re-enter the seller's country (EU/UK RGR, US 9801.00.10).</summary>
    public const string ReentryRelief = "reentry_relief";

    /// <summary>Repayment of the import duty or tax paid in the customer's country when the goods are sent back (JP Art 20).</summary>
    public const string ImportRefund = "import_refund";

    /// <summary>Drawback of duty on imported goods exported again (US 1313, AU reg 34).</summary>
    public const string Drawback = "drawback";

    public static IReadOnlyList<string> All { get; } = [ReentryRelief, ImportRefund, Drawback];
}
