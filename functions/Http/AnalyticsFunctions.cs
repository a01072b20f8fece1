using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Returns.Api.Handlers;
using Returns.Orchestrations.Analytics;

namespace Returns.Functions.Http;

/// <summary>The returns analytics (x-api-key, checked by the handler), and the timer that finishes interrupted updates.</summary>
public sealed class AnalyticsFunctions(AnalyticsHandlers analytics, AnalyticsRecorder recorder)
{
    /// <summary>The timer trigger's function name.</summary>
    public const string FinishPendingFunctionName = "FinishPendingAnalytics";

    [Function(nameof(AdminAnalytics))]
    public Task<IResult> AdminAnalytics(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/analytics/{table}")] HttpRequest request,
        string table,
        CancellationToken cancellationToken) =>
        analytics.GetAsync(request, table, cancellationToken);

    /// <summary>Every five minutes: analytics updates started over five minutes ago and never confirmed are done again.</summary>
    [Function(FinishPendingFunctionName)]
    public Task FinishPendingAnalytics([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        recorder.FinishPendingAsync(TimeSpan.FromMinutes(5), cancellationToken);
}
