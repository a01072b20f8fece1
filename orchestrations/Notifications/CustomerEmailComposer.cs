using Microsoft.Extensions.Options;
using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;
using Draft = Returns.Orchestrations.Notifications.EmailLayout.Draft;

namespace Returns.Orchestrations.Notifications;

/// <summary>
/// Writes the emails of a return: one per customer-visible stage, plus reminders. Customer emails are in the
/// return's language (its locale); merchant notices in English. Ids derive from the return id and workflow
/// sequence so a retried send carries the same id.
/// </summary>
public sealed class CustomerEmailComposer(ReturnLinks links, IOptions<ReturnLinkOptions> options, CustomerLanguages? languages = null)
{
    private static readonly HashSet<string> StagesWithEmail =
    [
        ReturnStages.AwaitingConfirmation, ReturnStages.AwaitingApproval, ReturnStages.LabelIssued, ReturnStages.InTransit,
        ReturnStages.CustomsHold, ReturnStages.Received, ReturnStages.Inspected, ReturnStages.RefundIssued,
        ReturnStages.CreditIssued, ReturnStages.ExchangeShipped, ReturnStages.Rejected, ReturnStages.Expired, ReturnStages.Cancelled,
    ];

    private CustomerLanguages Languages => languages ?? CustomerLanguages.Default;

    public EmailMessage? ForStage(ReturnRecord record, StageChange change)
    {
        if (!StagesWithEmail.Contains(change.Stage))
            return null;
        var locale = Languages.For(record.Locale);
        var draft = DraftForStage(record, change, locale);
        return ToCustomer($"{record.ReturnId}-{change.Sequence}", record, locale, draft);
    }

    public EmailMessage ForReminder(ReturnRecord record, ReminderRequest reminder)
    {
        var id = $"{record.ReturnId}-{reminder.Sequence}-{reminder.Kind}" + (reminder.Attempt > 0 ? $"-{reminder.Attempt}" : "");
        switch (reminder.Kind)
        {
            case ReminderKinds.LabelUnused:
                var locale = Languages.For(record.Locale);
                return ToCustomer(id, record, locale, new Draft(
                    locale.Text("email.reminders.labelUnused.subject", ("id", record.ReturnId)),
                    locale.Text("email.reminders.labelUnused.body", ("date", DropOffBy(record))),
                    [(locale.Text("email.labelAction"), links.LabelUrl(record.ReturnId)), Track(record, locale)],
                    Footer(record, locale)));
            case ReminderKinds.InspectionLate:
                return ToMerchant(id, new Draft(
                    $"Return {record.ReturnId} is waiting for inspection",
                    $"Return {record.ReturnId} of order {record.OrderNumber} was received and has not been inspected yet.",
                    [("Open the return", links.AdminUrl(record.ReturnId))]));
            case ReminderKinds.ApprovalNeeded:
                return ToMerchant(id, new Draft(
                    $"Return {record.ReturnId} needs your decision",
                    $"Return {record.ReturnId} of order {record.OrderNumber} ({MoneyFormat.Format(record.ReturnedValue())}) waits for approval.",
                    [("Decide", links.AdminUrl(record.ReturnId))]));
            case ReminderKinds.CustomsHold:
                return ToMerchant(id, new Draft(
                    $"Return {record.ReturnId} is held at customs",
                    $"The parcel of return {record.ReturnId} (order {record.OrderNumber}, {record.ShipFromCountry} to {record.ShipToCountry}) is held at customs. The customer has been told. Check that the commercial invoice and the relief claim are in order.",
                    [("Open the return", links.AdminUrl(record.ReturnId))]));
            case ReminderKinds.CustomsHoldOverdue:
                return ToMerchant(id, new Draft(
                    $"Return {record.ReturnId} is still held at customs",
                    $"The parcel of return {record.ReturnId} (order {record.OrderNumber}) has been held at customs for longer than the agreed time. Contact the carrier or the customs broker with the commercial invoice and the proof of export.",
                    [("Open the return", links.AdminUrl(record.ReturnId))]));
            case ReminderKinds.ReceiptDiscrepancy:
                return ToMerchant(id, new Draft(
                    $"Return {record.ReturnId} did not arrive as announced",
                    $"The warehouse flagged the parcel of return {record.ReturnId} (order {record.OrderNumber}): {string.Join(", ", record.Receipt?.Flags ?? [])}. {record.Receipt?.Note} Decide in the inspection what is refunded.",
                    [("Open the return", links.AdminUrl(record.ReturnId))]));
            case ReminderKinds.InstantExchangeCompensated:
                return ToMerchant(id, new Draft(
                    $"Instant exchange {record.ReturnId}: the returned goods never arrived",
                    $"The replacement for return {record.ReturnId} (order {record.OrderNumber}) was shipped on the first scan, but the returned goods did not arrive in time. {(record.ExchangeCharge is { } c ? $"{MoneyFormat.Format(new Money(c.Amount, c.Currency))} was charged ({c.Reference}, {c.Status})." : "")}",
                    [("Open the return", links.AdminUrl(record.ReturnId))]));
            case ReminderKinds.RefundDeadlineNear:
                return ToMerchant(id, new Draft(
                    $"Refund for return {record.ReturnId} is due by {reminder.DueBy:yyyy-MM-dd HH:mm} UTC",
                    $"The law of the customer's country requires the refund of return {record.ReturnId} (order {record.OrderNumber}, {MoneyFormat.Format(record.ReturnedValue())}) by {reminder.DueBy:yyyy-MM-dd HH:mm} UTC. Record the inspection so the refund goes out in time.",
                    [("Open the return", links.AdminUrl(record.ReturnId))]));
            case ReminderKinds.StepParked:
                var what = record.Attention?.Step switch
                {
                    ReturnAttention.Label => "the return label could not be issued",
                    ReturnAttention.Exchange => "the replacement could not be shipped",
                    _ => "the refund could not be issued",
                };
                return ToMerchant(id, new Draft(
                    $"Return {record.ReturnId} needs you: {what}",
                    $"For return {record.ReturnId} of order {record.OrderNumber}, {what} after several attempts. The last error was: {record.Attention?.Reason ?? "unknown"}. "
                        + "It is tried again by itself later; once the cause is fixed, retry it now from the return in the admin page. A retry never pays or buys twice.",
                    [("Open the return", links.AdminUrl(record.ReturnId))]));
            default:
                throw new ArgumentOutOfRangeException(nameof(reminder), reminder.Kind, "Unknown reminder kind.");
        }
    }

