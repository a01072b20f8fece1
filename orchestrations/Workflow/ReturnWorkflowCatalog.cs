using Microsoft.DurableTask;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Orchestrations.Workflow;

/// <summary>Every orchestrator and activity of the workflow, registered the same way by both hosts.</summary>
public static class ReturnWorkflowCatalog
{
    public static IReadOnlyList<Type> Orchestrators { get; } = [typeof(ReturnOrchestrator), typeof(TaxClaimReminderOrchestrator), typeof(Routing.Consolidation.HubConsolidationOrchestrator), typeof(Exchanges.InstantExchangeOrchestrator)];

    public static IReadOnlyList<Type> Activities { get; } =
    [
        typeof(RecordReturnStage),
        typeof(EvaluateReturnPolicy),
        typeof(PlanReturnRoute),
        typeof(IssueReturnLabel),
        typeof(VoidReturnLabel),
        typeof(SendReturnReminder),
        typeof(IssueReturnRefund),
        typeof(ShipReturnExchange),
        typeof(PrepareCustomsPapers),
        typeof(AssessTaxClaims),
        typeof(SendTaxClaimReminders),
        typeof(PostReturnCosts),
        typeof(RecordReturnedStock),
        typeof(CompensateInstantExchange),
        typeof(AddParcelToHub),
        typeof(ShipHubConsolidation),
        typeof(ReconcileCarrierScans),
    ];

    public static void Register(DurableTaskRegistry registry)
    {
        foreach (var orchestrator in Orchestrators)
            registry.AddOrchestrator(orchestrator.Name, orchestrator);
        foreach (var activity in Activities)
            registry.AddActivity(activity.Name, activity);
    }
}
