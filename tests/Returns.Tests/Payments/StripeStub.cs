using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

using Returns.Tests.Adapters;

namespace Returns.Tests.Payments;

/// <summary>One request the Stripe stand-in received: headers by lower-case name, the form body decoded.</summary>
public sealed record StripeStubRequest(
    string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, IReadOnlyDictionary<string, string> Form)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

/// <summary>
/// A local stand-in for api.stripe.com (Kestrel on 127.0.0.1, a free port) that answers <c>POST /v1/refunds</c>
/// like Stripe's API v1: Bearer authentication with one secret key, a Refund object shaped like the documented
/// example, and idempotency as documented ("saves the status code and body of the first request made with a given
/// idempotency key ... retries with the same key return the saved response"; other parameters with the same key are
/// an <c>idempotency_error</c>). Faults replace one answer each, before the work is done. Every request is recorded.
/// </summary>
public sealed class StripeStub : IAsyncDisposable
{
    public const string ApiKey = "sk_test_51ReturnsStubKey000000000000000000";

    private WebApplication _app = null!;
    private readonly object _gate = new();
    private readonly List<StripeStubRequest> _requests = [];
    private readonly Queue<Fault> _faults = new();
    private readonly Dictionary<string, Saved> _byKey = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _refunds = [];
    private int _counter;


    /// <summary>The API base to give Stripe.net, like https://api.stripe.com.</summary>
    public Uri ApiBase { get; private set; } = null!;

    /// <summary>The status new refunds get ("succeeded", as card refunds most often answer).</summary>
    public string RefundStatus { get; set; } = "succeeded";

    public IReadOnlyList<StripeStubRequest> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    /// <summary>The Refunds created, oldest first.</summary>
    public IReadOnlyList<JsonObject> Refunds
    {
        get { lock (_gate) return [.. _refunds.Select(r => r.DeepClone().AsObject())]; }
    }

    public static async Task<StripeStub> StartAsync()
    {
        var stub = new StripeStub();
        (stub._app, var baseUrl) = await LoopbackServer.StartAsync(stub.HandleAsync);
        stub.ApiBase = new Uri(baseUrl);
        return stub;
    }

    /// <summary>The next request gets this answer instead (not saved under its Idempotency-Key).</summary>
    public void Fail(int status, string body, TimeSpan delay = default)
    {
        lock (_gate)
            _faults.Enqueue(new Fault(status, body, delay));
    }

    /// <summary>Drops the faults not answered yet: Stripe is back.</summary>
    public void ClearFaults()
    {
        lock (_gate)
            _faults.Clear();
    }

    /// <summary>An error body shaped like Stripe's documented error object.</summary>
    public static string Error(string type, string? code, string message, string? param = null)
    {
        var error = new JsonObject();
        if (code is not null)
        {
            error["code"] = code;
            error["doc_url"] = $"https://stripe.com/docs/error-codes/{code.Replace('_', '-')}";
        }

        error["message"] = message;
        if (param is not null)
            error["param"] = param;
        error["request_log_url"] = "https://dashboard.stripe.com/test/logs/req_stub?t=1692942318";
        error["type"] = type;
        return new JsonObject { ["error"] = error }.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync();
        var form = QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);
        var recorded = new StripeStubRequest(request.Method, request.Path.Value ?? "", headers, body, form);
        Fault? fault;
        lock (_gate)
        {
            _requests.Add(recorded);
            _faults.TryDequeue(out fault);
        }

        var requestId = "req_" + Guid.NewGuid().ToString("N")[..14];
        context.Response.Headers["Request-Id"] = requestId;
        if (fault is not null)
        {
            if (fault.Delay > TimeSpan.Zero)
                await Task.Delay(fault.Delay, context.RequestAborted);
            await WriteAsync(context, fault.Status, fault.Body);
            return;
        }

        var (status, answer, replayed) = Answer(recorded);
        if (replayed)
            context.Response.Headers["Idempotent-Replayed"] = "true";
        await WriteAsync(context, status, answer);
    }

    private static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    private (int Status, string Body, bool Replayed) Answer(StripeStubRequest request)
    {
        // Authentication runs before the idempotency layer, as do the parameter checks.
        if (request.Header("authorization") != "Bearer " + ApiKey)
        {
            return (401, Error("invalid_request_error", null,
                $"Invalid API Key provided: {Mask(request.Header("authorization"))}"), false);
        }

        if (request.Method != "POST" || request.Path != "/v1/refunds")
            return (404, Error("invalid_request_error", null, $"Unrecognized request URL ({request.Method}: {request.Path})."), false);

        var key = request.Header("idempotency-key");
        lock (_gate)
        {
            if (key is not null && _byKey.TryGetValue(key, out var saved))
            {
                if (saved.Body == request.Body)
                    return (saved.Status, saved.Answer, true);
                return (400, Error("idempotency_error", null,
                    $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request."), false);
            }

            var (status, answer) = Create(request.Form);
            if (key is not null)
                _byKey[key] = new Saved(request.Body, status, answer);
            return (status, answer, false);
        }
    }

    private (int Status, string Body) Create(IReadOnlyDictionary<string, string> form)
    {
        form.TryGetValue("payment_intent", out var paymentIntent);
        form.TryGetValue("charge", out var charge);
        if (paymentIntent is null && charge is null)
            return (400, Error("invalid_request_error", "parameter_missing", "One of the following params should be provided for this request: payment_intent or charge."));
        if (paymentIntent is not null && charge is not null)
            return (400, Error("invalid_request_error", "parameter_unknown", "You cannot specify both payment_intent and charge."));
        if (!form.TryGetValue("amount", out var amountText) || !long.TryParse(amountText, out var amount) || amount <= 0)
            return (400, Error("invalid_request_error", "parameter_invalid_integer", "This value must be greater than or equal to 1.", "amount"));

        var n = Interlocked.Increment(ref _counter);
        var metadata = new JsonObject();
        foreach (var (name, value) in form.Where(p => p.Key.StartsWith("metadata[", StringComparison.Ordinal)))
            metadata[name["metadata[".Length..^1]] = value;

        // The documented example: https://docs.stripe.com/api/refunds/object
        var refund = new JsonObject
        {
            ["id"] = $"re_3StubRefund{n:D12}",
            ["object"] = "refund",
            ["amount"] = amount,
            ["balance_transaction"] = $"txn_3StubBalance{n:D10}",
            ["charge"] = charge ?? $"ch_3StubCharge{n:D11}",
            ["created"] = 1692942318 + n,
            ["currency"] = "eur",
            ["destination_details"] = new JsonObject
            {
                ["card"] = new JsonObject
                {
                    ["reference"] = "123456789012",
                    ["reference_status"] = "available",
                    ["reference_type"] = "acquirer_reference_number",
                    ["type"] = "refund",
                },
                ["type"] = "card",
            },
            ["metadata"] = metadata,
            ["payment_intent"] = paymentIntent,
            ["reason"] = form.GetValueOrDefault("reason"),
            ["receipt_number"] = null,
            ["source_transfer_reversal"] = null,
            ["status"] = RefundStatus,
            ["transfer_reversal"] = null,
        };
        _refunds.Add(refund);
        return (200, refund.ToJsonString());
    }

    private static string Mask(string? authorization)
    {
        var key = authorization?.StartsWith("Bearer ", StringComparison.Ordinal) == true ? authorization["Bearer ".Length..] : authorization ?? "";
        return key.Length <= 12 ? key : key[..8] + new string('*', key.Length - 12) + key[^4..];
    }

    private sealed record Fault(int Status, string Body, TimeSpan Delay);

    private sealed record Saved(string Body, int Status, string Answer);
}
