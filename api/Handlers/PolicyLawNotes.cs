using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Policy;

namespace Returns.Api.Handlers;

/// <summary>
/// Where the law gives customers more than the merchant's policy, market by market, in sentences for the merchant:
/// the policy is saved as written and the law applies on top of it.
/// </summary>
public static class PolicyLawNotes
{
    public static IReadOnlyList<string> For(MerchantPolicy policy, ComplianceRuleBook book, DateOnly today)
    {
        var notes = new List<string>();
        foreach (var market in book.Markets)
        {
            // A market inherits its parents' overrides (Germany those set for the EU), as the policy engine applies them.
            var keys = Lineage(book, market).ToList();
            foreach (var (_, right) in book.RightsIn(market, today).Where(r => r.Right.Kind != RightKinds.Faulty && r.Right.WindowDays is not null))
            {
                var name = right.RightName["en"];
                if (right.Kind == RightKinds.Default)
                {
                    if (!policy.PolicyDisplayed)
                        notes.Add($"{market.Market}: the policy is not displayed, so {name} gives customers {right.WindowDays} {Unit(right)} ({right.Law}).");
                    continue;
                }

                var window = policy.WindowDaysFor(NoCategory, keys);
                if (window < right.WindowDays && right.WindowUnit == WindowUnits.CalendarDays)
                    notes.Add($"{market.Market}: {name} gives {right.WindowDays} days; customers there get them although the policy gives {window}.");
                if (policy.RestockingFeePercentFor(keys) > 0 && !right.RestockingFeeAllowed)
                    notes.Add($"{market.Market}: no restocking fee is deducted from returns under {name}.");
                if (policy.ReturnPostagePaidByFor(keys) == PostagePayers.Customer && right.ReturnPostage == PostageRules.Business)
                    notes.Add($"{market.Market}: the merchant pays return postage under {name}.");
                if (policy.ReturnPostagePaidByFor(keys) == PostagePayers.Customer && right.ReturnPostage == PostageRules.ConsumerIfInformed && !policy.PolicyDisplayed)
                    notes.Add($"{market.Market}: customers pay return postage under {name} only when told before the sale; the policy is not displayed, so the merchant pays.");
                if (!policy.PolicyDisplayed && right.NotInformedExtension is { } extension)
                    notes.Add($"{market.Market}: the policy is not displayed, so {name} runs {extension.Months} months longer.");
            }
        }

        return notes;
    }

    private static readonly Orchestrations.Domain.OrderLine NoCategory = new("", "", 1, 0);

    private static IEnumerable<string> Lineage(ComplianceRuleBook book, MarketRules market)
    {
        for (var m = market; m is not null; m = m.Parent is null ? null : book.Market(m.Parent))
            yield return m.Market;
    }

    private static string Unit(StatutoryRight right) => right.WindowUnit switch
    {
        WindowUnits.BusinessDays => "business days",
        WindowUnits.Months => "months",
        _ => "days",
    };
}
