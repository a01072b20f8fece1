using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Returns.Api.Http;
using Returns.Api.Workflow;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Api.Handlers;

/// <summary>The customer's side: look up an order and request a return. Answers are in the customer's language.</summary>
public sealed class PortalHandlers(
    GuestAccess guests,
    IReturnStore returns,
    IPhotoStore photos,
    IReturnPolicy policy,
    MerchantPolicySource policies,
    ReturnTransports transports,
    RoutingNetworkSource networks,
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
        var merchantPolicy = await policies.CurrentAsync(cancellationToken);
        var eligibility = Eligibility(merchantPolicy, order, existing);
        var now = clock.GetUtcNow();
        // The terms a change-of-mind return of any line would get (the law may waive fees the policy sets).
        var terms = policy.Terms(merchantPolicy, order, [.. order.Lines.Select(l => new ReturnLine(l.Sku, l.Name, 1, l.UnitPrice, "changed_mind"))], now);
        var network = await networks.CurrentAsync(cancellationToken);
        var transport = order.Lines.ToDictionary(l => l.Sku, l => Transport(order, network, l), StringComparer.OrdinalIgnoreCase);
        return Results.Json(LookupView.Build(order, eligibility, transport, existing, merchantPolicy, terms, workflow.Timings, locale, now), ApiJson.Options);
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

        var merchantPolicy = await policies.CurrentAsync(cancellationToken);
        var eligibility = Eligibility(merchantPolicy, order, existing, lines);
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

        // An instant exchange needs an exchanged line and a shop that offers it.
        var instant = r.InstantExchange == true;
        if (instant && (!merchantPolicy.AllowInstantExchange || !lines.Any(l => (l.Resolution ?? validated.Resolution) == Resolutions.Exchange)))
            return Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, "instantExchangeUnavailable");

        var now = clock.GetUtcNow();
        var terms = policy.Terms(merchantPolicy, order, lines, now);
        var customerLocale = CustomerLanguages.Default.LanguageOf(r.Locale) is not null ? r.Locale!.Trim() : order.Locale;
        var record = new ReturnRecord(
            ReturnIds.New(), order.OrderNumber, order.Email, order.CustomerName, customerLocale, order.Currency, validated.Resolution, lines,
            ReturnStages.AwaitingConfirmation, now, now, order.ShipTo.Country, order.ShipFrom.Country,
            string.IsNullOrWhiteSpace(r.ExchangeSku) ? null : r.ExchangeSku.Trim())
        {
            Terms = terms.IsNone ? null : terms,
            InstantExchange = instant,
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

    /// <summary>How a line may travel back as the shop reported it, and (for an intact battery) if the customer reports it damaged.</summary>
    private LineTransport Transport(Order order, RoutingNetwork network, OrderLine line)
    {
        var reported = transports.For(order, network, [(line.Sku, line.DangerousGoods, line.BatteryCondition)]);
        var ifDamaged = reported.Lines is [{ Damaged: false, Entry: { Lithium: true } }]
            ? transports.For(order, network, [(line.Sku, line.DangerousGoods, BatteryConditions.Damaged)])
            : null;
        return new LineTransport(reported, ifDamaged);
    }

    /// <summary>Each order line's eligibility; with the requested lines, their reasons bring in faulty-goods rights.</summary>
    private Dictionary<string, LineEligibility> Eligibility(
        MerchantPolicy merchantPolicy, Order order, IReadOnlyList<ReturnRecord> existing, IReadOnlyList<ReturnLine>? requested = null)
    {
        var now = clock.GetUtcNow();
        var active = existing.Where(x => !ReturnStages.ReleasesLines(x.Stage)).SelectMany(x => x.Lines).ToArray();
        return order.Lines.ToDictionary(
            l => l.Sku,
            l =>
            {
                var returned = active.Where(a => string.Equals(a.Sku, l.Sku, StringComparison.OrdinalIgnoreCase)).Sum(a => a.Quantity);
                if (requested is not null)
                {
                    var reason = requested.FirstOrDefault(r => string.Equals(r.Sku, l.Sku, StringComparison.OrdinalIgnoreCase))?.Reason;
                    return policy.CheckLine(merchantPolicy, order, l, returned, now, reason);
                }

                return ForAnyReason(merchantPolicy, order, l, returned, now);
            },
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// For the lookup, where no reason is chosen yet: the change-of-mind answer, or, when only a faulty-goods right
    /// still covers the line, that answer limited to the reasons the right covers.
    /// </summary>
    private LineEligibility ForAnyReason(MerchantPolicy merchantPolicy, Order order, OrderLine line, int returned, DateTimeOffset now)
    {
        var any = policy.CheckLine(merchantPolicy, order, line, returned, now);
        if (any.Eligible || any.IneligibleCode is IneligibleCodes.NotDelivered or IneligibleCodes.AllReturned)
            return any;
        var faulty = StatutoryRights.FaultyReasons
            .Select(reason => policy.CheckLine(merchantPolicy, order, line, returned, now, reason))
            .FirstOrDefault(e => e.Eligible && e.Law is { Kind: RightKinds.Faulty });
        return faulty is null ? any : faulty with { ReasonsAllowed = faulty.Law!.Reasons };
    }
}
