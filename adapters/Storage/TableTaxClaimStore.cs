using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Storage;

/// <summary>
/// Tax-claim assessments in Table storage: one row per return in one partition (the totals page and the reminder
/// process read them all), and one row per reminder sent, keyed by return and reminder.
/// </summary>
public sealed class TableTaxClaimStore(ReturnsStorage storage) : ITaxClaimStore
{
    private const string AssessmentsTable = "TaxClaims";
    private const string RemindersTable = "TaxClaimReminders";
    private const string Partition = "assessment";

    public async Task SaveAsync(TaxClaimAssessment assessment, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(AssessmentsTable);
        var entity = new TableEntity(Partition, TableKeys.Escape(assessment.ReturnId)) { ["Json"] = StoredJson.Serialize(assessment) };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<TaxClaimAssessment?> GetAsync(string returnId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(returnId) || returnId.Length > 64)
            return null;
        var table = await storage.TableAsync(AssessmentsTable);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Escape(returnId), cancellationToken: cancellationToken);
        return found.HasValue ? StoredJson.Deserialize<TaxClaimAssessment>(found.Value!.GetString("Json")) : null;
    }

    public async Task<IReadOnlyList<TaxClaimAssessment>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(AssessmentsTable);
        var result = new List<TaxClaimAssessment>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, select: ["Json"], cancellationToken: cancellationToken))
            result.Add(StoredJson.Deserialize<TaxClaimAssessment>(entity.GetString("Json")));
        return result;
    }

    public async Task<bool> ReminderSentAsync(string returnId, string key, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(RemindersTable);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(returnId), TableKeys.Escape(key), cancellationToken: cancellationToken);
        return found.HasValue;
    }

    public async Task MarkReminderSentAsync(string returnId, string key, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(RemindersTable);
        try
        {
            await table.AddEntityAsync(new TableEntity(TableKeys.Escape(returnId), TableKeys.Escape(key)), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already marked by an earlier attempt.
        }
    }
}
