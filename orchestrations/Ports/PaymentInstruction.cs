namespace Returns.Orchestrations.Ports;

/// <summary><see cref="Kind"/> is a resolution: refund (original payment) or storeCredit.</summary>
public sealed record PaymentInstruction(string IdempotencyKey, string OrderNumber, string Kind, long Amount, string Currency);
