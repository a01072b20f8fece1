namespace Returns.Orchestrations.Ports;

/// <summary>Moves money back to the customer; the idempotency key guarantees one payout per key.</summary>
public interface IPayments
{
    Task<PaymentResult> RefundAsync(PaymentInstruction instruction, CancellationToken cancellationToken = default);
}
