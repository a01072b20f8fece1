using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using Returns.Tests.Adapters;

namespace Returns.Tests.Carriers;

/// <summary>
/// A local stand-in for api.easypost.com (Kestrel on 127.0.0.1, a free port). It keeps the Shipments it created,
/// answers create, retrieve, buy and refund with bodies shaped like EasyPost's documented examples, serves the label
/// PDF at the <c>label_url</c> it hands out and records every request. Faults replace one answer each.
/// </summary>
public sealed class EasyPostStub : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly object _gate = new();
    private readonly List<StubRequest> _requests = [];
    private readonly List<StubFault> _faults = [];
    private readonly Dictionary<string, JsonObject> _shipments = new(StringComparer.Ordinal);
    private readonly List<string> _created = [];
    private int _counter;


    public Uri Root { get; private set; } = null!;

    /// <summary>Where the adapter's base address points, like https://api.easypost.com/v2/.</summary>
    public Uri BaseAddress => new(Root, "v2/");

    public byte[] LabelPdf { get; } = EasyPostSamples.LabelPdf();

    /// <summary>The refund_status a refund gets ("submitted", as EasyPost most often answers first).</summary>
    public string RefundOutcome { get; set; } = "submitted";

    public IReadOnlyList<StubRequest> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    /// <summary>The ids of the Shipments created, oldest first.</summary>
    public IReadOnlyList<string> ShipmentIds
    {
        get { lock (_gate) return [.. _created]; }
    }

    public static async Task<EasyPostStub> StartAsync()
    {
        var stub = new EasyPostStub();
        (stub._app, var baseUrl) = await LoopbackServer.StartAsync(stub.HandleAsync);
        stub.Root = new Uri(baseUrl + "/");
        return stub;
    }

    public void Fail(string method, string pathSuffix, int status, string body, bool afterHandling = false, string? retryAfter = null)
    {
        lock (_gate)
            _faults.Add(new StubFault(method, pathSuffix, status, body, afterHandling, retryAfter));
    }

    /// <summary>The stored Shipment as EasyPost would answer it now.</summary>
    public JsonObject Shipment(string id)
    {
        lock (_gate)
            return _shipments[id].DeepClone().AsObject();
    }

    public string RateId(string shipmentId, string carrier, string service) =>
        Shipment(shipmentId)["rates"]!.AsArray()
            .Single(r => r!["carrier"]!.GetValue<string>() == carrier && r["service"]!.GetValue<string>() == service)!["id"]!
            .GetValue<string>();

    public IReadOnlyList<StubRequest> Calls(string method, string pathPattern) =>
        [.. Requests.Where(r => r.Method == method && System.Text.RegularExpressions.Regex.IsMatch(r.Path, "^" + pathPattern + "$"))];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "";
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        StubFault? fault;
        lock (_gate)
        {
            _requests.Add(new StubRequest(method, path, context.Request.Headers.Authorization.FirstOrDefault(), body));
            fault = _faults.FirstOrDefault(f => f.Method == method && path.EndsWith(f.PathSuffix, StringComparison.Ordinal));
            if (fault is not null)
                _faults.Remove(fault);
        }

        if (fault is { AfterHandling: false })
        {
            await WriteAsync(context, fault);
            return;
        }

        var (status, contentType, answer) = Answer(method, path, body);
        if (fault is not null)
        {
            await WriteAsync(context, fault);
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(answer);
    }

    private (int Status, string ContentType, byte[] Body) Answer(string method, string path, string body)
    {
        var parts = path.Trim('/').Split('/');
        lock (_gate)
        {
            return (method, parts) switch
            {
                ("POST", ["v2", "shipments"]) => Create(body),
                ("GET", ["v2", "shipments", var id]) => Existing(id, s => (200, s)),
                ("POST", ["v2", "shipments", var id, "buy"]) => Existing(id, s => Buy(s, body)),
                ("POST", ["v2", "shipments", var id, "refund"]) => Existing(id, Refund),
                ("GET", ["files", "postage_label", _]) => (200, "application/pdf", LabelPdf),
                _ => Json(404, EasyPostSamples.Error("NOT_FOUND", "The requested resource could not be found.")),
            };
        }
    }

    private (int, string, byte[]) Create(string body)
    {
        var asked = JsonNode.Parse(body)!["shipment"]!.AsObject();
        var id = EasyPostSamples.Id("shp", ++_counter);
        _shipments[id] = EasyPostSamples.Shipment(id, asked, ref _counter);
        _created.Add(id);
        return Json(201, _shipments[id].ToJsonString());
    }

    private (int, string, byte[]) Existing(string id, Func<JsonObject, (int Status, JsonObject Shipment)> act)
    {
        if (!_shipments.TryGetValue(id, out var shipment))
            return Json(404, EasyPostSamples.Error("NOT_FOUND", "The requested resource could not be found."));
        var (status, answer) = act(shipment);
        return Json(status, answer.ToJsonString());
    }

    private (int, JsonObject) Buy(JsonObject shipment, string body)
    {
        if (shipment["postage_label"] is not null)
            return (422, JsonNode.Parse(EasyPostSamples.Error("SHIPMENT.POSTAGE.EXISTS", "Postage already exists for this shipment."))!.AsObject());
        var rateId = JsonNode.Parse(body)?["rate"]?["id"]?.GetValue<string>();
        var rate = shipment["rates"]!.AsArray().FirstOrDefault(r => r!["id"]!.GetValue<string>() == rateId);
        if (rate is null)
            return (422, JsonNode.Parse(EasyPostSamples.Error("SHIPMENT.RATE.INVALID", "Invalid rate."))!.AsObject());

        var tracking = $"94055002083031098{++_counter:D5}";
        EasyPostSamples.Buy(shipment, rate.AsObject(), tracking, new Uri(Root, $"files/postage_label/{tracking}.pdf"), ref _counter);
        return (200, shipment);
    }

    private (int, JsonObject) Refund(JsonObject shipment)
    {
        shipment["refund_status"] = RefundOutcome;
        return (200, shipment);
    }

    private static (int, string, byte[]) Json(int status, string json) => (status, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(json));

    private static async Task WriteAsync(HttpContext context, StubFault fault)
    {
        context.Response.StatusCode = fault.Status;
        if (fault.RetryAfter is not null)
            context.Response.Headers.RetryAfter = fault.RetryAfter;
        context.Response.ContentType = fault.Body.StartsWith('{') ? "application/json; charset=utf-8" : "text/html";
        await context.Response.WriteAsync(fault.Body);
    }
}
