using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>The cost ledger for the merchant: entries and totals by return, SKU, market and carrier; the lane report.</summary>
public sealed class LedgerHandlers(ICostLedger ledger, IOptions<ReturnsSettings> settings)
{
    private static readonly string[] ShippingKinds = [LedgerKinds.Label, LedgerKinds.DomesticLeg, LedgerKinds.ConsolidationShare];

    /// <summary>GET /api/admin/ledger?returnId=&amp;sku=&amp;market=&amp;carrier=&amp;kind=</summary>
    public async Task<IResult> QueryAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        string? Get(string name) => request.Query[name].ToString() is { Length: > 0 and <= 100 } v ? v.Trim() : null;
        var kind = Get("kind");
        if (kind is not null && !LedgerKinds.All.Contains(kind))
            return Problems.BadRequest($"kind must be one of: {string.Join(", ", LedgerKinds.All)}.");
        var entries = await ledger.QueryAsync(new LedgerQuery(Get("returnId"), Get("sku"), Get("market"), Get("carrier"), kind), cancellationToken);
        return Results.Json(new
        {
            entries = entries.OrderBy(e => e.ReturnId, StringComparer.Ordinal).ThenBy(e => e.At),
            totals = entries.GroupBy(e => e.Currency).Select(g => new
            {
                currency = g.Key,
                total = g.Sum(e => e.Amount),
                byKind = g.GroupBy(e => e.Kind).ToDictionary(k => k.Key, k => k.Sum(e => e.Amount)),
            }),
            returns = entries.Select(e => e.ReturnId).Distinct().Count(),
        }, ApiJson.Options);
    }

    /// <summary>GET /api/admin/reports/lanes?format=json|csv: parcels, weight and spend per lane per month.</summary>
    public async Task<IResult> LanesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var format = request.Query["format"].ToString();
        if (format is not ("" or "json" or "csv"))
            return Problems.BadRequest("format must be json or csv.");
        var entries = (await ledger.QueryAsync(new LedgerQuery(), cancellationToken)).Where(e => ShippingKinds.Contains(e.Kind) && e.Lane is not null);
        var rows = entries
            .GroupBy(e => (Lane: e.Lane!, Month: e.At.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture), e.Carrier, e.Currency))
            .OrderBy(g => g.Key.Lane, StringComparer.Ordinal).ThenBy(g => g.Key.Month, StringComparer.Ordinal)
            .Select(g => new
            {
                lane = g.Key.Lane,
                month = g.Key.Month,
                carrier = g.Key.Carrier,
                parcels = g.Select(e => e.ReturnId).Distinct().Count(),
                weightKg = Math.Round(g.Sum(e => e.WeightGrams ?? 0) / 1000m, 3),
                spend = new Money(g.Sum(e => e.Amount), g.Key.Currency),
            })
            .ToList();
        if (format != "csv")
            return Results.Json(new { lanes = rows }, ApiJson.Options);

        var csv = new StringBuilder("lane,month,carrier,parcels,weightKg,spend,currency\r\n");
        foreach (var r in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r.lane},{r.month},{r.carrier},{r.parcels},{r.weightKg},")
               .Append(MoneyFormat.ToMajor(r.spend).ToString(CultureInfo.InvariantCulture)).Append(',').Append(r.spend.Currency).Append("\r\n");
        }

        return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "lanes.csv");
    }
}
