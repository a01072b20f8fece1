namespace Returns.Orchestrations.Policy;

/// <summary>Why a line cannot be returned; each is a key under "eligibility." in the translation files.</summary>
public static class IneligibleCodes
{
    public const string FinalSale = "finalSale";
    public const string NotDelivered = "notDelivered";
    public const string WindowClosed = "windowClosed";
    public const string AllReturned = "allReturned";

    /// <summary>Not accepted by the policy, and the statutory right of the market excludes it (custom-made, perishable...).</summary>
    public const string Excluded = "excluded";
}
