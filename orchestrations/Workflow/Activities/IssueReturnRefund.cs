using Microsoft.DurableTask;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Pays the refund or grants the store credit (with the credit note) for the lines that asked for it, once:
/// "{return id}:{kind}" is the payment idempotency key and the store-credit grant id, and a settlement already
/// recorded is returned as it is.
/// </summary>
public sealed class IssueReturnRefund(
    ReturnContextLoader loader, IReturnStore returns, IPayments payments, StoreCredit.StoreCreditIssuer storeCredit, TimeProvider clock)
    : TaskActivity<SettlementRequest, RefundInfo>
{
    public override async Task<RefundInfo> RunAsync(TaskActivityContext context, SettlementRequest request)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(request.ReturnId);
        var kind = request.Resolution == Resolutions.StoreCredit ? Resolutions.StoreCredit : Resolutions.Refund;
        if ((kind == Resolutions.StoreCredit ? record.Credit ?? LegacyCredit(record) : record.Refund) is { } done && done.Kind == kind)
            return done;

        var amount = Resolutions.Settled(record).Count > 1 ? RefundCalculator.Calculate(record, kind) : RefundCalculator.Calculate(record);
        if (kind == Resolutions.StoreCredit)
        {
            // The store-credit ledger grants once per return (with any bonus) and the credit note goes with it.
            var entry = await storeCredit.IssueAsync(record, amount.Amount, clock.GetUtcNow());
            var credit = new RefundInfo(kind, entry.Total, entry.Currency, "succeeded", entry.GrantId, entry.IssuedAt);
            await returns.SaveAsync(record with
            {
                Credit = credit,
                Documents = [.. record.Documents.Union([StoreCredit.CreditNoteContent.DocumentKind])],
            });
            return credit;
        }

        var result = await payments.RefundAsync(new PaymentInstruction(
            $"{record.ReturnId}:{kind}", record.OrderNumber, kind, amount.Amount, amount.Currency, order.PaymentReference));

        var settlement = new RefundInfo(kind, amount.Amount, amount.Currency, result.Status, result.Reference, clock.GetUtcNow());
        await returns.SaveAsync(kind == Resolutions.StoreCredit ? record with { Credit = settlement } : record with { Refund = settlement });
        return settlement;
    }

    /// <summary>Returns settled before credit had its own field kept store credit in <see cref="ReturnRecord.Refund"/>.</summary>
    private static RefundInfo? LegacyCredit(ReturnRecord record) => record.Refund is { Kind: Resolutions.StoreCredit } credit ? credit : null;
}
