using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Returns.Api.Handlers;

namespace Returns.Functions.Http;

/// <summary>The merchant's policy, the compliance rules and the duty and tax claims (x-api-key, checked by the handlers).</summary>
public sealed class ComplianceFunctions(ComplianceHandlers compliance, ClaimsHandlers claims)
{
    [Function(nameof(AdminGetPolicy))]
    public Task<IResult> AdminGetPolicy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/policy")] HttpRequest request,
        CancellationToken cancellationToken) =>
        compliance.GetPolicyAsync(request, cancellationToken);

    [Function(nameof(AdminPutPolicy))]
    public Task<IResult> AdminPutPolicy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/admin/policy")] HttpRequest request,
        CancellationToken cancellationToken) =>
        compliance.PutPolicyAsync(request, cancellationToken);

    [Function(nameof(AdminComplianceRules))]
    public IResult AdminComplianceRules(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/compliance/rules")] HttpRequest request) =>
        compliance.GetRules(request);

    [Function(nameof(AdminReloadCompliance))]
    public IResult AdminReloadCompliance(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/compliance/reload")] HttpRequest request) =>
        compliance.Reload(request);

    [Function(nameof(AdminReturnClaims))]
    public Task<IResult> AdminReturnClaims(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/returns/{returnId}/claims")] HttpRequest request,
        string returnId,
        CancellationToken cancellationToken) =>
        claims.GetForReturnAsync(request, returnId, cancellationToken);

    [Function(nameof(AdminClaims))]
    public Task<IResult> AdminClaims(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/claims")] HttpRequest request,
        CancellationToken cancellationToken) =>
        claims.ListAsync(request, cancellationToken);
}
