using Azure;
using Azure.Data.Tables;
using Returns.Adapters.Storage;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Payments;

/// <summary>
/// A payments ledger in Table storage: records each refund or credit once per idempotency key and
/// answers a repeat with the first result. Real payment providers plug in behind the same port.
/// </summary>
public sealed class LedgerPayments(ReturnsStorage storage, TimeProvider clock) : IPayments
{
    private const string TableName = "Payments";
    private const string Partition = "payment";

    public async Task<PaymentResult> RefundAsync(PaymentInstruction instruction, CancellationToken cancellationToken = default)
    {
        if (instruction.Amount < 0)
            throw new ArgumentOutOfRangeException(nameof(instruction), "A refund cannot be negative.");
        var table = await storage.TableAsync(TableName);
        var key = TableKeys.Escape(instruction.IdempotencyKey);
        var prefix = instruction.Kind switch { "storeCredit" => "SC-", "exchangeCharge" => "CH-", _ => "RF-" };
        var reference = prefix + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(instruction.IdempotencyKey)))[..12];
        var entity = new TableEntity(Partition, key)
        {
            ["Reference"] = reference,
            ["OrderNumber"] = instruction.OrderNumber,
            ["Kind"] = instruction.Kind,
            ["Amount"] = instruction.Amount,
            ["Currency"] = instruction.Currency,
            ["At"] = clock.GetUtcNow(),
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await table.GetEntityAsync<TableEntity>(Partition, key, cancellationToken: cancellationToken);
            return new PaymentResult(existing.Value.GetString("Reference"), "succeeded");
        }

        return new PaymentResult(reference, "succeeded");
    }
}
