using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>The merchant's policy and the rules it is layered over: read, change, reload.</summary>
public sealed class ComplianceHandlers(
    MerchantPolicySource policies,
    IMerchantPolicyStore store,
    ComplianceRules rules,
    IOptions<ReturnsSettings> settings,
    TimeProvider clock)
{
    /// <summary>GET /api/admin/policy</summary>
    public async Task<IResult> GetPolicyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        return PolicyAnswer(await policies.CurrentAsync(cancellationToken));
    }

    /// <summary>PUT /api/admin/policy: fields left out keep their value; the answer lists where the law gives more.</summary>
    public async Task<IResult> PutPolicyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var body = await RequestBody.ReadJsonAsync<PolicyRequest>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error;
        var (policy, error) = PolicyValidator.Apply(await policies.CurrentAsync(cancellationToken), body.Value!);
        if (error is not null)
            return Problems.BadRequest(error);
        var saved = policy! with { UpdatedAt = clock.GetUtcNow() };
        await store.SaveAsync(saved, cancellationToken);
        return PolicyAnswer(saved);
    }

    /// <summary>GET /api/admin/compliance/rules: every market's rules with their sources, versions and dates.</summary>
    public IResult GetRules(HttpRequest request)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var book = rules.Current;
        return Results.Json(new
        {
            version = book.Manifest.Version,
            factsAsOf = book.Manifest.FactsAsOf,
            markets = book.Markets,
            customs = book.Customs,
            dangerousGoods = book.DangerousGoods,
            exchangeRates = book.Rates,
            sources = book.Sources.Values,
        }, ApiJson.Options);
    }

    /// <summary>POST /api/admin/compliance/reload: reads the rule files again; a broken file leaves the rules in use.</summary>
    public IResult Reload(HttpRequest request)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        try
        {
            var book = rules.Reload();
            return Results.Json(new { version = book.Manifest.Version, markets = book.Markets.Count(), customs = book.Customs.Count() }, ApiJson.Options);
        }
        catch (RuleFileException e)
        {
            return Problems.Problem(StatusCodes.Status422UnprocessableEntity, "Rule file rejected", $"{e.Message} The rules in use are unchanged.");
        }
    }

    private IResult PolicyAnswer(MerchantPolicy policy) => Results.Json(new
    {
        policy.DefaultWindowDays,
        policy.Markets,
        policy.Categories,
        policy.FinalSaleTags,
        policy.RestockingFeePercent,
        policy.ReturnPostagePaidBy,
        policy.ReturnPostageFee,
        policy.PolicyDisplayed,
        policy.ReviewAboveAmount,
        policy.ApproveOnReviewTimeout,
        policy.ReturnlessBelowAmount,
        policy.NeverReturnlessAbove,
        policy.InspectCategories,
        policy.AllowCustomerCarrier,
        policy.LossOfValuePercentByGrade,
        policy.AllowInstantExchange,
        policy.UpdatedAt,
        lawNotes = PolicyLawNotes.For(policy, rules.Current, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)),
    }, ApiJson.Options);
}
