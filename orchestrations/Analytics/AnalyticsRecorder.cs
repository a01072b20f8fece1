using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Writes analytics as the workflow and the shop change things: a return's facts and its contribution to the
/// aggregates (rebuilt from its current state each time), an order's units sold. Each update is marked pending first
/// and confirmed after, so one that fails half-way is finished by <see cref="FinishPendingAsync"/>; nothing is lost and,
/// because the store applies differences, nothing counts twice.
/// </summary>
public sealed partial class AnalyticsRecorder(
    IAnalyticsStore store,
    AnalyticsCube cube,
    IReturnStore returns,
    IOrderStore orders,
    ICostLedger ledger,
    IStockLedger stock,
    ComplianceRules rules,
    IOptions<AnalyticsOptions> options,
    TimeProvider clock,
    ILogger<AnalyticsRecorder> logger) : IAnalyticsFeed
{
    private readonly ILogger _logger = logger;

    private const string ReturnPrefix = "r|";
    private const string OrderPrefix = "o|";

    public ReportingCurrency Currency => new(options.Value.Currency, rules.Current.Rates);

    /// <summary>Brings a return's facts and aggregates up to date with its stored state.</summary>
    public async Task RecordReturnAsync(string returnId, CancellationToken cancellationToken = default)
    {
        var record = await returns.GetAsync(returnId, cancellationToken);
        if (record is not null)
            await RecordReturnAsync(record, cancellationToken);
    }

    public async Task<bool> TryRecordReturnAsync(ReturnRecord record, CancellationToken cancellationToken = default)
    {
        try
        {
            await RecordReturnAsync(record, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReturnFailed(e, record.ReturnId);
            return false;
        }
    }

    public async Task RecordReturnAsync(ReturnRecord record, CancellationToken cancellationToken = default)
    {
        var subject = SubjectUpdate.ReturnSubject(record.ReturnId);
        var period = AnalyticsPeriods.Of(record.CreatedAt);
        var token = await store.MarkPendingAsync(subject, [period], cancellationToken);
        var order = await orders.GetAsync(record.OrderNumber, cancellationToken);
        var entries = await ledger.QueryAsync(new Ledger.LedgerQuery(ReturnId: record.ReturnId), cancellationToken);
        var units = await stock.QueryAsync(record.ReturnId, null, null, null, cancellationToken);
        var language = CustomerLanguages.Default.LanguageOf(record.Locale) ?? TextCatalog.FallbackLanguage;
        var fact = ReturnFactBuilder.Build(record, order, entries, units, Currency, language);
        await store.SaveFactsAsync(fact, cancellationToken);
        cube.Apply(await store.ApplyAsync(Contributions.ForReturn(fact), cancellationToken));
        await store.ClearPendingAsync(subject, token, cancellationToken);
    }

    public async Task<bool> TryRecordOrderAsync(Order? previous, Order order, CancellationToken cancellationToken = default)
    {
        try
        {
            await RecordOrderAsync(previous, order, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogOrderFailed(e);
            return false;
        }
    }

    /// <summary>Counts an order's sales; <paramref name="previous"/> is the version it replaced, if any (its month is cleared when it moved).</summary>
    public async Task RecordOrderAsync(Order? previous, Order order, CancellationToken cancellationToken = default)
    {
        var update = Contributions.ForOrder(OrderFacts.Of(order, Currency));
        var periods = new[] { update.Period, previous is null ? update.Period : AnalyticsPeriods.Of(previous.PlacedAt) }.Distinct().ToArray();
        var token = await store.MarkPendingAsync(update.Subject, periods, cancellationToken);
        await ApplyOrderAsync(update, periods, cancellationToken);
        await store.ClearPendingAsync(update.Subject, token, cancellationToken);
    }

    private async Task ApplyOrderAsync(SubjectUpdate update, IReadOnlyList<string> periods, CancellationToken cancellationToken)
    {
        foreach (var other in periods.Where(p => p != update.Period))
            cube.Apply(await store.ApplyAsync(new SubjectUpdate(other, update.Subject, AnalyticsContribution.Empty, update.Notes), cancellationToken));
        cube.Apply(await store.ApplyAsync(update, cancellationToken));
    }

    /// <summary>Redoes the updates that were started before <paramref name="age"/> ago and never confirmed; returns how many.</summary>
    public async Task<int> FinishPendingAsync(TimeSpan age, CancellationToken cancellationToken = default)
    {
        var done = 0;
        foreach (var pending in await store.PendingAsync(clock.GetUtcNow() - age, cancellationToken))
        {
            try
            {
                await FinishAsync(pending, cancellationToken);
                done++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPendingFailed(e, pending.Subject);
            }
        }

        return done;
    }

    private async Task FinishAsync(PendingSubject pending, CancellationToken cancellationToken)
    {
        var token = await store.MarkPendingAsync(pending.Subject, pending.Periods, cancellationToken);
        if (pending.Subject.StartsWith(ReturnPrefix, StringComparison.Ordinal))
        {
            await RecordReturnAsync(pending.Subject[ReturnPrefix.Length..], cancellationToken);
        }
        else if (pending.Subject.StartsWith(OrderPrefix, StringComparison.Ordinal))
        {
            var order = await orders.GetAsync(pending.Subject[OrderPrefix.Length..], cancellationToken);
            // An order that is gone counts in no month.
            var update = order is null
                ? new SubjectUpdate(pending.Periods[0], pending.Subject, AnalyticsContribution.Empty, new Dictionary<string, CellNote>())
                : Contributions.ForOrder(OrderFacts.Of(order, Currency));
            await ApplyOrderAsync(update, [.. pending.Periods, update.Period], cancellationToken);
        }

        await store.ClearPendingAsync(pending.Subject, token, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics of return {ReturnId} could not be updated; the update stays pending")]
    private partial void LogReturnFailed(Exception exception, string returnId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics of an order could not be updated; the update stays pending")]
    private partial void LogOrderFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics update of {Subject} could not be finished; it stays pending")]
    private partial void LogPendingFailed(Exception exception, string subject);
}
