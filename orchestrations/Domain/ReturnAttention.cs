namespace Returns.Orchestrations.Domain;

/// <summary>
/// A step of the return that a partner keeps refusing (the carrier's label, the refund, the exchange shipment), parked
/// for the merchant: since when, why (the partner's last error, for the merchant only), and how many rounds of retries
/// have failed. It clears when the return moves to its next stage.
/// </summary>
public sealed record ReturnAttention(string Step, DateTimeOffset Since, string Reason, int Rounds)
{
    public const string Label = "label";
    public const string Refund = "refund";
    public const string Exchange = "exchange";
}
