namespace Returns.Orchestrations.Ports;

/// <summary>
/// <see cref="Kind"/> is a resolution: refund (original payment) or storeCredit. <see cref="PaymentReference"/> is the
/// order's payment at the provider (a Stripe PaymentIntent "pi_..." or charge "ch_..."), when the shop sent it.
/// </summary>
public sealed record PaymentInstruction(string IdempotencyKey, string OrderNumber, string Kind, long Amount, string Currency, string? PaymentReference = null);
