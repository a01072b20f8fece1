using System.Net;
using System.Text;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;

namespace Returns.Orchestrations.Notifications;

/// <summary>
/// Writes the emails of a return: one per customer-visible stage, plus reminders. Ids derive from the
/// return id and workflow sequence so a retried send carries the same id.
/// </summary>
public sealed class CustomerEmailComposer(ReturnLinks links, Microsoft.Extensions.Options.IOptions<ReturnLinkOptions> options)
{
    private sealed record Draft(string Subject, string Body, IReadOnlyList<(string Text, string Url)> Actions);

    public EmailMessage? ForStage(ReturnRecord record, StageChange change)
    {
        var draft = DraftForStage(record, change);
        return draft is null ? null : Compose($"{record.ReturnId}-{change.Sequence}", record.Email, record.CustomerName, draft);
    }

    public EmailMessage ForReminder(ReturnRecord record, ReminderRequest reminder)
    {
        var id = $"{record.ReturnId}-{reminder.Sequence}-{reminder.Kind}" + (reminder.Attempt > 0 ? $"-{reminder.Attempt}" : "");
        return reminder.Kind switch
        {
            ReminderKinds.LabelUnused => Compose(id, record.Email, record.CustomerName, new Draft(
                $"Reminder: your return {record.ReturnId} is waiting to be sent",
                "Your return label has not been scanned yet. Please drop the parcel off soon; unused labels expire.",
                [("Download your label", links.LabelUrl(record.ReturnId, record.Email)), ("Track your return", links.TrackingPageUrl(record.ReturnId, record.Email))])),
            ReminderKinds.InspectionLate => Compose(id, options.Value.MerchantEmail, null, new Draft(
                $"Return {record.ReturnId} is waiting for inspection",
                $"Return {record.ReturnId} of order {record.OrderNumber} was received and has not been inspected yet.",
                [("Open the return", links.AdminUrl(record.ReturnId))])),
            ReminderKinds.ApprovalNeeded => Compose(id, options.Value.MerchantEmail, null, new Draft(
                $"Return {record.ReturnId} needs your decision",
                $"Return {record.ReturnId} of order {record.OrderNumber} ({FormatMoney(record.ReturnedValue())}) waits for approval.",
                [("Decide", links.AdminUrl(record.ReturnId))])),
            _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder.Kind, "Unknown reminder kind."),
        };
    }

    private Draft? DraftForStage(ReturnRecord r, StageChange change)
    {
        var track = ("Track your return", links.TrackingPageUrl(r.ReturnId, r.Email));
        return change.Stage switch
        {
            ReturnStages.AwaitingConfirmation => new Draft(
                $"Please confirm your return {r.ReturnId}",
                $"We received your request to return {ItemSummary(r)} from order {r.OrderNumber}. Please confirm it with the link below.",
                [("Confirm my return", links.ConfirmUrl(r.ReturnId, change.At))]),
            ReturnStages.AwaitingApproval => new Draft(
                $"Your return {r.ReturnId} is being reviewed",
                "The seller reviews your return and will decide shortly. We will email you as soon as it is decided.",
                [track]),
            ReturnStages.LabelIssued => new Draft(
                $"Your return label for {r.ReturnId} is ready",
                $"Print the label, attach it to the parcel and drop it off. Tracking number: {r.Label?.TrackingNumber ?? change.Note}.",
                [("Download your label", links.LabelUrl(r.ReturnId, r.Email)), track]),
            ReturnStages.InTransit => new Draft($"Your return {r.ReturnId} is on its way", "The carrier has your parcel.", [track]),
            ReturnStages.CustomsHold => new Draft(
                $"Your return {r.ReturnId} is at customs",
                "Your parcel is being checked by customs. Nothing is needed from you at the moment.",
                [track]),
            ReturnStages.Received => new Draft($"We received your return {r.ReturnId}", "Your parcel has arrived. We will inspect it shortly.", [track]),
            ReturnStages.Inspected => new Draft($"Your return {r.ReturnId} has been inspected", "Inspection is complete; your resolution follows.", [track]),
            ReturnStages.RefundIssued => new Draft(
                $"Your refund for {r.ReturnId} has been issued",
                $"We refunded {FormatRefund(r)} to your original payment method.",
                [track]),
            ReturnStages.CreditIssued => new Draft(
                $"Your store credit for {r.ReturnId} has been issued",
                $"We added {FormatRefund(r)} of store credit to your account.",
                [track]),
            ReturnStages.ExchangeShipped => new Draft(
                $"Your exchange for {r.ReturnId} has shipped",
                $"Your replacement is on its way ({r.Exchange?.Carrier} {r.Exchange?.TrackingNumber}).",
                [track]),
            ReturnStages.Rejected => new Draft($"Your return {r.ReturnId} could not be accepted", change.Note ?? "The return does not meet the return policy.", [track]),
            ReturnStages.Expired => new Draft($"Your return label for {r.ReturnId} has expired", "The label was not used in time. You can request a new return if you are still within the return window.", [track]),
            ReturnStages.Cancelled => new Draft($"Your return request {r.ReturnId} was cancelled", "The request was not confirmed in time. You can start a new one at any time within the return window.", []),
            _ => null,
        };
    }

    private static EmailMessage Compose(string id, string to, string? toName, Draft draft)
    {
        var greeting = string.IsNullOrWhiteSpace(toName) ? "Hello," : $"Hello {toName},";
        var text = new StringBuilder().AppendLine(greeting).AppendLine().AppendLine(draft.Body).AppendLine();
        var html = new StringBuilder()
            .Append("<p>").Append(WebUtility.HtmlEncode(greeting)).Append("</p>")
            .Append("<p>").Append(WebUtility.HtmlEncode(draft.Body)).Append("</p>");
        foreach (var (label, url) in draft.Actions)
        {
            text.Append(label).Append(": ").AppendLine(url);
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(label)).Append("</a></p>");
        }

        return new EmailMessage(id, to, toName, draft.Subject, text.ToString(), html.ToString(), draft.Actions.Select(a => a.Url).ToArray());
    }

    private static string ItemSummary(ReturnRecord r)
    {
        var units = r.Lines.Sum(l => l.Quantity);
        return units == 1 ? "1 item" : $"{units} items";
    }

    private static string FormatRefund(ReturnRecord r) =>
        r.Refund is null ? "the amount due" : FormatMoney(new Money(r.Refund.Amount, r.Refund.Currency));

    internal static string FormatMoney(Money money) => MoneyFormat.Format(money);
}
