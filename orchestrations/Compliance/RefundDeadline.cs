namespace Returns.Orchestrations.Compliance;

/// <summary>
/// By when a refund under a statutory right must be paid: <see cref="Days"/> in <see cref="Unit"/> (one of
/// <see cref="WindowUnits"/>) counted from <see cref="From"/> (one of <see cref="RefundClocks"/>). Zero days: at once.
/// </summary>
public sealed record RefundDeadline(int Days, string Unit, string From);
