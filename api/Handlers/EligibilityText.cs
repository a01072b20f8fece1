using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Policy;

namespace Returns.Api.Handlers;

/// <summary>Why a line can or cannot be returned, in the customer's language, naming the law where it is the reason.</summary>
public static class EligibilityText
{
    /// <summary>Why the line cannot be returned (the policy's sentence when it gives no code); null when it can.</summary>
    public static string? Reason(LineEligibility e, CustomerLocale locale) => e.IneligibleCode switch
    {
        null => e.IneligibleReason,
        IneligibleCodes.Excluded when e.Law is { ExcludedTag: { } tag } law =>
            locale.Text("eligibility.excluded", ("law", law.NameIn(locale.Language)), ("kind", locale.Text("itemKinds." + tag))),
        var code => locale.Text("eligibility." + code, ("date", e.WindowEndsAt is { } end ? locale.Date(end) : "")),
    };

    /// <summary>
    /// Why the line can be returned and until when: the law's sentence (when its right still runs) and the policy's,
    /// the one that gives the later date first. For a line that cannot be returned, <see cref="Reason"/>.
    /// </summary>
    public static string? Why(LineEligibility e, CustomerLocale locale, DateTimeOffset now)
    {
        if (!e.Eligible)
            return Reason(e, locale);
        var law = e.Law is { Covers: true } l && l.EndsAt >= now
            ? locale.Text("eligibility.lawWindow", ("law", l.NameIn(locale.Language)), ("date", locale.Date(l.EndsAt)))
            : null;
        var policy = e.PolicyEndsAt is { } p && p >= now ? locale.Text("eligibility.policyWindow", ("date", locale.Date(p))) : null;
        var faultyOnly = e.ReasonsAllowed is not null ? locale.Text("eligibility.faultyOnly") : null;
        var sentences = e.Basis == "law" ? new[] { law, faultyOnly, policy } : [policy, law, faultyOnly];
        return string.Join(" ", sentences.Where(s => s is not null));
    }

    /// <summary>The market's statutory window as one sentence, for the policy summary; null when there is none in days.</summary>
    public static string? LawSummary(LawBasis? law, CustomerLocale locale) =>
        law is { Kind: not RightKinds.Faulty, WindowUnit: WindowUnits.CalendarDays }
            ? locale.Text("policy.lawSummary", ("law", law.NameIn(locale.Language)), ("days", law.WindowDays))
            : null;
}
