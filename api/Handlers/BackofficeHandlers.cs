using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Backoffice;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>
/// The warehouse's side: find a parcel by what is scanned, grade units by checklist, and keep the returned-stock
/// ledger (where each unit is, its condition and disposition).
/// </summary>
public sealed class BackofficeHandlers(
    IReturnStore returns, IOrderStore orders, BackofficeRulesSource rules, IStockLedger stock, ReturnLinks links,
    IOptions<ReturnsSettings> settings, TimeProvider clock, IAnalyticsFeed analytics)
{
    /// <summary>GET /api/admin/warehouse/{code}: a return by its id or the tracking number on its label, with each line's checklist.</summary>
    public async Task<IResult> FindAsync(HttpRequest request, string code, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var scanned = code.Trim();
        var record = await returns.GetAsync(scanned, cancellationToken)
            ?? (await returns.FindByTrackingNumberAsync(scanned.ToUpperInvariant(), cancellationToken) is { } id ? await returns.GetAsync(id, cancellationToken) : null);
        if (record is null)
            return Problems.NotFound($"No return has the id or tracking number {scanned}.");
        var order = await orders.GetAsync(record.OrderNumber, cancellationToken);
        return Results.Json(new
        {
            returnId = record.ReturnId,
            detail = ReturnViews.AdminDetail(record, links),
            lines = record.Lines.Select(l =>
            {
                var category = order?.FindLine(l.Sku)?.Category;
                return new
                {
                    sku = l.Sku,
                    name = l.Name,
                    quantity = l.Quantity,
                    reason = l.Reason,
                    category,
                    checklist = rules.Grading.ChecklistFor(category).Items,
                };
            }),
        }, ApiJson.Options);
    }

    /// <summary>POST /api/admin/grading/suggest { category, reason, checks }: the grade the checklist gives and the disposition for it.</summary>
    public async Task<IResult> SuggestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var body = await RequestBody.ReadJsonAsync<GradingRequest>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error;
        var r = body.Value!;
        if (r.Checks is null || r.Checks.Count > 100)
            return Problems.BadRequest("checks must map each checklist item id to true (passed) or false (failed).");
        var suggestion = rules.Grading.Suggest(r.Category, r.Checks);
        var disposition = rules.Dispositions.For(suggestion.Grade, r.Category, r.Reason);
        return Results.Json(new { suggestion.Grade, suggestion.Failed, suggestion.Unchecked, suggestion.Checklist, disposition = disposition.Disposition, rule = disposition.RuleNumber }, ApiJson.Options);
    }

    /// <summary>GET /api/admin/stock?returnId=&amp;sku=&amp;status=&amp;location=&amp;format=json|csv</summary>
    public async Task<IResult> StockAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        string? Get(string name) => request.Query[name].ToString() is { Length: > 0 and <= 100 } v ? v.Trim() : null;
        var format = request.Query["format"].ToString();
        if (format is not ("" or "json" or "csv"))
            return Problems.BadRequest("format must be json or csv.");
        if (Get("status") is { } status && !StockStatuses.IsKnown(status))
            return Problems.BadRequest($"status must be one of: {string.Join(", ", StockStatuses.All)}.");
        var units = await stock.QueryAsync(Get("returnId"), Get("sku"), Get("status"), Get("location"), cancellationToken);
        return format == "csv"
            ? Results.File(Encoding.UTF8.GetBytes(StockLedgerCsv.Write(units)), "text/csv; charset=utf-8", "returned-stock.csv")
            : Results.Json(new { units = units.Select(u => new { u.ReturnId, u.Sku, u.Unit, u.Grade, u.Disposition, u.DispositionOverride, u.EffectiveDisposition, u.Location, u.Status, u.ValueRecovered, u.Currency, u.UpdatedAt, u.Notes }) }, ApiJson.Options);
    }

    /// <summary>PUT /api/admin/stock/{returnId}/{sku}/{unit}: move a unit on (status, location, a different disposition, money recovered).</summary>
    public async Task<IResult> UpdateStockAsync(HttpRequest request, string returnId, string sku, string unitText, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        // Read here rather than bound as a number by the host, which on Azure Functions fails the invocation (500).
        if (!int.TryParse(unitText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var unit) || unit < 1)
            return Problems.BadRequest("unit must be a whole number from 1.");
        var body = await RequestBody.ReadJsonAsync<StockUpdateRequest>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error;
        var current = (await stock.QueryAsync(returnId, sku, null, null, cancellationToken)).FirstOrDefault(u => u.Unit == unit);
        if (current is null)
            return Problems.NotFound($"Return {returnId} has no unit {unit} of {sku} in the returned-stock ledger.");
        var r = body.Value!;
        var updated = current with
        {
            Status = r.Status ?? current.Status,
            Location = r.Location?.Trim() ?? current.Location,
            DispositionOverride = r.Disposition ?? current.DispositionOverride,
            ValueRecovered = r.ValueRecovered ?? current.ValueRecovered,
            Notes = r.Notes?.Trim() ?? current.Notes,
            UpdatedAt = clock.GetUtcNow(),
        };
        if (r.Disposition is { } d && !DispositionKinds.IsKnown(d))
            return Problems.BadRequest($"disposition must be one of: {string.Join(", ", DispositionKinds.All)}.");
        if (StockUnitChecks.Problem(updated) is { } problem)
            return Problems.BadRequest(problem);
        await stock.RecordAsync(updated, cancellationToken);
        // A disposition decided or a unit sold changes the return's figures.
        if (await returns.GetAsync(returnId, cancellationToken) is { } record)
            await analytics.TryRecordReturnAsync(record, cancellationToken);
        return Results.Json(updated, ApiJson.Options);
    }
}
