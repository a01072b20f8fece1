using System.Text.RegularExpressions;
using Returns.Orchestrations.Policy;

namespace Returns.Api.Handlers;

/// <summary>Applies a policy change to the current policy, or says exactly which field is wrong.</summary>
public static partial class PolicyValidator
{
    private const int MaxWindowDays = 3650;

    public static (MerchantPolicy? Policy, string? Error) Apply(MerchantPolicy current, PolicyRequest r)
    {
        if (r.DefaultWindowDays is < 0 or > MaxWindowDays)
            return Fail($"defaultWindowDays must be between 0 and {MaxWindowDays}.");
        if (RestockingError(r.RestockingFeePercent, "restockingFeePercent") is { } restocking)
            return Fail(restocking);
        if (r.ReturnPostagePaidBy is { } payer && payer is not (PostagePayers.Customer or PostagePayers.Merchant))
            return Fail("returnPostagePaidBy must be customer or merchant.");
        if (r.ReturnPostageFee is < 0 || r.ReviewAboveAmount is < 0 || r.ReturnlessBelowAmount is < 0)
            return Fail("returnPostageFee, reviewAboveAmount and returnlessBelowAmount are minor units and cannot be negative.");
        if (r.FinalSaleTags is { } tags && (tags.Count > 50 || tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 64)))
            return Fail("finalSaleTags lists at most 50 tags of 1 to 64 characters.");
        if (r.NeverReturnlessAbove is < 0)
            return Fail("neverReturnlessAbove is minor units and cannot be negative.");
        if (r.InspectCategories is { } inspect && (inspect.Count > 200 || inspect.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > 64)))
            return Fail("inspectCategories lists at most 200 categories of 1 to 64 characters.");
        if (r.LossOfValuePercentByGrade is { } loss && loss.Any(g => g.Key is not ("A" or "B" or "C" or "D") || g.Value is < 0 or > 100))
            return Fail("lossOfValuePercentByGrade maps grades A, B, C or D to a percent between 0 and 100.");
        if (r.Markets is { } markets && MarketsError(markets) is { } marketError)
            return Fail(marketError);
        if (r.Categories is { } categories && CategoriesError(categories) is { } categoryError)
            return Fail(categoryError);

        return (current with
        {
            DefaultWindowDays = r.DefaultWindowDays ?? current.DefaultWindowDays,
            Markets = r.Markets is null ? current.Markets : r.Markets.ToDictionary(m => m.Key.Trim().ToUpperInvariant(), m => m.Value, StringComparer.OrdinalIgnoreCase),
            Categories = r.Categories is null ? current.Categories : r.Categories.ToDictionary(c => c.Key.Trim(), c => c.Value, StringComparer.OrdinalIgnoreCase),
            FinalSaleTags = r.FinalSaleTags?.Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? current.FinalSaleTags,
            RestockingFeePercent = r.RestockingFeePercent ?? current.RestockingFeePercent,
            ReturnPostagePaidBy = r.ReturnPostagePaidBy ?? current.ReturnPostagePaidBy,
            ReturnPostageFee = r.ReturnPostageFee ?? current.ReturnPostageFee,
            PolicyDisplayed = r.PolicyDisplayed ?? current.PolicyDisplayed,
            ReviewAboveAmount = r.ReviewAboveAmount ?? current.ReviewAboveAmount,
            ApproveOnReviewTimeout = r.ApproveOnReviewTimeout ?? current.ApproveOnReviewTimeout,
            ReturnlessBelowAmount = r.ReturnlessBelowAmount ?? current.ReturnlessBelowAmount,
            // 0 removes the limit (a field left out keeps it).
            NeverReturnlessAbove = r.NeverReturnlessAbove is 0 ? null : r.NeverReturnlessAbove ?? current.NeverReturnlessAbove,
            InspectCategories = r.InspectCategories?.Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? current.InspectCategories,
            AllowCustomerCarrier = r.AllowCustomerCarrier ?? current.AllowCustomerCarrier,
            LossOfValuePercentByGrade = r.LossOfValuePercentByGrade ?? current.LossOfValuePercentByGrade,
            AllowInstantExchange = r.AllowInstantExchange ?? current.AllowInstantExchange,
        }, null);
    }

    private static string? MarketsError(Dictionary<string, MarketPolicy> markets)
    {
        if (markets.Count > 100)
            return "markets lists at most 100 markets.";
        if (markets.Keys.GroupBy(k => k.Trim().ToUpperInvariant()).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return $"markets lists {twice.Key} more than once.";
        foreach (var (code, market) in markets)
        {
            if (!MarketCode().IsMatch(code.Trim()))
                return $"markets key {code} must be a country code (DE), a country and region (US-CA) or EU.";
            if (market is null)
                return $"markets.{code} must be an object.";
            if (market.WindowDays is < 0 or > MaxWindowDays)
                return $"markets.{code}.windowDays must be between 0 and {MaxWindowDays}.";
            if (RestockingError(market.RestockingFeePercent, $"markets.{code}.restockingFeePercent") is { } error)
                return error;
            if (market.ReturnPostagePaidBy is { } payer && payer is not (PostagePayers.Customer or PostagePayers.Merchant))
                return $"markets.{code}.returnPostagePaidBy must be customer or merchant.";
            if (market.ReturnPostageFee is < 0)
                return $"markets.{code}.returnPostageFee cannot be negative.";
        }

        return null;
    }

    private static string? CategoriesError(Dictionary<string, CategoryPolicy> categories)
    {
        if (categories.Count > 200)
            return "categories lists at most 200 categories.";
        if (categories.Keys.GroupBy(k => k.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return $"categories lists {twice.Key} more than once.";
        foreach (var (name, category) in categories)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > 64)
                return "categories keys are category names of 1 to 64 characters.";
            if (category is null)
                return $"categories.{name} must be an object.";
            if (category.WindowDays is < 0 or > MaxWindowDays)
                return $"categories.{name}.windowDays must be between 0 and {MaxWindowDays}.";
        }

        return null;
    }

    private static string? RestockingError(int? percent, string field) =>
        percent is < 0 or > 100 ? $"{field} must be between 0 and 100." : null;

    private static (MerchantPolicy?, string?) Fail(string error) => (null, error);

    [GeneratedRegex("^(EU|[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?)$")]
    private static partial Regex MarketCode();
}
