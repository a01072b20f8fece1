namespace Returns.Orchestrations.Ports;

public sealed record PaymentResult(string Reference, string Status);
