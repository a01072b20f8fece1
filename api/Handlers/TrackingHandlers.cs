using Microsoft.AspNetCore.Http;
using Returns.Adapters.Documents;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>
/// Following a return: its status, label and documents. Access is by the signed token of the tracking link
/// (?token=) or by the order's email address (?email=); both answer a stranger with the same 404, and wrong emails
/// count as failed guesses like wrong order lookups (429 after too many).
/// </summary>
public sealed class TrackingHandlers(IReturnStore returns, IDocumentStore documents, GuestAccess guests, ReturnLinks links, TimeProvider clock)
{
    /// <summary>GET /api/returns/{returnId}</summary>
    public async Task<IResult> GetReturnAsync(HttpRequest request, string returnId, CancellationToken cancellationToken)
    {
        var (record, error) = await FindOwnedAsync(request, returnId, cancellationToken);
        return error ?? Results.Json(ReturnViews.Status(record!, links), ApiJson.Options);
    }

    /// <summary>GET /api/returns/{returnId}/label</summary>
    public Task<IResult> GetLabelAsync(HttpRequest request, string returnId, CancellationToken cancellationToken) =>
        GetDocumentAsync(request, returnId, "label", cancellationToken);

    /// <summary>GET /api/returns/{returnId}/documents/{kind}</summary>
    public async Task<IResult> GetDocumentAsync(HttpRequest request, string returnId, string kind, CancellationToken cancellationToken)
    {
        var (record, error) = await FindOwnedAsync(request, returnId, cancellationToken);
        if (error is not null)
            return error;
        var locale = RequestLocale.Of(request, record!.Locale);
        if (!record.Documents.Contains(kind))
            return Problems.ForCustomer(StatusCodes.Status404NotFound, locale, kind == "label" ? "labelNotReady" : "documentMissing");
        var document = await documents.GetAsync(record.ReturnId, kind, cancellationToken);
        return document is null
            ? Problems.ForCustomer(StatusCodes.Status404NotFound, locale, "documentMissing")
            : Results.File(document.Content, document.ContentType, $"{record.ReturnId}-{kind}.pdf");
    }

    /// <summary>GET /api/returns/{returnId}/qr: the label's QR code as SVG, to show at a drop-off point instead of a printout.</summary>
    public async Task<IResult> GetQrAsync(HttpRequest request, string returnId, CancellationToken cancellationToken)
    {
        var (record, error) = await FindOwnedAsync(request, returnId, cancellationToken);
        if (error is not null)
            return error;
        if (record!.Label is not { Voided: false })
            return Problems.ForCustomer(StatusCodes.Status404NotFound, RequestLocale.Of(request, record.Locale), "labelNotReady");
        return Results.Content(QrSvg.Render(record.ReturnId), "image/svg+xml; charset=utf-8");
    }

    private async Task<(ReturnRecord? Record, IResult? Error)> FindOwnedAsync(HttpRequest request, string returnId, CancellationToken cancellationToken)
    {
        var token = request.Query["token"].ToString();
        if (token.Length == 0)
            return await guests.FindReturnAsync(request, returnId, request.Query["email"], cancellationToken);

        // A signed link cannot be guessed, so it is not counted; a stranger's or a forged one is the same 404.
        var check = links.Signer.Verify(token, ReturnLinks.TrackPurpose, clock.GetUtcNow());
        if (check.Status == LinkTokenStatus.Expired && check.Token!.ReturnId == returnId)
        {
            // Genuine but old: say so in the customer's language, which only the return knows.
            var expired = await returns.GetAsync(returnId, cancellationToken);
            return (null, Problems.ForCustomer(StatusCodes.Status410Gone, RequestLocale.Of(request, expired?.Locale), "linkExpired"));
        }

        if (check.Status != LinkTokenStatus.Valid || check.Token!.ReturnId != returnId)
            return (null, NotFound(request));
        var byToken = await returns.GetAsync(returnId, cancellationToken);
        return byToken is null ? (null, NotFound(request)) : (byToken, null);
    }

    private static IResult NotFound(HttpRequest request) =>
        Problems.ForCustomer(StatusCodes.Status404NotFound, RequestLocale.Of(request), "returnNotFound");
}
