using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Returns.Api.Handlers;

namespace Returns.Functions.Http;

/// <summary>The customer's routes: look up, request, confirm, follow, download.</summary>
public sealed class PortalFunctions(PortalHandlers portal, TrackingHandlers tracking, PhotoHandlers photos, ConfirmationHandlers confirmations)
{
    [Function(nameof(PortalLookup))]
    public Task<IResult> PortalLookup(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/portal/lookup")] HttpRequest request,
        CancellationToken cancellationToken) =>
        portal.LookupAsync(request, cancellationToken);

    [Function(nameof(UploadPhoto))]
    public Task<IResult> UploadPhoto(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/portal/photos")] HttpRequest request,
        CancellationToken cancellationToken) =>
        photos.UploadAsync(request, cancellationToken);

    [Function(nameof(CreateReturn))]
    public Task<IResult> CreateReturn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/returns")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        portal.CreateReturnAsync(request, client, cancellationToken);

    [Function(nameof(ConfirmReturn))]
    public Task<IResult> ConfirmReturn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/returns/confirm")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        confirmations.ConfirmAsync(request, client, cancellationToken);

    [Function(nameof(GetReturn))]
    public Task<IResult> GetReturn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/returns/{returnId}")] HttpRequest request,
        string returnId,
        CancellationToken cancellationToken) =>
        tracking.GetReturnAsync(request, returnId, cancellationToken);

    [Function(nameof(GetReturnLabel))]
    public Task<IResult> GetReturnLabel(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/returns/{returnId}/label")] HttpRequest request,
        string returnId,
        CancellationToken cancellationToken) =>
        tracking.GetLabelAsync(request, returnId, cancellationToken);

    [Function(nameof(GetReturnQr))]
    public Task<IResult> GetReturnQr(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/returns/{returnId}/qr")] HttpRequest request,
        string returnId,
        CancellationToken cancellationToken) =>
        tracking.GetQrAsync(request, returnId, cancellationToken);

    [Function(nameof(GetReturnDocument))]
    public Task<IResult> GetReturnDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/returns/{returnId}/documents/{kind}")] HttpRequest request,
        string returnId,
        string kind,
        CancellationToken cancellationToken) =>
        tracking.GetDocumentAsync(request, returnId, kind, cancellationToken);
}
