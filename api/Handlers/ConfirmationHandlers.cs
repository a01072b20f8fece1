using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Returns.Api.Http;
using Returns.Api.Workflow;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;

namespace Returns.Api.Handlers;

/// <summary>The email link that proves the customer owns the mailbox. Valid once; repeats are harmless.</summary>
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
            return MessagePage.Render(StatusCodes.Status400BadRequest, "This link is not valid",
                "The confirmation link is incomplete or has been altered. Please open the link from your email again.");

        var record = await returns.GetAsync(check.Token!.ReturnId, cancellationToken);
        if (record is null)
            return MessagePage.Render(StatusCodes.Status404NotFound, "Return not found", "We could not find this return.");
        var tracking = links.TrackingPageUrl(record.ReturnId, record.Email);

        if (record.Stage == ReturnStages.AwaitingConfirmation)
        {
            if (check.Status == LinkTokenStatus.Expired)
                return MessagePage.Render(StatusCodes.Status410Gone, "This link has expired",
                    "The time to confirm this return has passed. You can start a new return request from the portal.", "Open the returns portal", links.TrackingPageUrl(record.ReturnId, record.Email));

            // The event id is fixed, so a double click confirms once.
            await workflow.RaiseAsync(client, record.ReturnId, ReturnEvent.Confirmation("confirmation", clock.GetUtcNow()), cancellationToken);
            await waiter.WaitForNextStepAsync(record, cancellationToken);
            return MessagePage.Render(StatusCodes.Status200OK, "Your return is confirmed",
                $"Thank you. Return {record.ReturnId} is confirmed; we will email you the next steps.", "Track your return", tracking);
        }

        if (record.Stage is ReturnStages.Cancelled or ReturnStages.Expired)
            return MessagePage.Render(StatusCodes.Status410Gone, "This return is no longer open",
                $"Return {record.ReturnId} was {record.Stage}. You can start a new return request from the portal.", "Open the returns portal", tracking);

        return MessagePage.Render(StatusCodes.Status200OK, "Already confirmed",
            $"Return {record.ReturnId} was already confirmed.", "Track your return", tracking);
    }
}
