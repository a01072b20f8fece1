using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Returns.Adapters.Storage;
using Returns.Api.Http;

namespace Returns.Api.Handlers;

public sealed class HealthHandlers(ReturnsStorage storage)
{
    /// <summary>GET /api/health: ok only once storage and the durable backend answer.</summary>
    public async Task<IResult> CheckAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        if (!await storage.PingAsync(timeout.Token))
            return Problems.Unavailable("Storage does not answer.");
        try
        {
            await client.GetInstanceAsync("health-probe", timeout.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Problems.Unavailable("The durable task backend does not answer.");
        }

        return Results.Json(new { status = "ok" }, ApiJson.Options);
    }
}
