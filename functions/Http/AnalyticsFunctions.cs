using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Returns.Api.Handlers;
using Returns.Orchestrations.Analytics;

namespace Returns.Functions.Http;

/// <summary>The returns analytics (x-api-key, checked by the handler), and the timer that applies pending analytics marks.</summary>
public sealed class AnalyticsFunctions(AnalyticsHandlers analytics, AnalyticsAggregator aggregator)
{
    /// <summary>The timer trigger's function name.</summary>
    public const string ApplyPendingFunctionName = "ApplyPendingAnalytics";

    [Function(nameof(AdminAnalytics))]
    public Task<IResult> AdminAnalytics(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/analytics/{table}")] HttpRequest request,
        string table,
        CancellationToken cancellationToken) =>
        analytics.GetAsync(request, table, cancellationToken);

    /// <summary>Every minute: the returns and orders marked since are brought into the aggregates, in batches.</summary>
    [Function(ApplyPendingFunctionName)]
    public Task ApplyPendingAnalytics([TimerTrigger(BackgroundSchedule.EveryMinute)] TimerInfo timer, CancellationToken cancellationToken) =>
        aggregator.TryApplyPendingAsync(cancellationToken);
}
