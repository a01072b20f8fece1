using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Analytics;

/// <summary>
/// Takes note of what changed for analytics — a return's step, an order imported — as one pending mark each, the
/// only write on the workflow's path; <see cref="AnalyticsAggregator"/> then rebuilds the facts from the stored state
/// and applies many subjects' differences together. A mark stays until it is applied, so a crash anywhere loses nothing.
/// </summary>
public sealed partial class AnalyticsRecorder(
    IAnalyticsStore store,
    IReturnStore returns,
    IOrderStore orders,
    ICostLedger ledger,
    IStockLedger stock,
    ComplianceRules rules,
    IOptions<AnalyticsOptions> options,
    ILogger<AnalyticsRecorder> logger) : IAnalyticsFeed
{
    private readonly ILogger _logger = logger;

    /// <summary>Raised after a mark, so an aggregator in this process can start at once.</summary>
    public event Action? Marked;

    public ReportingCurrency Currency => new(options.Value.Currency, rules.Current);

    /// <summary>
    /// The steps that change what a return counts for: a request confirmed (review or approval), and its end. The facts
    /// are rebuilt from the whole timeline each time, so the stages in between are counted at the end; marking only
    /// these keeps the analytics work per return small under a burst.
    /// </summary>
    public static bool Counts(string stage) =>
        stage is ReturnStages.AwaitingApproval or ReturnStages.Approved || ReturnStages.IsTerminal(stage);

    public async Task<bool> TryRecordReturnAsync(ReturnRecord record, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.MarkPendingAsync(SubjectUpdate.ReturnSubject(record.ReturnId), [AnalyticsPeriods.Of(record.CreatedAt)], cancellationToken: cancellationToken);
            Marked?.Invoke();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReturnFailed(e, record.ReturnId);
            return false;
        }
    }

    public async Task<bool> TryRecordOrderAsync(Order? previous, Order order, CancellationToken cancellationToken = default)
    {
        try
        {
            // An order sent again for another month is cleared from the month it counted in before.
            var periods = new[] { AnalyticsPeriods.Of(order.PlacedAt), AnalyticsPeriods.Of(previous?.PlacedAt ?? order.PlacedAt) }.Distinct().ToArray();
            await store.MarkPendingAsync(SubjectUpdate.OrderSubject(order.OrderNumber), periods, keepPeriods: true, cancellationToken);
            Marked?.Invoke();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogOrderFailed(e);
            return false;
        }
    }

    /// <summary>A return's facts from its stored state (the return, its order, the cost and returned-stock ledgers); null when it is gone.</summary>
    public async Task<ReturnFact?> ReturnFactAsync(string returnId, CancellationToken cancellationToken = default)
    {
        var record = await returns.GetAsync(returnId, cancellationToken);
        if (record is null)
            return null;
        var order = orders.GetAsync(record.OrderNumber, cancellationToken);
        var entries = ledger.QueryAsync(new Ledger.LedgerQuery(ReturnId: record.ReturnId), cancellationToken);
        var units = stock.QueryAsync(record.ReturnId, null, null, null, cancellationToken);
        return ReturnFactBuilder.Build(record, await order, await entries, await units, Currency, ReturnFactBuilder.LanguageOf(record));
    }

    /// <summary>An order's sales as analytics counts them; null when it is gone.</summary>
    public async Task<OrderFact?> OrderFactAsync(string orderNumber, CancellationToken cancellationToken = default) =>
        await orders.GetAsync(orderNumber, cancellationToken) is { } order ? OrderFacts.Of(order, Currency) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics of return {ReturnId} could not be marked for update")]
    private partial void LogReturnFailed(Exception exception, string returnId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics of an order could not be marked for update")]
    private partial void LogOrderFailed(Exception exception);
}
