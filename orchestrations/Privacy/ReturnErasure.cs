using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Analytics.Themes;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Exchanges;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Orchestrations.Privacy;

/// <summary>
/// Erases one finished return of a customer everywhere it left personal data. Every step is repeat-safe and counts only
/// what it changed, and the return's own record, by which a request finds it, is written last: a request interrupted
/// half-way is finished by asking again (the return is then found by the pseudonym).
/// </summary>
public sealed class ReturnErasure(
    IReturnStore returns,
    IPhotoStore photos,
    IDocumentStore documents,
    ICarrierEventLog carrierEvents,
    IIntegrationOutbox integrationOutbox,
    IStockLedger stock,
    IAnalyticsStore analytics,
    ICostLedger ledger,
    ITaxClaimStore taxClaims,
    RetainedDocuments retained)
{
    /// <param name="record">The return as stored (already erased when a request is repeated).</param>
    /// <param name="order">Its order as stored; null when gone.</param>
    /// <returns>The analytics work left for when the return's facts are rebuilt.</returns>
    public async Task<AnalyticsCleanup> EraseAsync(
        ReturnRecord record, Order? order, CustomerKey key, IWorkflowHistory history, ErasureCounts counts, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var id = record.ReturnId;
        var erased = PersonalData.Anonymise(record, order, key, at);

        // The durable history holds the workflow's inputs, events (decision notes, receipt notes) and activity results.
        foreach (var instance in new[] { id, InstantExchangeOrchestrator.InstanceIdFor(id) })
        {
            if (await history.PurgeAsync(instance, cancellationToken))
                counts.Erased[ErasureKinds.WorkflowHistories]++;
        }

        foreach (var photo in PersonalData.Photos(record))
        {
            if (await photos.DeleteAsync(photo, cancellationToken))
                counts.Erased[ErasureKinds.Photos]++;
        }

        // The label carries the customer's name and address and is of no use once the return is finished.
        if (await documents.DeleteAsync(id, IssueReturnLabel.DocumentKind, cancellationToken))
            counts.Erased[ErasureKinds.Documents]++;

        string[] tracking = [.. new[] { record.Label?.TrackingNumber, record.Exchange?.TrackingNumber }.OfType<string>()];
        counts.Erased[ErasureKinds.CarrierEventPayloads] += await carrierEvents.RedactAsync(id, tracking, cancellationToken);
        counts.Anonymised[ErasureKinds.IntegrationEvents] += await integrationOutbox.RedactAsync(id, cancellationToken);

        foreach (var unit in await stock.QueryAsync(id, null, null, null, cancellationToken))
        {
            if (unit.Notes is null)
                continue;
            await stock.RecordAsync(unit with { Notes = null }, cancellationToken);
            counts.Anonymised[ErasureKinds.StockUnitNotes]++;
        }

        if (await analytics.GetFactsAsync(id, cancellationToken) is { } fact && PersonalData.HoldsText(fact))
        {
            await analytics.SaveFactsAsync(PersonalData.Anonymise(fact, erased), cancellationToken);
            counts.Anonymised[ErasureKinds.AnalyticsFacts]++;
        }

        var cleanup = new AnalyticsCleanup(AnalyticsPeriods.Of(record.CreatedAt), SubjectUpdate.ReturnSubject(id), KeywordCells(record, erased));
        if (record.ErasedAt is not null)
            return cleanup;

        await retained.ReissueAsync(erased, order is null ? null : PersonalData.Anonymise(order, key, at), key, counts, cancellationToken);
        counts.Retained[ErasureKinds.Refunds] += new[] { record.Refund, record.Credit, record.ExchangeCharge }.Count(r => r is not null);
        counts.Retained[ErasureKinds.LedgerEntries] += (await ledger.QueryAsync(new LedgerQuery(ReturnId: id), cancellationToken)).Count;
        counts.Retained[ErasureKinds.TaxClaims] += await taxClaims.GetAsync(id, cancellationToken) is null ? 0 : 1;
        await returns.SaveAsync(erased, cancellationToken);
        counts.Anonymised[ErasureKinds.Returns]++;
        return cleanup;
    }

    /// <summary>The keyword cells of comments no theme matched whose keyword the erasure dropped (the customer's own words).</summary>
    private static IReadOnlyList<string> KeywordCells(ReturnRecord record, ReturnRecord erased)
    {
        var market = record.ShipFromCountry.ToUpperInvariant();
        var language = ReturnFactBuilder.LanguageOf(record);
        var cells = new List<string>();
        for (var i = 0; i < record.Lines.Count && i < erased.Lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(record.Lines[i].Comment))
                continue;
            var analysis = CommentThemes.Analyze(record.Lines[i].Comment, language);
            var kept = erased.Lines[i].Topics?.Terms ?? [];
            if (analysis.Themes.Count == 0)
                cells.AddRange(analysis.Terms.Except(kept, StringComparer.Ordinal).Select(t => CellKinds.Key(CellKinds.Term, market, analysis.Language, t)));
        }

        return cells;
    }
}
