using System.Collections.Concurrent;
using Microsoft.DurableTask;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Tests.Workflow;

/// <summary>One activity call as the stub saw it; <see cref="Order"/> is global across all instances.</summary>
public sealed record RecordedCall(long Order, string Activity, object Input);

/// <summary>What the stubbed activities answer for one orchestration instance, and what they were asked.</summary>
public sealed class WorkflowScenario
{
    private readonly ConcurrentQueue<RecordedCall> _calls = new();

    public PolicyDecision Policy { get; set; } = Canned.Approve;
    public RoutePlan Route { get; set; } = Canned.Direct;
    public LabelInfo Label { get; set; } = Canned.Label;
    public ExchangeShipment Exchange { get; set; } = Canned.Exchange;

    /// <summary>The refund answer; its kind follows the requested resolution as the real activity does.</summary>
    public Func<SettlementRequest, RefundInfo> Refund { get; set; } = Canned.RefundFor;

    /// <summary>When true, the label activity fails on every attempt.</summary>
    public bool LabelFails { get; set; }

    /// <summary>Accepted carrier events the workflow never took, as the event log answers before closing.</summary>
    public IReadOnlyList<ReturnEvent> MissedScans { get; set; } = [];

    /// <summary>The customs papers PrepareCustomsPapers reports; empty: a domestic return.</summary>
    public IReadOnlyList<string> Papers { get; set; } = [];

    public bool ClaimsFail { get; set; }

    /// <summary>The stage whose projection fails on every attempt, if any.</summary>
    public string? RecordFailsFor { get; set; }

    public IReadOnlyList<RecordedCall> Calls => [.. _calls];

    internal void Record(RecordedCall call) => _calls.Enqueue(call);

    public IReadOnlyList<T> InputsOf<T>(string activity) =>
        Calls.Where(c => c.Activity == activity).Select(c => (T)c.Input).ToArray();

    public int CountOf(string activity) => Calls.Count(c => c.Activity == activity);

    /// <summary>Every projection step (stage changes and notes) in the order the workflow recorded them.</summary>
    public IReadOnlyList<StageChange> Changes => InputsOf<StageChange>(nameof(RecordReturnStage));

    /// <summary>The stages entered, in order (notes excluded).</summary>
    public IReadOnlyList<string> Stages => Changes.Where(c => c.StageChanged).Select(c => c.Stage).ToArray();

    public IReadOnlyList<StageChange> Notes => Changes.Where(c => !c.StageChanged).ToArray();

    /// <summary>Every timeline note with its stage, notes recorded together in one step (<see cref="StageChange.MoreNotes"/>) one by one.</summary>
    public IReadOnlyList<(string Stage, string? Note)> NoteLines =>
        Notes.SelectMany(c => new[] { c.Note }.Concat(c.MoreNotes ?? []).Select(n => (c.Stage, n))).ToArray();

    public IReadOnlyList<ReminderRequest> Reminders => InputsOf<ReminderRequest>(nameof(SendReturnReminder));

    public StageChange Change(string stage) => Assert.Single(Changes, c => c.StageChanged && c.Stage == stage);
}

/// <summary>
/// Stubs for every activity of the workflow, registered under the real names. Each stub looks up the
/// scenario of the calling instance, records its input and answers with the scenario's canned value.
/// </summary>
public sealed class ActivityStubs
{
    private readonly ConcurrentDictionary<string, WorkflowScenario> _scenarios = new(StringComparer.Ordinal);
    private long _order;

    public WorkflowScenario For(string instanceId) => _scenarios.GetOrAdd(instanceId, _ => new WorkflowScenario());

