namespace Returns.Orchestrations.Ports;

/// <summary>Moves money back to the customer; the idempotency key guarantees one payout per key.</summary>
public interface IPayments
{
    Task<PaymentResult> RefundAsync(PaymentInstruction instruction, CancellationToken cancellationToken = default);
}

/// <summary><see cref="Kind"/> is a resolution: refund (original payment) or storeCredit.</summary>
public sealed record PaymentInstruction(string IdempotencyKey, string OrderNumber, string Kind, long Amount, string Currency);

public sealed record PaymentResult(string Reference, string Status);
