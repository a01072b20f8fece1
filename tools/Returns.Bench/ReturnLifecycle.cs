using System.Diagnostics;
using System.Net;

namespace Returns.Bench;

/// <summary>One return driven from the order to closed; records how long each phase took and where it is.</summary>
internal sealed class ReturnLifecycle(BenchApi api, IConfirmLinks links, PollPacer pacer, TimeSpan pollInterval, string orderNumber, string email)
{
    public static readonly string[] PhaseNames = ["order", "request", "confirm link", "confirm", "label_issued", "scans", "received", "inspection", "closed"];

    private static readonly string[] StageOrder =
    [
        "awaiting_confirmation", "awaiting_approval", "approved", "label_issued", "in_transit", "customs_hold", "received",
        "inspected", "refund_issued", "credit_issued", "exchange_shipped", "closed",
    ];

    private readonly Stopwatch _clock = new();
    private readonly Dictionary<string, TimeSpan> _phases = new(StringComparer.Ordinal);
    private volatile string _phase = "not started";
    private volatile string? _stage;

    public string OrderNumber => orderNumber;

    public string? ReturnId { get; private set; }

    public string Phase => _phase;

    public string? LastStage => _stage;

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool Started => _clock.IsRunning || _clock.Elapsed > TimeSpan.Zero;

    public bool Completed { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyDictionary<string, TimeSpan> Phases => _phases;

    public async Task RunAsync(CancellationToken ct)
    {
        _clock.Start();
        try
        {
            await StepAsync("order", async () => Expect(await api.PutOrderAsync(orderNumber, email, ct), "POST /api/orders", HttpStatusCode.Created, HttpStatusCode.OK));

            await StepAsync("request", async () =>
            {
                var accepted = Expect(await api.RequestReturnAsync(orderNumber, email, ct), "POST /api/returns", HttpStatusCode.Accepted).Json();
                ReturnId = accepted["returnId"]?.GetValue<string>() ?? throw new BenchException("POST /api/returns gave no returnId.");
                _stage = accepted["stage"]?.GetValue<string>();
            });

            var link = "";
            await StepAsync("confirm link", async () => link = await links.GetAsync(ReturnId!, ct));
            await StepAsync("confirm", async () => Expect(await api.FollowLinkAsync(link, ct), "GET confirmation link", HttpStatusCode.OK));

            var trackingNumber = "";
            await StepAsync("label_issued", async () =>
            {
                var status = await WaitForStageAsync("label_issued", ct);
                trackingNumber = status["label"]?["trackingNumber"]?.GetValue<string>() ?? throw new BenchException("label_issued without a tracking number.");
            });

            await StepAsync("scans", async () =>
            {
                var at = DateTimeOffset.UtcNow;
                Expect(await api.ScanAsync($"bench-{ReturnId}-picked", trackingNumber, "picked_up", at, ct), "picked_up scan", HttpStatusCode.Accepted);
                Expect(await api.ScanAsync($"bench-{ReturnId}-delivered", trackingNumber, "delivered", at.AddMinutes(1), ct), "delivered scan", HttpStatusCode.Accepted);
            });

            await StepAsync("received", () => WaitForStageAsync("received", ct));

            await StepAsync("inspection", async () =>
            {
                var answer = await api.InspectAsync(ReturnId!, "TEE-BLK-M", 1, ct);
                if (answer.Status == HttpStatusCode.Conflict && Rank((await StatusAsync(ct))["stage"]?.GetValue<string>()) > Rank("received"))
                    return; // an earlier attempt got through
                Expect(answer, "POST inspection", HttpStatusCode.Accepted);
            });

            await StepAsync("closed", async () =>
            {
                var closed = await WaitForStageAsync("closed", ct);
                if (closed["refund"]?["amount"]?.GetValue<long>() != 2500)
                    throw new BenchException($"closed with an unexpected refund: {closed["refund"]?.ToJsonString() ?? "none"}");
            });

            _phase = "done";
            Completed = true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stuck: the phase and last stage say where.
        }
        catch (BenchException e)
        {
            Error = $"{_phase}: {e.Message}";
        }
        finally
        {
            _clock.Stop();
        }
    }

    private async Task StepAsync(string phase, Func<Task> step)
    {
        _phase = phase;
        var started = _clock.Elapsed;
        await step();
        _phases[phase] = _clock.Elapsed - started;
    }

    private async Task<System.Text.Json.Nodes.JsonObject> StatusAsync(CancellationToken ct)
    {
        var status = Expect(await api.GetReturnAsync(ReturnId!, email, ct), "GET /api/returns/{id}", HttpStatusCode.OK).Json();
        _stage = status["stage"]?.GetValue<string>();
        return status;
    }

    private async Task<System.Text.Json.Nodes.JsonObject> WaitForStageAsync(string stage, CancellationToken ct)
    {
        while (true)
        {
            await pacer.WaitTurnAsync(ct);
            var status = await StatusAsync(ct);
            if (_stage == stage || Rank(_stage) > Rank(stage))
                return status;
            if (_stage is "rejected" or "expired" or "cancelled")
                throw new BenchException($"ended {_stage} while waiting for {stage}.");
            await Task.Delay(pollInterval, ct);
        }
    }

    private static int Rank(string? stage) => stage is null ? -1 : Array.IndexOf(StageOrder, stage);

    private static ApiAnswer Expect(ApiAnswer answer, string what, params HttpStatusCode[] expected) =>
        expected.Contains(answer.Status) ? answer : throw new BenchException($"{what} answered {answer}");
}
