using Microsoft.Extensions.Logging;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Exchanges;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Privacy;

/// <summary>
/// Erases a customer's personal data on request (GDPR Article 17, UK GDPR, and laws alike), keeping what accounting and
/// customs law require under a pseudonym and the analytics as they were, less the example comments. Refused, changing
/// nothing, while any of the customer's returns is in progress: money or goods are still moving and the workflow still
/// needs the address. Every request is recorded in the audit log under the salted hash of the email; asking again
/// finishes an interrupted request and otherwise changes nothing.
/// </summary>
public sealed partial class CustomerErasure(
    IOrderStore orders,
    IReturnStore returns,
    IStoreCredit credit,
    IDevOutbox devOutbox,
    IErasureLog log,
    ReturnErasure returnErasure,
    IAnalyticsFeed analyticsFeed,
    IAnalyticsStore analytics,
    AnalyticsAggregator aggregator,
    AnalyticsCube cube,
    TimeProvider clock,
    ILogger<CustomerErasure> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<ErasureOutcome> EraseAsync(ErasureRequest request, IWorkflowHistory history, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var key = CustomerKey.For(request.Email, await log.SaltAsync(cancellationToken));
        var previous = await log.GetAsync(key.Hash, cancellationToken);
        var repeat = previous?.CompletedAt is not null;
        var record = (previous ?? ErasureRecord.New(key, request, now)) with
        {
            Reason = request.Reason,
            Reference = request.Reference ?? previous?.Reference,
            LastRequestedAt = now,
            Requests = (previous?.Requests ?? 0) + 1,
        };

        // Found by the address, and by the pseudonym too: a request interrupted half-way left records of both kinds.
        string[] emails = [request.Email.Trim(), key.PseudonymEmail];
        var customerOrders = await orders.FindByEmailAsync(emails, cancellationToken);
        var found = (await returns.FindByEmailAsync(emails, cancellationToken)).ToDictionary(r => r.ReturnId, StringComparer.Ordinal);
        foreach (var order in customerOrders)
        {
            foreach (var other in await returns.ListByOrderAsync(order.OrderNumber, cancellationToken))
                found.TryAdd(other.ReturnId, other);
        }

        var active = await ActiveAsync(found.Values, history, cancellationToken);
        if (active.Count > 0)
        {
            record = record with { Status = ErasureStatuses.Refused };
            await log.SaveAsync(record, cancellationToken);
            LogRefused(record.Id, active.Count);
            return new ErasureOutcome(record, repeat, active, new ErasureCounts());
        }

        await log.SaveAsync(record with { Status = ErasureStatuses.Started }, cancellationToken);
        var counts = new ErasureCounts();
        counts.Anonymised[ErasureKinds.StoreCredits] += await credit.ReassignAsync(request.Email, key.PseudonymEmail, cancellationToken);

        var ordersByNumber = customerOrders.ToDictionary(o => OrderNumbers.Normalize(o.OrderNumber), StringComparer.Ordinal);
        var cleanups = new List<AnalyticsCleanup>();
        foreach (var item in found.Values.OrderBy(r => r.CreatedAt))
        {
            var order = ordersByNumber.GetValueOrDefault(OrderNumbers.Normalize(item.OrderNumber))
                ?? await orders.GetAsync(item.OrderNumber, cancellationToken);
            cleanups.Add(await returnErasure.EraseAsync(item, order, key, history, counts, now, cancellationToken));
        }

        counts.Erased[ErasureKinds.OutboxEmails] += await devOutbox.EraseRecipientAsync(request.Email, cancellationToken);
        counts.Anonymised[ErasureKinds.OutboxEvents] += await devOutbox.RedactEventsAsync([.. found.Keys], cancellationToken);
        foreach (var order in customerOrders.Where(o => o.ErasedAt is null))
        {
            await orders.UpsertAsync(PersonalData.Anonymise(order, key, now), cancellationToken);
            counts.Anonymised[ErasureKinds.Orders]++;
        }

        await CleanAnalyticsAsync(found.Values, cleanups, counts, cancellationToken);

        record = record with { Status = ErasureStatuses.Completed, CompletedAt = now };
        var totals = record.Totals.Plus(counts);
        record = record with { Erased = totals.Erased, Anonymised = totals.Anonymised, Retained = totals.Retained };
        await log.SaveAsync(record, cancellationToken);
        LogCompleted(record.Id, counts.Anonymised[ErasureKinds.Orders], counts.Anonymised[ErasureKinds.Returns], counts.Total);
        return new ErasureOutcome(record, repeat, [], counts);
    }

    /// <summary>Returns not finished, or finished while their workflow (or its instant-exchange part) still winds down.</summary>
    private static async Task<List<ActiveReturn>> ActiveAsync(IEnumerable<ReturnRecord> found, IWorkflowHistory history, CancellationToken cancellationToken)
    {
        var active = new List<ActiveReturn>();
        foreach (var item in found.OrderBy(r => r.CreatedAt))
        {
            if (!ReturnStages.IsTerminal(item.Stage)
                || await history.IsActiveAsync(item.ReturnId, cancellationToken)
                || await history.IsActiveAsync(InstantExchangeOrchestrator.InstanceIdFor(item.ReturnId), cancellationToken))
                active.Add(new ActiveReturn(item.ReturnId, item.Stage));
        }

        return active;
    }

    /// <summary>
    /// Rebuilds the erased returns' facts and contributions from their erased records (which count as before, less a
    /// keyword that was the customer's own word), then removes their example comments and emptied keyword cells. The
    /// round runs after any round already going on in this process, so none of those can put an example back.
    /// </summary>
    private async Task CleanAnalyticsAsync(IEnumerable<ReturnRecord> found, IReadOnlyList<AnalyticsCleanup> cleanups, ErasureCounts counts, CancellationToken cancellationToken)
    {
        // Nothing of this customer's is in the analytics: leave other returns' pending marks to the aggregator's own rounds.
        if (!found.Any())
            return;
        foreach (var item in found)
            await analyticsFeed.TryRecordReturnAsync(item, cancellationToken);
        await aggregator.TryApplyPendingAsync(cancellationToken);
        foreach (var cleanup in cleanups)
        {
            var changed = await analytics.RemoveSamplesAsync(cleanup.Period, cleanup.Subject, cancellationToken);
            cube.Apply(changed);
            counts.Erased[ErasureKinds.CommentSamples] += changed.Count;
            if (cleanup.KeywordCells.Count > 0)
                counts.Erased[ErasureKinds.AnalyticsKeywords] += await analytics.DeleteEmptyCellsAsync(cleanup.Period, cleanup.KeywordCells, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erasure {ErasureId} refused: {Active} returns of the customer are in progress")]
    private partial void LogRefused(string erasureId, int active);

    [LoggerMessage(Level = LogLevel.Information, Message = "Erasure {ErasureId} completed: {Orders} orders and {Returns} returns anonymised, {Records} records changed in all")]
    private partial void LogCompleted(string erasureId, int orders, int returns, int records);
}
