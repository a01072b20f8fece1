namespace Returns.Orchestrations.Privacy;

/// <summary>
/// The merchant's request to erase a customer's personal data. <see cref="Reason"/> is one of
/// <see cref="ErasureReasons"/>; <see cref="Reference"/> is the merchant's own ticket number, if any.
/// </summary>
public sealed record ErasureRequest(string Email, string Reason, string? Reference = null);
