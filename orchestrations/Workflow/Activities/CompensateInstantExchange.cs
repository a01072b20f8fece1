using Microsoft.DurableTask;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// The returned goods of an instant exchange never arrived: charges the replacement (the exchanged lines at the price
/// paid) to the customer's payment through the payments port, once ("{return id}:exchangeCharge"), keeps the charge
/// on the return and tells the merchant.
/// </summary>
public sealed class CompensateInstantExchange(
    ReturnContextLoader loader, IReturnStore returns, IPayments payments, CustomerEmailComposer emails, INotifier notifier, TimeProvider clock)
    : TaskActivity<string, bool>
{
    public const string ChargeKind = "exchangeCharge";

    public override async Task<bool> RunAsync(TaskActivityContext context, string returnId)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(returnId);
        if (record.ExchangeCharge is not null)
            return true;
        var amount = record.Lines.Where(l => Resolutions.Of(record, l) == Resolutions.Exchange).Sum(l => l.UnitPrice * l.Quantity);
        var result = await payments.RefundAsync(new PaymentInstruction(
            $"{returnId}:{ChargeKind}", record.OrderNumber, ChargeKind, amount, record.Currency, order.PaymentReference));
        var charge = new RefundInfo(ChargeKind, amount, record.Currency, result.Status, result.Reference, clock.GetUtcNow());
        var updated = record with { ExchangeCharge = charge };
        await returns.SaveAsync(updated);
        await notifier.SendAsync(emails.ForReminder(updated, new ReminderRequest(returnId, ReminderKinds.InstantExchangeCompensated, record.Sequence)));
        return true;
    }
}
