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
    private readonly Queue<(int Status, TimeSpan? RetryAfter, TimeSpan Delay)> _faults = new();


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
    public void Fail(int status) => Fail(status, null);

    /// <summary>
    /// The next request is answered with this status, a Retry-After header when given (as SendGrid's 429 carries it),
    /// after <paramref name="delay"/> (longer than the client's timeout: a send that hangs).
    /// </summary>
    public void Fail(int status, TimeSpan? retryAfter, TimeSpan delay = default)
    {
        lock (_gate)
            _faults.Enqueue((status, retryAfter, delay));
    }

    /// <summary>The emails SendGrid accepted (answered 202), by the emailId custom argument.</summary>
    public IReadOnlyList<string> Accepted
    {
        get { lock (_gate) return [.. _accepted]; }
    }

    private readonly List<string> _accepted = [];

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

        (int Status, TimeSpan? RetryAfter, TimeSpan Delay)? fault;
        lock (_gate)
        {
            _requests.Add((context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString(),
                context.Request.ContentType, body));
            fault = _faults.Count > 0 ? _faults.Dequeue() : null;
        }

        if (fault is { Delay: var delay } && delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up
            }
        }

        if (fault?.RetryAfter is { } retryAfter)
            context.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        if (context.Request.Method != "POST" || context.Request.Path != "/v3/mail/send")
            await Error(context, 404, "Not found");
        else if (context.Request.Headers.Authorization.ToString() != "Bearer " + ApiKey)
            await Error(context, 401, "The provided authorization grant is invalid, expired, or revoked");
        else if (fault is { Status: var status })
            await Error(context, status, status == 429 ? "too many requests" : "internal error");
        else if (body?["personalizations"] is not JsonArray { Count: > 0 } personalizations || body["from"]?["email"] is null || body["content"] is not JsonArray { Count: > 0 })
            await Error(context, 400, "The personalizations, from and content fields are required.");
        else if (body["subject"] is null && personalizations.Any(p => p?["subject"] is null))
            await Error(context, 400, "The subject is required unless every personalization has one.");
        else
        {
            lock (_gate)
                _accepted.Add((body["personalizations"]?[0]?["custom_args"] ?? body["custom_args"])?["emailId"]?.GetValue<string>() ?? "");
            context.Response.StatusCode = 202;
        }
    }

    private static Task Error(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["field"] = null, ["help"] = null }) }.ToJsonString());
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
