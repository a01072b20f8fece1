using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Functions.Workflow;

/// <summary>
/// One activity trigger per activity of <see cref="ReturnWorkflowCatalog.Activities"/>, named after its class.
/// Each resolves the activity from the invocation's services (registered by AddReturnsWorkflow) and runs it.
/// </summary>
public static class ReturnActivityFunctions
{
    [Function(nameof(RecordReturnStage))]
    public static Task<bool> RunRecordReturnStage([ActivityTrigger] StageChange change, FunctionContext context) =>
        RunAsync<RecordReturnStage, StageChange, bool>(context, change);

    [Function(nameof(EvaluateReturnPolicy))]
    public static Task<PolicyDecision> RunEvaluateReturnPolicy([ActivityTrigger] string returnId, FunctionContext context) =>
        RunAsync<EvaluateReturnPolicy, string, PolicyDecision>(context, returnId);

    [Function(nameof(PlanReturnRoute))]
    public static Task<RoutePlan> RunPlanReturnRoute([ActivityTrigger] string returnId, FunctionContext context) =>
        RunAsync<PlanReturnRoute, string, RoutePlan>(context, returnId);

    [Function(nameof(IssueReturnLabel))]
    public static Task<LabelInfo> RunIssueReturnLabel([ActivityTrigger] IssueLabelRequest request, FunctionContext context) =>
        RunAsync<IssueReturnLabel, IssueLabelRequest, LabelInfo>(context, request);

    [Function(nameof(VoidReturnLabel))]
    public static Task<bool> RunVoidReturnLabel([ActivityTrigger] VoidLabelRequest request, FunctionContext context) =>
        RunAsync<VoidReturnLabel, VoidLabelRequest, bool>(context, request);

    [Function(nameof(SendReturnReminder))]
    public static Task<bool> RunSendReturnReminder([ActivityTrigger] ReminderRequest request, FunctionContext context) =>
        RunAsync<SendReturnReminder, ReminderRequest, bool>(context, request);

    [Function(nameof(IssueReturnRefund))]
    public static Task<RefundInfo> RunIssueReturnRefund([ActivityTrigger] SettlementRequest request, FunctionContext context) =>
        RunAsync<IssueReturnRefund, SettlementRequest, RefundInfo>(context, request);

    [Function(nameof(ShipReturnExchange))]
    public static Task<ExchangeShipment> RunShipReturnExchange([ActivityTrigger] SettlementRequest request, FunctionContext context) =>
        RunAsync<ShipReturnExchange, SettlementRequest, ExchangeShipment>(context, request);

    [Function(nameof(PrepareCustomsPapers))]
    public static Task<IReadOnlyList<string>> RunPrepareCustomsPapers([ActivityTrigger] string returnId, FunctionContext context) =>
        RunAsync<PrepareCustomsPapers, string, IReadOnlyList<string>>(context, returnId);

    [Function(nameof(AssessTaxClaims))]
    public static Task<int> RunAssessTaxClaims([ActivityTrigger] string returnId, FunctionContext context) =>
        RunAsync<AssessTaxClaims, string, int>(context, returnId);

    [Function(nameof(SendTaxClaimReminders))]
    public static Task<int> RunSendTaxClaimReminders([ActivityTrigger] IReadOnlyList<int> leadDays, FunctionContext context) =>
        RunAsync<SendTaxClaimReminders, IReadOnlyList<int>, int>(context, leadDays);

    [Function(nameof(ReconcileCarrierScans))]
    public static Task<IReadOnlyList<ReturnEvent>> RunReconcileCarrierScans([ActivityTrigger] ScanReconciliation request, FunctionContext context) =>
        RunAsync<ReconcileCarrierScans, ScanReconciliation, IReadOnlyList<ReturnEvent>>(context, request);

    [Function(nameof(PostReturnCosts))]
    public static Task<int> RunPostReturnCosts([ActivityTrigger] LedgerRequest request, FunctionContext context) =>
        RunAsync<PostReturnCosts, LedgerRequest, int>(context, request);

    [Function(nameof(RecordReturnedStock))]
    public static Task<int> RunRecordReturnedStock([ActivityTrigger] string returnId, FunctionContext context) =>
        RunAsync<RecordReturnedStock, string, int>(context, returnId);

    [Function(nameof(CompensateInstantExchange))]
    public static Task<bool> RunCompensateInstantExchange([ActivityTrigger] string returnId, FunctionContext context) =>
        RunAsync<CompensateInstantExchange, string, bool>(context, returnId);

    [Function(nameof(AddParcelToHub))]
    public static Task<bool> RunAddParcelToHub([ActivityTrigger] HubParcelRequest request, FunctionContext context) =>
        RunAsync<AddParcelToHub, HubParcelRequest, bool>(context, request);

    [Function(nameof(ShipHubConsolidation))]
    public static Task<int> RunShipHubConsolidation([ActivityTrigger] string hubId, FunctionContext context) =>
        RunAsync<ShipHubConsolidation, string, int>(context, hubId);

    internal static Task<TOutput> RunAsync<TActivity, TInput, TOutput>(FunctionContext context, TInput input)
        where TActivity : TaskActivity<TInput, TOutput> =>
        context.InstanceServices.GetRequiredService<TActivity>().RunAsync(FunctionActivityContext.From(context), input);
}
