namespace Returns.Orchestrations.Compliance.Claims;

public static class TaxClaimStatuses
{
    /// <summary>Charges were (or probably were) paid and can be recovered before the deadline.</summary>
    public const string Claimable = "claimable";

    /// <summary>The claim needs facts the system does not have (the amount paid, the exporter, the use).</summary>
    public const string Check = "check";

    /// <summary>Nothing to recover (under the low-value threshold, free port, conditions not met).</summary>
    public const string NotApplicable = "not_applicable";

    /// <summary>The deadline has passed.</summary>
    public const string Expired = "expired";
}
