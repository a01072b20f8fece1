using Azure;
using Azure.Data.Tables;
using Returns.Adapters.Events;
using Returns.Adapters.Storage;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Outbox;

/// <summary>
/// The integration outbox in Table storage. A stored event is a row of the "pending" partition keyed by its id (with
/// its CloudEvents JSON) plus a permanent row of the "ids" partition, so storing the same id again, even after the
/// event was sent, changes nothing. Scheduling turns the pending row into one row per destination in the
/// "delivery-pending" partition; a sent delivery is deleted, a dead one moves to "delivery-dead".
/// Each task hub has its own table (<see cref="TableNameFor"/>): a host sends only what its own workflows stored, to its
/// own destinations, even when another deployment shares the storage account.
/// </summary>
public sealed class TableIntegrationOutbox(ReturnsStorage storage, string tableName = TableIntegrationOutbox.TableName) : IIntegrationOutbox
{
    public const string TableName = "IntegrationOutbox";

    /// <summary>The default task hub keeps the plain name, so events stored before per-hub tables still go out.</summary>
    public const string DefaultTaskHub = "returns";

    /// <summary>The outbox table of a task hub: the hub's letters and digits after <see cref="TableName"/> (at most 63 characters).</summary>
    public static string TableNameFor(string? taskHub)
    {
        var suffix = string.Concat((taskHub ?? "").Where(char.IsAsciiLetterOrDigit));
        if (suffix.Length == 0 || suffix.Equals(DefaultTaskHub, StringComparison.OrdinalIgnoreCase))
            return TableName;
        return (TableName + suffix)[..Math.Min(63, TableName.Length + suffix.Length)];
    }
    private const string Pending = "pending";
    private const string Ids = "ids";
    private const string DeliveryPending = "delivery-pending";
    private const string DeliveryDead = "delivery-dead";

