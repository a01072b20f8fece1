using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Returns.Orchestrations.Backoffice;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Policy;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing;
using Returns.Orchestrations.Routing.Network;
using Returns.Orchestrations.StoreCredit;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Orchestrations;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>The workflow's domain services and activities (ports are registered by the adapters).</summary>
    public static IServiceCollection AddReturnsWorkflow(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ReturnPolicyOptions>();
        services.AddOptions<ReturnLinkOptions>();
        services.AddOptions<ComplianceRuleOptions>();
        services.AddSingleton<ComplianceRules>();
        services.AddSingleton<StatutoryRights>();
        services.AddSingleton<DangerousGoodsAssessor>();
        services.AddSingleton<MerchantPolicySource>();
        services.AddSingleton<CustomsPaperBuilder>();
        services.AddSingleton<TaxClaimAdvisor>();
        services.AddSingleton<IReturnPolicy, ReturnPolicyEngine>();
        services.AddSingleton<RouteOptimizer>();
        services.AddSingleton<ReturnTransports>();
        services.AddOptions<BackofficeRulesOptions>();
        services.AddSingleton<BackofficeRulesSource>();
        services.TryAddSingleton(StoreCreditTerms.Default);
        services.AddSingleton<StoreCreditIssuer>();
        services.AddSingleton<IRoutePlanner, CompliantRoutePlanner>();
        services.AddOptions<RoutingNetworkOptions>();
        services.AddOptions<Analytics.AnalyticsOptions>();
        services.AddSingleton<Analytics.AnalyticsCube>();
        services.AddSingleton<Analytics.AnalyticsRecorder>();
        services.AddSingleton<Analytics.AnalyticsAggregator>();
        services.AddSingleton<IAnalyticsFeed>(sp => sp.GetRequiredService<Analytics.AnalyticsRecorder>());
        services.AddSingleton<RoutingNetworkSource>();
        services.AddSingleton<ReturnLinks>();
        services.TryAddSingleton(CustomerLanguages.Default);
        services.AddSingleton<CustomerEmailComposer>();
        services.AddSingleton<ReturnContextLoader>();
        services.AddSingleton<Privacy.RetainedDocuments>();
        services.AddSingleton<Privacy.ReturnErasure>();
        services.AddSingleton<Privacy.CustomerErasure>();
        foreach (var activity in ReturnWorkflowCatalog.Activities)
            services.AddTransient(activity);
        return services;
    }
}
