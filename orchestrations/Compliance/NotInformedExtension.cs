namespace Returns.Orchestrations.Compliance;

/// <summary>
/// When the merchant did not inform the customer of the right, it ends <see cref="Months"/> after the normal start,
/// plus the normal window when <see cref="PlusWindow"/> (EU: 12 months after the 14 days; Taiwan: 4 months in all).
/// </summary>
public sealed record NotInformedExtension(int Months, bool PlusWindow);
