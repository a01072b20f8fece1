using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Returns.Tests.Adapters;

namespace Returns.Tests.Faults;

/// <summary>A merchant webhook endpoint on 127.0.0.1 that keeps every integration event it is sent (CloudEvents JSON).</summary>
internal sealed class EventReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<JsonObject> _events = new();
    private WebApplication _app = null!;

    public Uri Url { get; private set; } = null!;

    /// <summary>Every delivery, repeats included.</summary>
    public IReadOnlyList<JsonObject> Deliveries => [.. _events];

    public static async Task<EventReceiver> StartAsync()
    {
        var receiver = new EventReceiver();
        (receiver._app, var baseUrl) = await LoopbackServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            if (JsonNode.Parse(body) is JsonObject cloudEvent)
                receiver._events.Enqueue(cloudEvent);
            context.Response.StatusCode = 200;
        });
        receiver.Url = new Uri(baseUrl + "/hooks/returns");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
