namespace Returns.Tests.Security;

/// <summary>
/// One customer of the security host: an order, its return (label issued, customs papers stored) and the signed
/// read link the 202 of POST /api/returns handed out.
/// </summary>
public sealed record SecurityCustomer(string OrderNumber, string Email, string Name, string ReturnId, string TrackingNumber, string TrackingToken)
{
    /// <summary>?token= of this customer's read link.</summary>
    public string TokenQuery => "token=" + Uri.EscapeDataString(TrackingToken);

    /// <summary>?email= of this customer.</summary>
    public string EmailQuery => "email=" + Uri.EscapeDataString(Email);
}