    public void Register(DurableTaskRegistry registry)
    {
        registry.AddOrchestrator<ReturnOrchestrator>();
        registry.AddOrchestrator<Orchestrations.Exchanges.InstantExchangeOrchestrator>();

        registry.AddActivityFunc<StageChange, bool>(nameof(RecordReturnStage), (ctx, change) => Answer(ctx, change, s => s.RecordFailsFor == change.Stage ? throw new InvalidOperationException("Projection unavailable.") : true));
        registry.AddActivityFunc<string, PolicyDecision>(nameof(EvaluateReturnPolicy), (ctx, id) => Answer(ctx, id, s => s.Policy));
        registry.AddActivityFunc<string, RoutePlan>(nameof(PlanReturnRoute), (ctx, id) => Answer(ctx, id, s => s.Route));
        registry.AddActivityFunc<IssueLabelRequest, LabelInfo>(nameof(IssueReturnLabel), (ctx, request) => Answer(ctx, request, s => s.LabelFails ? throw new InvalidOperationException("Carrier unavailable.") : s.Label));
        registry.AddActivityFunc<VoidLabelRequest, bool>(nameof(VoidReturnLabel), (ctx, request) => Answer(ctx, request, _ => true));
        registry.AddActivityFunc<ReminderRequest, bool>(nameof(SendReturnReminder), (ctx, request) => Answer(ctx, request, _ => true));
        registry.AddActivityFunc<SettlementRequest, RefundInfo>(nameof(IssueReturnRefund), (ctx, request) => Answer(ctx, request, s => s.Refund(request)));
        registry.AddActivityFunc<SettlementRequest, ExchangeShipment>(nameof(ShipReturnExchange), (ctx, request) => Answer(ctx, request, s => s.Exchange));
        registry.AddActivityFunc<string, IReadOnlyList<string>>(nameof(PrepareCustomsPapers), (ctx, id) => Answer(ctx, id, s => s.Papers));
        registry.AddActivityFunc<Orchestrations.Ledger.LedgerRequest, int>(nameof(PostReturnCosts), (ctx, request) => Answer(ctx, request, _ => 1));
        registry.AddActivityFunc<string, int>(typeof(RecordReturnedStock).Name, (ctx, id) => Answer(ctx, id, _ => 1));
        registry.AddActivityFunc<string, bool>(typeof(CompensateInstantExchange).Name, (ctx, id) => Answer(ctx, id, _ => true));
        registry.AddActivityFunc<Orchestrations.Routing.Consolidation.HubParcelRequest, bool>(nameof(AddParcelToHub), (ctx, request) => Answer(ctx, request, _ => true));
        registry.AddActivityFunc<ScanReconciliation, IReadOnlyList<ReturnEvent>>(nameof(ReconcileCarrierScans), (ctx, request) => Answer(ctx, request, s => s.MissedScans));
        registry.AddActivityFunc<string, int>(nameof(AssessTaxClaims), (ctx, id) => Answer(ctx, id, s => s.ClaimsFail ? throw new InvalidOperationException("Rules unavailable.") : 2));
    }

    private TOut Answer<TIn, TOut>(TaskActivityContext context, TIn input, Func<WorkflowScenario, TOut> answer)
    {
        // An instant exchange runs as a sub-orchestration of the return: its calls belong to the return's scenario.
        var scenario = For(context.InstanceId.Replace(":instant-exchange", "", StringComparison.Ordinal));
        scenario.Record(new RecordedCall(Interlocked.Increment(ref _order), context.Name.Name, input!));
        return answer(scenario);
    }
}

/// <summary>Canned activity answers.</summary>
public static class Canned
{
    public static readonly DateTimeOffset At = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static readonly PolicyDecision Approve = new(PolicyOutcomes.Approve, "Approved under the seller's return policy.", true);

    public static PolicyDecision Review(bool approveOnTimeout) =>
        new(PolicyOutcomes.Review, "The seller reviews returns of this value before issuing a label.", approveOnTimeout);

    public static PolicyDecision Reject(string reason) => new(PolicyOutcomes.Reject, reason, true);

    public static readonly RoutePlan Direct = new(RouteKinds.Direct, "Return directly to the seller in TW.");
    public static readonly RoutePlan Returnless = new(RouteKinds.Returnless, "Sending these items back would cost more than they are worth: keep them.");

    public static readonly LabelInfo Label = new("DHL", "Returns Connect", "JD014600006281234567", At);

    public static readonly ExchangeShipment Exchange = new("TEE-BLK-L", 1, "UPS", "1Z999AA10123456784", At);

    public static RefundInfo RefundFor(SettlementRequest request) => new(
        request.Resolution == Resolutions.StoreCredit ? Resolutions.StoreCredit : Resolutions.Refund,
        5000, "EUR", "succeeded", "re_" + request.ReturnId, At);

    public static ReceiptDetails Receipt(string location = "Taipei hub") =>
        new(location, [new ReceivedLine("TEE-BLK-M", 2)], At.AddDays(5));

    public static IReadOnlyList<InspectedLine> Inspection() =>
        [new InspectedLine("TEE-BLK-M", 1, "A"), new InspectedLine("TEE-BLK-M", 1, "C", "stain on sleeve")];
}
