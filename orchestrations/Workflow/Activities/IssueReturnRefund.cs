using Microsoft.DurableTask;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>
/// Pays the refund or the store credit for the lines that asked for it, once: "{return id}:{kind}" is the
/// payment idempotency key, and a settlement already recorded is returned as it is.
/// </summary>
public sealed class IssueReturnRefund(ReturnContextLoader loader, IReturnStore returns, IPayments payments, TimeProvider clock)
    : TaskActivity<SettlementRequest, RefundInfo>
{
    public override async Task<RefundInfo> RunAsync(TaskActivityContext context, SettlementRequest request)
    {
        var (record, order) = await loader.ReturnAndOrderAsync(request.ReturnId);
        var kind = request.Resolution == Resolutions.StoreCredit ? Resolutions.StoreCredit : Resolutions.Refund;
        if ((kind == Resolutions.StoreCredit ? record.Credit ?? LegacyCredit(record) : record.Refund) is { } done && done.Kind == kind)
            return done;

        var amount = Resolutions.Settled(record).Count > 1 ? RefundCalculator.Calculate(record, kind) : RefundCalculator.Calculate(record);
        var result = await payments.RefundAsync(new PaymentInstruction(
            $"{record.ReturnId}:{kind}", record.OrderNumber, kind, amount.Amount, amount.Currency, order.PaymentReference));

        var settlement = new RefundInfo(kind, amount.Amount, amount.Currency, result.Status, result.Reference, clock.GetUtcNow());
        await returns.SaveAsync(kind == Resolutions.StoreCredit ? record with { Credit = settlement } : record with { Refund = settlement });
        return settlement;
    }

    /// <summary>Returns settled before credit had its own field kept store credit in <see cref="ReturnRecord.Refund"/>.</summary>
    private static RefundInfo? LegacyCredit(ReturnRecord record) => record.Refund is { Kind: Resolutions.StoreCredit } credit ? credit : null;
}
