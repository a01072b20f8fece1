namespace Returns.Tests.Faults;

/// <summary>One return of the fault load: who asked for it, how it travels and the refund it must get.</summary>
internal sealed record ReturnTrip(int Index, TripKind Kind, string OrderNumber, string Email, string PaymentReference, long ExpectedRefund)
{
    public string ReturnId { get; set; } = "";
}
