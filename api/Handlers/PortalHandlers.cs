using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Returns.Api.Http;
using Returns.Api.Workflow;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>The customer's side: look up an order and request a return. Answers are in the customer's language.</summary>
public sealed class PortalHandlers(
    GuestAccess guests,
    IReturnStore returns,
    IPhotoStore photos,
    IReturnPolicy policy,
    IOptions<ReturnPolicyOptions> policyOptions,
    ReturnLinks links,
    ReturnWorkflowGateway workflow,
    TimeProvider clock)
{
    /// <summary>POST /api/portal/lookup</summary>
    public async Task<IResult> LookupAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var locale = RequestLocale.Of(request);
        var body = await RequestBody.ReadJsonAsync<LookupRequest>(request, locale, cancellationToken);
        if (body.Error is not null)
            return body.Error;
        var access = await guests.FindOrderAsync(request, locale, body.Value!.Email, body.Value.OrderNumber, cancellationToken);
        if (access.Error is not null)
            return access.Error;

        var order = access.Order!;
        locale = RequestLocale.Of(request, order.Locale);
        var existing = await returns.ListByOrderAsync(order.OrderNumber, cancellationToken);
        var eligibility = Eligibility(order, existing);
        return Results.Json(LookupView.Build(order, eligibility, existing, policyOptions.Value, workflow.Timings, locale), ApiJson.Options);
    }

    /// <summary>POST /api/returns: 202 with the return id (the same one again for a repeated request).</summary>
    public async Task<IResult> CreateReturnAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var locale = RequestLocale.Of(request);
        var body = await RequestBody.ReadJsonAsync<CreateReturnRequest>(request, locale, cancellationToken);
        if (body.Error is not null)
            return body.Error;
        var r = body.Value!;
        var access = await guests.FindOrderAsync(request, locale, r.Email, r.OrderNumber, cancellationToken);
        if (access.Error is not null)
            return access.Error;
        var order = access.Order!;
        locale = RequestLocale.Of(request, order.Locale);

        var (validated, error) = ReturnRequestValidator.Validate(order, r, locale);
        if (error is not null)
            return error;
        var lines = validated!.Lines;

        var requestKey = ReturnIds.RequestKey(lines.Select(l => (l.Sku, l.Quantity)));
        var existing = await returns.ListByOrderAsync(order.OrderNumber, cancellationToken);
        var same = existing.FirstOrDefault(x => !ReturnStages.ReleasesLines(x.Stage) && ReturnIds.RequestKey(x.Lines.Select(l => (l.Sku, l.Quantity))) == requestKey);
        if (same is not null)
            return await AcceptedAsync(client, same, created: false, cancellationToken);

        var eligibility = Eligibility(order, existing);
        foreach (var line in lines)
        {
            var e = eligibility[line.Sku];
            if (!e.Eligible)
                return Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, "lineNotReturnable", ("name", line.Name), ("reason", EligibilityText.Reason(e, locale)));

            if (line.Quantity > e.ReturnableQuantity)
                return Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, "quantityTooHigh", ("max", e.ReturnableQuantity), ("name", line.Name));
        }

        foreach (var photoId in lines.SelectMany(l => l.Photos))
        {
            var photo = await photos.GetAsync(photoId, cancellationToken);
            if (photo is null || OrderNumbers.Normalize(photo.OrderNumber) != OrderNumbers.Normalize(order.OrderNumber))
                return Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, "photoUnknown");
        }

        var now = clock.GetUtcNow();
        var customerLocale = CustomerLanguages.Default.LanguageOf(r.Locale) is not null ? r.Locale!.Trim() : order.Locale;
        var record = new ReturnRecord(
            ReturnIds.New(), order.OrderNumber, order.Email, order.CustomerName, customerLocale, order.Currency, validated.Resolution, lines,
            ReturnStages.AwaitingConfirmation, now, now, order.ShipTo.Country, order.ShipFrom.Country,
            string.IsNullOrWhiteSpace(r.ExchangeSku) ? null : r.ExchangeSku.Trim())
        {
            Terms = policyOptions.Value.Terms() is { RestockingFeePercent: 0, ReturnPostage: 0 } ? null : policyOptions.Value.Terms(),
        };
        var creation = await returns.CreateAsync(record, requestKey, cancellationToken);
        return await AcceptedAsync(client, creation.Record, creation.Created, cancellationToken);
    }

    private async Task<IResult> AcceptedAsync(DurableTaskClient client, ReturnRecord record, bool created, CancellationToken cancellationToken)
    {
        await workflow.EnsureStartedAsync(client, record, cancellationToken);
        return Results.Json(
            new
            {
                returnId = record.ReturnId,
                stage = record.Stage,
                statusUrl = links.StatusUrl(record.ReturnId),
                trackingUrl = links.TrackingPageUrl(record.ReturnId),
                created,
            },
            ApiJson.Options,
            statusCode: StatusCodes.Status202Accepted);
    }

    private Dictionary<string, LineEligibility> Eligibility(Order order, IReadOnlyList<ReturnRecord> existing)
    {
        var now = clock.GetUtcNow();
        var active = existing.Where(x => !ReturnStages.ReleasesLines(x.Stage)).SelectMany(x => x.Lines).ToArray();
        return order.Lines.ToDictionary(
            l => l.Sku,
            l => policy.CheckLine(order, l, active.Where(a => string.Equals(a.Sku, l.Sku, StringComparison.OrdinalIgnoreCase)).Sum(a => a.Quantity), now),
            StringComparer.OrdinalIgnoreCase);
    }
}
