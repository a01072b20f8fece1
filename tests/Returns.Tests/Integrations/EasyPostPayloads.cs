namespace Returns.Tests.Integrations;

/// <summary>
/// EasyPost webhook Events shaped as EasyPost's webhook guide shows them: an Event envelope whose result is the
/// Tracker; only the values the tests vary are filled in.
/// </summary>
public static class EasyPostPayloads
{
    public static string TrackerUpdated(string eventId, string trackingCode, string status = "in_transit", string statusDetail = "arrived_at_facility",
        string message = "Arrived at facility", string datetime = "2025-06-02T08:15:00Z", string description = "tracker.updated") =>
        Template
            .Replace("{{eventIdField}}", eventId.Length == 0 ? "" : $"\"id\": \"{eventId}\",\n  ", StringComparison.Ordinal)
            .Replace("{{description}}", description, StringComparison.Ordinal)
            .Replace("{{code}}", trackingCode, StringComparison.Ordinal)
            .Replace("{{status}}", status, StringComparison.Ordinal)
            .Replace("{{detail}}", statusDetail, StringComparison.Ordinal)
            .Replace("{{message}}", message, StringComparison.Ordinal)
            .Replace("{{time}}", datetime, StringComparison.Ordinal);

    /// <summary>A batch event: its result is a Batch, whose status is an object, not a tracker status.</summary>
    public const string BatchUpdated = """
        {
          "id": "evt_batch_0001",
          "object": "Event",
          "mode": "test",
          "description": "batch.updated",
          "previous_attributes": { "state": "purchasing" },
          "created_at": "2025-06-02T08:15:00Z",
          "updated_at": "2025-06-02T08:15:00Z",
          "pending_urls": [],
          "completed_urls": [],
          "user_id": "user_0001",
          "status": "pending",
          "result": {
            "id": "batch_0001",
            "object": "Batch",
            "mode": "test",
            "state": "purchased",
            "num_shipments": 1,
            "status": { "created": 0, "queued_for_purchase": 0, "creation_failed": 0, "postage_purchased": 1, "postage_purchase_failed": 0 },
            "shipments": []
          }
        }
        """;

    private const string Template = """
        {
          {{eventIdField}}"object": "Event",
          "mode": "test",
          "description": "{{description}}",
          "previous_attributes": { "status": "pre_transit" },
          "created_at": "2025-06-02T08:16:00Z",
          "updated_at": "2025-06-02T08:16:00Z",
          "pending_urls": [ "https://returns.example/api/carriers/easypost/events" ],
          "completed_urls": [],
          "user_id": "user_0001",
          "status": "pending",
          "result": {
            "id": "trk_0001",
            "object": "Tracker",
            "mode": "test",
            "tracking_code": "{{code}}",
            "status": "{{status}}",
            "status_detail": "{{detail}}",
            "created_at": "2025-05-30T09:00:00Z",
            "updated_at": "2025-06-02T08:16:00Z",
            "signed_by": null,
            "weight": null,
            "est_delivery_date": "2025-06-05T00:00:00Z",
            "shipment_id": "shp_0001",
            "carrier": "DHLExpress",
            "tracking_details": [
              {
                "object": "TrackingDetail",
                "message": "Shipping Label Created",
                "description": null,
                "status": "pre_transit",
                "status_detail": "status_update",
                "datetime": "2025-05-30T09:00:00Z",
                "source": "DHLExpress",
                "carrier_code": null,
                "tracking_location": { "object": "TrackingLocation", "city": null, "state": null, "country": null, "zip": null }
              },
              {
                "object": "TrackingDetail",
                "message": "{{message}}",
                "description": null,
                "status": "{{status}}",
                "status_detail": "{{detail}}",
                "datetime": "{{time}}",
                "source": "DHLExpress",
                "carrier_code": null,
                "tracking_location": { "object": "TrackingLocation", "city": "Frankfurt", "state": "HE", "country": "DE", "zip": "60549" }
              }
            ],
            "carrier_detail": {
              "object": "CarrierDetail",
              "service": "Express Worldwide",
              "container_type": null,
              "est_delivery_date_local": null,
              "est_delivery_time_local": null,
              "origin_location": "BERLIN DE",
              "destination_location": "TAIPEI TW"
            },
            "public_url": "https://track.easypost.com/djE6dHJrXzAwMDE",
            "fees": []
          }
        }
        """;
}
