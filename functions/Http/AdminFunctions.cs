using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Returns.Api.Handlers;

namespace Returns.Functions.Http;

/// <summary>The merchant's routes (x-api-key, checked by the handler).</summary>
public sealed class AdminFunctions(AdminHandlers admin, PhotoHandlers photos, Returns.Orchestrations.Ports.IReturnStore returns)
{
    [Function(nameof(AdminListReturns))]
    public Task<IResult> AdminListReturns(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/returns")] HttpRequest request,
        CancellationToken cancellationToken) =>
        admin.ListAsync(request, cancellationToken);

    [Function(nameof(AdminGetReturn))]
    public Task<IResult> AdminGetReturn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/returns/{returnId}")] HttpRequest request,
        string returnId,
        CancellationToken cancellationToken) =>
        admin.GetAsync(request, returnId, cancellationToken);

    [Function(nameof(AdminDecision))]
    public Task<IResult> AdminDecision(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/returns/{returnId}/decision")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string returnId,
        CancellationToken cancellationToken) =>
        admin.DecideAsync(request, client, returnId, cancellationToken);

    [Function(nameof(AdminReceipt))]
    public Task<IResult> AdminReceipt(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/returns/{returnId}/receipt")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string returnId,
        CancellationToken cancellationToken) =>
        admin.RecordReceiptAsync(request, client, returnId, cancellationToken);

    [Function(nameof(AdminInspection))]
    public Task<IResult> AdminInspection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/returns/{returnId}/inspection")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string returnId,
        CancellationToken cancellationToken) =>
        admin.RecordInspectionAsync(request, client, returnId, cancellationToken);

    [Function(nameof(AdminRetryParkedStep))]
    public Task<IResult> AdminRetryParkedStep(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/returns/{returnId}/retry")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string returnId,
        CancellationToken cancellationToken) =>
        admin.RetryAsync(request, client, returnId, cancellationToken);

    [Function(nameof(AdminUploadPhoto))]
    public Task<IResult> AdminUploadPhoto(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/photos")] HttpRequest request,
        CancellationToken cancellationToken) =>
        photos.AdminUploadAsync(request, returns, cancellationToken);

    [Function(nameof(AdminGetPhoto))]
    public Task<IResult> AdminGetPhoto(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/photos/{photoId}")] HttpRequest request,
        string photoId,
        CancellationToken cancellationToken) =>
        photos.GetAsync(request, photoId, cancellationToken);
}
