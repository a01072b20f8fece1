using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Returns.Api.Http;
using Returns.Api.Workflow;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;

namespace Returns.Api.Handlers;

/// <summary>
/// The email link that proves the customer owns the mailbox. Valid once; repeats are harmless. The page is in
/// the customer's language: ?lang=, else the browser's, else the return's.
/// </summary>
public sealed class ConfirmationHandlers(
    IReturnStore returns,
    ReturnLinks links,
    ReturnWorkflowGateway workflow,
    ReturnProjectionWaiter waiter,
    TimeProvider clock)
{
    /// <summary>GET /api/returns/confirm?token=</summary>
    public async Task<IResult> ConfirmAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var check = links.Signer.Verify(request.Query["token"], ReturnLinks.ConfirmPurpose, clock.GetUtcNow());
        if (check.Status == LinkTokenStatus.Invalid)
        {
            var any = RequestLocale.Of(request);
            return Page(request, any, StatusCodes.Status400BadRequest, "invalid");
        }

        var record = await returns.GetAsync(check.Token!.ReturnId, cancellationToken);
        if (record is null)
            return Page(request, RequestLocale.Of(request), StatusCodes.Status404NotFound, "notFound");
        var locale = RequestLocale.Of(request, record.Locale);
        var tracking = links.TrackingPageUrl(record.ReturnId, locale.Language);
        var portal = $"{tracking[..tracking.IndexOf("?", StringComparison.Ordinal)]}?lang={locale.Language}";

        if (record.Stage == ReturnStages.AwaitingConfirmation)
        {
            if (check.Status == LinkTokenStatus.Expired)
                return Page(request, locale, StatusCodes.Status410Gone, "expired", record, "openPortal", portal);

            // The event id is fixed, so a double click confirms once.
            await workflow.RaiseAsync(client, record, ReturnEvent.Confirmation("confirmation", clock.GetUtcNow()), cancellationToken);
            await waiter.WaitForNextStepAsync(record, cancellationToken);
            return Page(request, locale, StatusCodes.Status200OK, "confirmed", record, "trackReturn", tracking);
        }

        if (record.Stage is ReturnStages.Cancelled or ReturnStages.Expired)
            return Page(request, locale, StatusCodes.Status410Gone, "closed", record, "openPortal", portal);

        return Page(request, locale, StatusCodes.Status200OK, "already", record, "trackReturn", tracking);
    }

    private static IResult Page(HttpRequest request, CustomerLocale locale, int status, string kind, ReturnRecord? record = null, string? action = null, string? url = null) =>
        MessagePage.Render(
            request, locale, status,
            locale.Text($"confirm.{kind}Title"),
            locale.Text($"confirm.{kind}Text", ("id", record?.ReturnId), ("stage", record is null ? "" : locale.Text("stages." + record.Stage))),
            action is null ? null : locale.Text("confirm." + action),
            url);
}
