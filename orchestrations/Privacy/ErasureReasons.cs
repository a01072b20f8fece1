namespace Returns.Orchestrations.Privacy;

/// <summary>
/// Why the merchant erases a customer: codes rather than free text, so the audit record holds no personal data. The
/// grounds follow GDPR Article 17(1) (UK GDPR alike); <see cref="CustomerRequest"/> covers a request under any law.
/// </summary>
public static class ErasureReasons
{
    public const string CustomerRequest = "customer_request";
    public const string NoLongerNeeded = "no_longer_needed";
    public const string ConsentWithdrawn = "consent_withdrawn";
    public const string Objection = "objection";
    public const string UnlawfulProcessing = "unlawful_processing";
    public const string LegalObligation = "legal_obligation";
    public const string ChildData = "child_data";

    public static readonly IReadOnlyList<string> All =
        [CustomerRequest, NoLongerNeeded, ConsentWithdrawn, Objection, UnlawfulProcessing, LegalObligation, ChildData];

    public static bool IsKnown(string? reason) => reason is not null && All.Contains(reason);
}
