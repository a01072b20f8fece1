using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>
/// The tax-refund helper for the merchant: per return (JSON, the CSV lines, the PDF claim pack) and in total. A
/// return not assessed yet (before its label) is assessed on the fly and not stored.
/// </summary>
public sealed class ClaimsHandlers(
    IReturnStore returns,
    IOrderStore orders,
    ITaxClaimStore claims,
    TaxClaimAdvisor advisor,
    ICustomsPaperRenderer renderer,
    IOptions<ReturnsSettings> settings,
    TimeProvider clock)
{
    /// <summary>GET /api/admin/returns/{returnId}/claims?format=json|csv|pdf</summary>
    public async Task<IResult> GetForReturnAsync(HttpRequest request, string returnId, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        if (Format(request) is not { } format)
            return Problems.BadRequest("format must be json, csv or pdf.");
        var assessment = (await claims.GetAsync(returnId, cancellationToken))?.AsOf(Today);
        if (assessment is null)
        {
            var record = await returns.GetAsync(returnId, cancellationToken);
            if (record is null)
                return Problems.NotFound($"There is no return with id {returnId}.");
            var order = await orders.GetAsync(record.OrderNumber, cancellationToken);
            if (order is null)
                return Problems.NotFound($"The order {record.OrderNumber} of return {returnId} is no longer stored.");
            assessment = advisor.Assess(order, record, clock.GetUtcNow());
        }

        return format switch
        {
            "csv" => Csv([assessment], $"{assessment.ReturnId}-claims.csv"),
            "pdf" => Results.File(renderer.ClaimPack(assessment), "application/pdf", $"{assessment.ReturnId}-claim-pack.pdf"),
            _ => Results.Json(View(assessment), ApiJson.Options),
        };
    }

    /// <summary>GET /api/admin/claims?format=json|csv: every assessed return, the open amounts and the next deadlines.</summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var format = Format(request);
        if (format is not ("json" or "csv"))
            return Problems.BadRequest("format must be json or csv.");
        var all = (await claims.ListAsync(cancellationToken)).Select(a => a.AsOf(Today)).OrderBy(a => a.NextDeadline ?? DateOnly.MaxValue).ToList();
        if (format == "csv")
            return Csv(all, "claims.csv");

        var open = all.SelectMany(a => a.Claims.Select(c => (Assessment: a, Claim: c)))
            .Where(x => x.Claim.Status is TaxClaimStatuses.Claimable or TaxClaimStatuses.Check)
            .ToList();
        return Results.Json(new
        {
            returns = all.Count,
            recoverable = open.Where(x => x.Claim.Status == TaxClaimStatuses.Claimable && x.Claim.Estimate is not null)
                .GroupBy(x => x.Claim.Estimate!.Currency)
                .Select(g => new Money(g.Sum(x => x.Claim.Estimate!.Amount), g.Key)),
            byStatus = all.SelectMany(a => a.Claims).GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count()),
            upcoming = open.Where(x => x.Claim.Deadline is not null).OrderBy(x => x.Claim.Deadline).Take(20).Select(x => new
            {
                returnId = x.Assessment.ReturnId,
                x.Claim.Name,
                x.Claim.Jurisdiction,
                x.Claim.Deadline,
                x.Claim.Estimate,
                x.Claim.Status,
            }),
            items = all.Select(View),
        }, ApiJson.Options);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static object View(TaxClaimAssessment a) => new
    {
        a.ReturnId,
        a.OrderNumber,
        a.CustomerCountry,
        a.MerchantCountry,
        a.ReturnedValue,
        a.AssessedAt,
        a.RulesVersion,
        a.Recoverable,
        a.NextDeadline,
        a.Claims,
    };

    private static string? Format(HttpRequest request) =>
        request.Query["format"].ToString() switch
        {
            "" or "json" => "json",
            "csv" => "csv",
            "pdf" => "pdf",
            _ => null,
        };

    private static IResult Csv(IEnumerable<TaxClaimAssessment> assessments, string fileName) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TaxClaimCsv.Write(assessments))).ToArray(), "text/csv; charset=utf-8", fileName);
}
