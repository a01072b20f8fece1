using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using Returns.Tests.Adapters;

namespace Returns.Tests.Email;

/// <summary>
/// A local stand-in for api.sendgrid.com (Kestrel on 127.0.0.1, a free port) that checks requests as SendGrid's v3
/// <c>POST /v3/mail/send</c> documents them: Bearer authentication with the API key, a JSON body with personalizations,
/// from, subject and content; it answers 202 with an empty body, or 401/400 with SendGrid's error shape. A queued
/// status replaces the next answer. Every request is recorded.
/// </summary>
public sealed class SendGridStub : IAsyncDisposable
{
    public const string ApiKey = "SG.returns-stub.0123456789abcdefghijklmnopqrstuvwxyz";

    private WebApplication _app = null!;
    private readonly object _gate = new();
    private readonly List<(string Method, string Path, string? Authorization, string? ContentType, JsonObject? Body)> _requests = [];
    private readonly Queue<int> _faults = new();


    public string Host { get; private set; } = null!;

    public IReadOnlyList<(string Method, string Path, string? Authorization, string? ContentType, JsonObject? Body)> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    public static async Task<SendGridStub> StartAsync()
    {
        var stub = new SendGridStub();
        (stub._app, var baseUrl) = await LoopbackServer.StartAsync(stub.HandleAsync);
        stub.Host = baseUrl;
        return stub;
    }

    /// <summary>The next request is answered with this status (and SendGrid's error body).</summary>
    public void Fail(int status)
    {
        lock (_gate)
            _faults.Enqueue(status);
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            body = null;
        }

        int? fault;
        lock (_gate)
        {
            _requests.Add((context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString(),
                context.Request.ContentType, body));
            fault = _faults.Count > 0 ? _faults.Dequeue() : null;
        }

        if (context.Request.Method != "POST" || context.Request.Path != "/v3/mail/send")
            await Error(context, 404, "Not found");
        else if (context.Request.Headers.Authorization.ToString() != "Bearer " + ApiKey)
            await Error(context, 401, "The provided authorization grant is invalid, expired, or revoked");
        else if (fault is { } status)
            await Error(context, status, status == 429 ? "too many requests" : "internal error");
        else if (body?["personalizations"] is not JsonArray { Count: > 0 } personalizations || body["from"]?["email"] is null || body["content"] is not JsonArray { Count: > 0 })
            await Error(context, 400, "The personalizations, from and content fields are required.");
        else if (body["subject"] is null && personalizations.Any(p => p?["subject"] is null))
            await Error(context, 400, "The subject is required unless every personalization has one.");
        else
            context.Response.StatusCode = 202;
    }

    private static Task Error(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["field"] = null, ["help"] = null }) }.ToJsonString());
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
