namespace Returns.Orchestrations.Compliance;

/// <summary>What a rule file must satisfy beyond its JSON shape: known codes, cited sources, sensible numbers.</summary>
internal sealed class RuleBookChecks(string directory, IReadOnlyDictionary<string, RuleSource> sources)
{
    public void Market(string file, MarketRules market, IEnumerable<string> allMarkets)
    {
        var name = Path.GetRelativePath(directory, file);
        Require(name, Path.GetFileNameWithoutExtension(file) == market.Market, $"the file name must be the market code {market.Market}.");
        if (market.Parent is not null)
            Require(name, allMarkets.Contains(market.Parent, StringComparer.Ordinal), $"parent market {market.Parent} has no rule file.");
        foreach (var right in market.Rights)
        {
            var where = $"{name} right {right.Id}";
            Require(where, RightKinds.All.Contains(right.Kind), $"kind must be one of {string.Join(", ", RightKinds.All)}.");
            Require(where, right.RightName.ContainsKey("en"), "rightName needs an \"en\" text.");
            Require(where, WindowUnits.All.Contains(right.WindowUnit), $"windowUnit must be one of {string.Join(", ", WindowUnits.All)}.");
            Require(where, WindowStarts.All.Contains(right.WindowStartsAt), $"windowStartsAt must be one of {string.Join(", ", WindowStarts.All)}.");
            Require(where, RightConditions.All.Contains(right.AppliesWhen), $"appliesWhen must be one of {string.Join(", ", RightConditions.All)}.");
            Require(where, PostageRules.All.Contains(right.ReturnPostage), $"returnPostage must be one of {string.Join(", ", PostageRules.All)}.");
            Require(where, right.WindowDays is null or > 0, "windowDays must be positive.");
            Require(where, right.EffectiveTo is null || right.EffectiveTo > right.EffectiveFrom, "effectiveTo must be after effectiveFrom.");
            if (right.RefundDeadline is { } deadline)
            {
                Require(where, deadline.Days >= 0 && WindowUnits.All.Contains(deadline.Unit), "refundDeadline needs days >= 0 and a known unit.");
                Require(where, RefundClocks.All.Contains(deadline.From), $"refundDeadline.from must be one of {string.Join(", ", RefundClocks.All)}.");
            }

            Verified(where, right.Verification, right.Sources);
        }
    }

    public void Customs(string file, CustomsRules customs)
    {
        var name = Path.GetRelativePath(directory, file);
        Require(name, Path.GetFileNameWithoutExtension(file) == customs.Market, $"the file name must be the market code {customs.Market}.");
        Require(name, customs.Currency.Length == 3, "currency must be an ISO 4217 code.");
        Require(name, customs.HsCodes.NationalLengths.All(l => l is >= 6 and <= 13), "national tariff-code lengths must be 6 to 13 digits.");
        Verified($"{name} hsCodes", customs.HsCodes.Verification, customs.HsCodes.Sources);
        foreach (var claim in customs.Claims)
        {
            var where = $"{name} claim {claim.Id}";
            Require(where, ClaimKinds.All.Contains(claim.Kind), $"kind must be one of {string.Join(", ", ClaimKinds.All)}.");
            Require(where, claim.Covers is "duty" or "tax" or "duty_and_tax", "covers must be duty, tax or duty_and_tax.");
            Require(where, claim.DeadlineFrom is "export" or "import", "deadlineFrom must be export or import.");
            Require(where, claim.RecoverablePercent is > 0 and <= 100, "recoverablePercent must be 1 to 100.");
            Verified(where, claim.Verification, claim.Sources);
        }

        foreach (var threshold in customs.Thresholds)
            Verified($"{name} threshold {threshold.Id}", threshold.Verification, threshold.Sources);
    }

    public void DangerousGoods(DangerousGoodsRules rules)
    {
        foreach (var entry in rules.Entries)
        {
            var where = $"dangerous-goods.json {entry.UnNumber}";
            Require(where, System.Text.RegularExpressions.Regex.IsMatch(entry.UnNumber, "^UN[0-9]{4}$"), "unNumber must look like UN3481.");
            Require(where, entry.CustomerName.ContainsKey("en"), "customerName needs an \"en\" text.");
            Require(where, !entry.Lithium || !entry.Damaged.Air, "a damaged lithium battery may never travel by air.");
            Verified(where, entry.Verification, entry.Sources);
        }
    }

    private void Verified(string where, string verification, IReadOnlyList<string> cited)
    {
        Require(where, Verification.All.Contains(verification), $"verification must be one of {string.Join(", ", Verification.All)}.");
        Require(where, verification == Verification.Unverified || cited.Count > 0, "a verified or secondary rule must cite a source.");
        foreach (var id in cited)
            Require(where, sources.ContainsKey(id), $"source {id} is not in sources.json.");
    }

    private static void Require(string where, bool condition, string problem)
    {
        if (!condition)
            throw new RuleFileException(where, problem);
    }
}
