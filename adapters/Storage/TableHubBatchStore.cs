using Azure;
using Azure.Data.Tables;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Routing.Consolidation;

namespace Returns.Adapters.Storage;

/// <summary>
/// Hub batches in Table storage: "HubParcels" has one row per parcel (partition: hub, row: return) with a
/// <c>Shipped</c> flag and the id of the shipment that took it; "HubShipments" one row per consolidated shipment
/// (partition: hub, row: shipment id). Both keep the first copy written, so every operation is repeat-safe.
/// A property holds at most 32K characters, so the JSON of a record is split over <c>Json</c>, <c>Json1</c>, ...
/// (a box of a hundred parcels is well over 32K); an entity holds at most 1 MiB, which bounds a shipment.
/// </summary>
public sealed class TableHubBatchStore(ReturnsStorage storage) : IHubBatchStore
{
    private const string ParcelsTable = "HubParcels";
    private const string ShipmentsTable = "HubShipments";
    private const int BatchLimit = 100;            // operations per entity group transaction
    private const long MaxBatchChars = 1_500_000;  // a transaction's payload is at most 4 MiB
    private const string JsonProperty = "Json";
    private const string JsonPartsProperty = "JsonParts";
    private const int JsonPartChars = 30_000;      // a string property holds up to 32K UTF-16 characters
    private const int MaxJsonChars = 450_000;      // an entity holds up to 1 MiB, UTF-16 strings included

    public async Task AddAsync(HubParcel parcel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        var table = await storage.TableAsync(ParcelsTable);
        try
        {
            await table.AddEntityAsync(ParcelEntity(parcel, shipmentId: null), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Added by an earlier attempt (or already shipped): the first copy stays.
        }
    }

    public async Task<IReadOnlyList<HubParcel>> OpenAsync(string hubId, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(ParcelsTable);
        var partition = TableKeys.Escape(hubId);
        var result = new List<HubParcel>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Shipped eq {false}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(StoredJson.Deserialize<HubParcel>(ReadJson(entity)));
        }

        return ConsolidationDue.OldestFirst(result);
    }

    public async Task SaveShipmentAsync(ConsolidatedShipment shipment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var shipments = await storage.TableAsync(ShipmentsTable);
        var partition = TableKeys.Escape(shipment.HubId);
        var row = TableKeys.Escape(shipment.ShipmentId);
        var recorded = shipment;
        try
        {
            var entity = new TableEntity(partition, row) { ["ShippedAt"] = shipment.ShippedAt };
            WriteJson(entity, StoredJson.Serialize(shipment));
            await shipments.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Recorded by an earlier attempt: that one stands; finish marking its parcels in case the attempt stopped midway.
            var existing = await shipments.GetEntityAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            recorded = StoredJson.Deserialize<ConsolidatedShipment>(ReadJson(existing.Value));
        }

        var parcels = await storage.TableAsync(ParcelsTable);
        var batch = new List<TableTransactionAction>();
        long batchChars = 0;
        foreach (var parcel in recorded.Parcels.DistinctBy(p => p.ReturnId))
        {
            var entity = ParcelEntity(parcel with { HubId = recorded.HubId }, recorded.ShipmentId);
            var chars = ((IDictionary<string, object>)entity).Values.OfType<string>().Sum(v => (long)v.Length);
            if (batch.Count == BatchLimit || (batch.Count > 0 && batchChars + chars > MaxBatchChars))
            {
                await parcels.SubmitTransactionAsync(batch, cancellationToken);
                batch = [];
                batchChars = 0;
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
            batchChars += chars;
        }

        if (batch.Count > 0)
        {
            await parcels.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<ConsolidatedShipment>> ShipmentsAsync(string hubId, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(ShipmentsTable);
        var partition = TableKeys.Escape(hubId);
        var result = new List<ConsolidatedShipment>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            result.Add(StoredJson.Deserialize<ConsolidatedShipment>(ReadJson(entity)));
        }

        return [.. result.OrderBy(s => s.ShippedAt).ThenBy(s => s.ShipmentId, StringComparer.Ordinal)];
    }

    private static TableEntity ParcelEntity(HubParcel parcel, string? shipmentId)
    {
        var entity = new TableEntity(TableKeys.Escape(parcel.HubId), TableKeys.Escape(parcel.ReturnId))
        {
            ["ReceivedAt"] = parcel.ReceivedAt,
            ["Shipped"] = shipmentId is not null,
            ["ShipmentId"] = shipmentId,
        };
        WriteJson(entity, StoredJson.Serialize(parcel));
        return entity;
    }

    private static void WriteJson(TableEntity entity, string json)
    {
        if (json.Length > MaxJsonChars)
        {
            throw new InvalidOperationException(
                $"Record {entity.RowKey} of hub {entity.PartitionKey} is {json.Length} characters of JSON, more than a table row holds ({MaxJsonChars}); ship smaller boxes.");
        }

        var parts = 0;
        for (var start = 0; start < json.Length || parts == 0; parts++)
        {
            var length = Math.Min(JsonPartChars, json.Length - start);
            if (length > 0 && start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length--; // never split a surrogate pair
            }

            entity[parts == 0 ? JsonProperty : JsonProperty + parts] = json.Substring(start, length);
            start += length;
        }

        entity[JsonPartsProperty] = parts;
    }

    private static string ReadJson(TableEntity entity)
    {
        var parts = entity.GetInt32(JsonPartsProperty) ?? 1;
        return parts == 1
            ? entity.GetString(JsonProperty)
            : string.Concat(Enumerable.Range(0, parts).Select(i => entity.GetString(i == 0 ? JsonProperty : JsonProperty + i)));
    }
}