    /// <summary>The merchant's reminder that a duty or tax claim of a return is due in <paramref name="daysLeft"/> days.</summary>
    public EmailMessage ForTaxClaimDeadline(TaxClaimAssessment assessment, TaxClaim claim, int daysLeft, string key) =>
        ToMerchant($"{assessment.ReturnId}-claim-{key}", new Draft(
            $"{claim.Name} for return {assessment.ReturnId}: {daysLeft} days left",
            $"{claim.Name} ({claim.Jurisdiction}, {claim.Law}) for return {assessment.ReturnId} of order {assessment.OrderNumber} is due by {claim.Deadline:yyyy-MM-dd}"
                + (claim.Estimate is { } e ? $"; about {MoneyFormat.Format(e)} can be recovered. " : ". ")
                + claim.How,
            [("Open the claim pack", links.AdminClaimsUrl(assessment.ReturnId))]));

    private Draft DraftForStage(ReturnRecord r, StageChange change, CustomerLocale locale)
    {
        var key = $"email.stages.{change.Stage}";
        var args = new (string, object?)[]
        {
            ("id", r.ReturnId),
            ("order", r.OrderNumber),
            ("items", locale.Text("email.items", ("count", r.Lines.Sum(l => l.Quantity)))),
            ("days", (int)Math.Ceiling(options.Value.ConfirmationLinkLifetime.TotalDays)),
            ("date", DropOffBy(r)),
            ("tracking", r.Label?.TrackingNumber ?? change.Note),
            ("amount", Settled(r, change.Stage) is { } money ? money : ""),
            ("carrier", r.Exchange?.Carrier),
        };
        if (change.Stage == ReturnStages.ExchangeShipped)
            args[5] = ("tracking", r.Exchange?.TrackingNumber);

        var body = locale.Text(key + ".body", args);
        if (change.Stage == ReturnStages.Rejected && !string.IsNullOrWhiteSpace(change.Note))
            body += " " + change.Note;

        List<(string, string)> actions = change.Stage switch
        {
            ReturnStages.AwaitingConfirmation => [(locale.Text("email.confirmAction"), links.ConfirmUrl(r.ReturnId, change.At, locale.Language))],
            ReturnStages.LabelIssued => [(locale.Text("email.labelAction"), links.LabelUrl(r.ReturnId)), Track(r, locale)],
            ReturnStages.Cancelled => [],
            _ => [Track(r, locale)],
        };
        return new Draft(locale.Text(key + ".subject", args), body, actions, Footer(r, locale));
    }

    private EmailMessage ToCustomer(string id, ReturnRecord r, CustomerLocale locale, Draft draft)
    {
        var greeting = string.IsNullOrWhiteSpace(r.CustomerName)
            ? locale.Text("email.greetingNoName")
            : locale.Text("email.greeting", ("name", r.CustomerName.Trim()));
        return EmailLayout.Compose(id, r.Email, r.CustomerName, greeting, locale.Text("email.signature"), locale.Language, draft);
    }

    private EmailMessage ToMerchant(string id, Draft draft) =>
        EmailLayout.Compose(id, options.Value.MerchantEmail, null, "Hello,", "Returns", "en", draft);

    private (string, string) Track(ReturnRecord r, CustomerLocale locale) =>
        (locale.Text("email.trackAction"), links.TrackingPageUrl(r.ReturnId, locale.Language));

    private static string Footer(ReturnRecord r, CustomerLocale locale) => locale.Text("email.footer", ("order", r.OrderNumber));

    private DateTimeOffset DropOffBy(ReturnRecord r) => (r.Label?.IssuedAt ?? r.UpdatedAt) + options.Value.LabelLifetime;

    private static Money? Settled(ReturnRecord r, string stage) => stage switch
    {
        ReturnStages.RefundIssued when r.Refund is { } refund => new Money(refund.Amount, refund.Currency),
        ReturnStages.CreditIssued when (r.Credit ?? r.Refund) is { } credit => new Money(credit.Amount, credit.Currency),
        _ => null,
    };
}