    public async Task StoreAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(tableName);
        var key = TableKeys.Escape(integrationEvent.Id);
        if ((await table.GetEntityIfExistsAsync<TableEntity>(Ids, key, ["PartitionKey"], cancellationToken)).HasValue)
            return;
        // The pending row first: a crash before the id row leaves a retry free to store it again, never a lost event.
        await AddIfAbsentAsync(table, new TableEntity(Pending, key)
        {
            ["EventId"] = integrationEvent.Id,
            ["Type"] = integrationEvent.Type,
            ["Body"] = CloudEventJson.Serialize(integrationEvent),
        }, cancellationToken);
        await AddIfAbsentAsync(table, new TableEntity(Ids, key), cancellationToken);
    }

    public async Task<IReadOnlyList<OutboundEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(tableName);
        var events = new List<OutboundEvent>();
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == Pending, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            events.Add(new OutboundEvent(e.GetString("EventId"), e.GetString("Type"), e.GetString("Body")));
            if (events.Count >= max)
                break;
        }

        return events;
    }

    public async Task ScheduleAsync(OutboundEvent outboundEvent, IReadOnlyList<IntegrationDelivery> deliveries, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(tableName);
        foreach (var delivery in deliveries)
            await AddIfAbsentAsync(table, ToEntity(PartitionOf(delivery.Status), delivery), cancellationToken);

        await table.DeleteEntityAsync(Pending, TableKeys.Escape(outboundEvent.Id), ETag.All, cancellationToken);
    }

    public async Task<IReadOnlyList<IntegrationDelivery>> DeliveriesAsync(DeliveryStatus status, int max, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(tableName);
        var partition = PartitionOf(status);
        var deliveries = new List<IntegrationDelivery>();
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            deliveries.Add(FromEntity(e, status));
            if (deliveries.Count >= max)
                break;
        }

        return deliveries;
    }

    public async Task DeliveredAsync(IntegrationDelivery delivery, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(tableName);
        await table.DeleteEntityAsync(DeliveryPending, delivery.DeliveryId, ETag.All, cancellationToken);
    }

    public async Task RescheduleAsync(IntegrationDelivery delivery, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(tableName);
        await table.UpsertEntityAsync(ToEntity(DeliveryPending, delivery), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task DeadLetterAsync(IntegrationDelivery delivery, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(tableName);
        // The dead letter first: a crash in between leaves the delivery in both lists, never in neither.
        await table.UpsertEntityAsync(ToEntity(DeliveryDead, delivery with { Status = DeliveryStatus.Dead }), TableUpdateMode.Replace, cancellationToken);
        await table.DeleteEntityAsync(DeliveryPending, delivery.DeliveryId, ETag.All, cancellationToken);
    }

    public async Task<bool> RetryAsync(string deliveryId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (deliveryId.Length is 0 or > 400 || deliveryId.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')))
            return false;
        var table = await storage.TableAsync(tableName);
        var dead = await table.GetEntityIfExistsAsync<TableEntity>(DeliveryDead, deliveryId, cancellationToken: cancellationToken);
        if (!dead.HasValue || dead.Value is null)
            return false;
        var delivery = FromEntity(dead.Value, DeliveryStatus.Dead) with { Status = DeliveryStatus.Pending, Attempts = 0, NextAttemptAt = at };
        await table.UpsertEntityAsync(ToEntity(DeliveryPending, delivery), TableUpdateMode.Replace, cancellationToken);
        await table.DeleteEntityAsync(DeliveryDead, deliveryId, ETag.All, cancellationToken);
        return true;
    }

    public async Task<int> RedactAsync(string returnId, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(tableName);
        // A return's events have the ids "{returnId}-{sequence}": one range of the EventId column.
        var from = returnId + "-";
        var to = returnId + ".";
        var filter = TableClient.CreateQueryFilter($"PartitionKey ne {Ids} and EventId ge {from} and EventId lt {to}");
        var changes = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "Body"], cancellationToken: cancellationToken))
        {
            if (CloudEventRedaction.Redact(row.GetString("Body") ?? "", returnId) is { } body)
                changes.Add(new TableEntity(row.PartitionKey, row.RowKey) { ["Body"] = body });
        }

        foreach (var change in changes)
        {
            try
            {
                await table.UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Delivered (and so deleted) meanwhile: nothing of it is kept any more.
            }
        }

        return changes.Count + await DeleteEmailsAsync(table, returnId, cancellationToken);
    }

    /// <summary>Emails of the return not sent yet, or dead-lettered: they hold the address, name and text, so they go.</summary>
    private static async Task<int> DeleteEmailsAsync(TableClient table, string returnId, CancellationToken cancellationToken)
    {
        var from = "email-" + returnId + "-";
        var to = "email-" + returnId + ".";
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"EventId ge {from} and EventId lt {to}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            rows.Add(row);
        foreach (var row in rows)
        {
            try
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Sent and cleared meanwhile.
            }
        }

        return rows.Count;
    }

    private static string PartitionOf(DeliveryStatus status) => status == DeliveryStatus.Dead ? DeliveryDead : DeliveryPending;

    private static TableEntity ToEntity(string partition, IntegrationDelivery d) => new(partition, d.DeliveryId)
    {
        ["EventId"] = d.Event.Id,
        ["Type"] = d.Event.Type,
        ["Body"] = d.Event.Body,
        ["Destination"] = d.Destination,
        ["Attempts"] = d.Attempts,
        ["NextAttemptAt"] = d.NextAttemptAt,
        ["LastError"] = d.LastError is { Length: > 1000 } e ? e[..1000] : d.LastError,
    };

    private static IntegrationDelivery FromEntity(TableEntity e, DeliveryStatus status) => new(
        e.RowKey,
        new OutboundEvent(e.GetString("EventId"), e.GetString("Type"), e.GetString("Body")),
        e.GetString("Destination"),
        e.GetInt32("Attempts") ?? 0,
        e.GetDateTimeOffset("NextAttemptAt") ?? DateTimeOffset.MinValue,
        e.GetString("LastError"),
        status);

    private static async Task AddIfAbsentAsync(TableClient table, TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already there: a retry, or a concurrent store of the same id.
        }
    }
}
