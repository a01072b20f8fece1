using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Policy;

namespace Returns.Api.Handlers;

/// <summary>Why a line cannot be returned, in the customer's language (the policy's sentence when it gives no code).</summary>
public static class EligibilityText
{
    public static string? Reason(LineEligibility e, CustomerLocale locale) =>
        e.IneligibleCode is { } code
            ? locale.Text("eligibility." + code, ("date", e.WindowEndsAt is { } end ? locale.Date(end) : ""))
            : e.IneligibleReason;
}
