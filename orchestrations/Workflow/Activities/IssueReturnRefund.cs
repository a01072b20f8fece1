using Microsoft.DurableTask;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

/// <summary>Pays the refund or store credit once: the return id is the payment idempotency key.</summary>
public sealed class IssueReturnRefund(ReturnContextLoader loader, IReturnStore returns, IPayments payments, TimeProvider clock)
    : TaskActivity<SettlementRequest, RefundInfo>
{
    public override async Task<RefundInfo> RunAsync(TaskActivityContext context, SettlementRequest request)
    {
        var record = await loader.ReturnAsync(request.ReturnId);
        if (record.Refund is { } done)
            return done;

        var kind = request.Resolution == Resolutions.StoreCredit ? Resolutions.StoreCredit : Resolutions.Refund;
        var amount = RefundCalculator.Calculate(record);
        var result = await payments.RefundAsync(new PaymentInstruction(
            $"{record.ReturnId}:{kind}", record.OrderNumber, kind, amount.Amount, amount.Currency));

        var refund = new RefundInfo(kind, amount.Amount, amount.Currency, result.Status, result.Reference, clock.GetUtcNow());
        await returns.SaveAsync(record with { Refund = refund });
        return refund;
    }
}
