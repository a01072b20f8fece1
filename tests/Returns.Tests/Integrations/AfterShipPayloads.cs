namespace Returns.Tests.Integrations;

/// <summary>
/// AfterShip tracking webhooks shaped as AfterShip's "Webhook Specifications" example (tracking_update with the whole
/// tracking object as msg); only the values the tests vary are filled in.
/// </summary>
public static class AfterShipPayloads
{
    public static string TrackingUpdate(string eventId, string trackingNumber, string tag = "InTransit", string subtag = "InTransit_001",
        string checkpointTime = "2025-06-02T08:15:00+00:00", string @event = "tracking_update") =>
        Template
            .Replace("{{eventIdField}}", eventId.Length == 0 ? "" : $"\"event_id\": \"{eventId}\",\n  ", StringComparison.Ordinal)
            .Replace("{{event}}", @event, StringComparison.Ordinal)
            .Replace("{{tracking}}", trackingNumber, StringComparison.Ordinal)
            .Replace("{{tag}}", tag, StringComparison.Ordinal)
            .Replace("{{subtag}}", subtag, StringComparison.Ordinal)
            .Replace("{{time}}", checkpointTime, StringComparison.Ordinal);

    private const string Template = """
        {
          {{eventIdField}}"event": "{{event}}",
          "is_tracking_first_tag": true,
          "msg": {
            "id": "grhrexm6t3hiwkjwq37jd003",
            "tracking_number": "{{tracking}}",
            "title": "{{tracking}}",
            "note": null,
            "origin_country_iso3": "DEU",
            "destination_country_iso3": "TWN",
            "courier_destination_country_iso3": "TWN",
            "shipment_package_count": 1,
            "active": true,
            "order_id": null,
            "order_id_path": null,
            "order_date": "2025-05-28T08:52:54Z",
            "customer_name": null,
            "source": "api",
            "emails": [],
            "smses": [],
            "subscribed_smses": [],
            "subscribed_emails": [],
            "android": [],
            "ios": [],
            "return_to_sender": false,
            "slug": "dhl",
            "tag": "{{tag}}",
            "subtag": "{{subtag}}",
            "subtag_message": "In Transit",
            "created_at": "2025-05-30T09:00:00+00:00",
            "updated_at": "2025-06-02T09:00:00+00:00",
            "checkpoints": [
              {
                "slug": "dhl",
                "city": "Leipzig",
                "created_at": "2025-06-01T06:10:00+00:00",
                "location": "Leipzig Hub",
                "country_name": "Germany",
                "message": "Shipment picked up",
                "country_iso3": "DEU",
                "tag": "InTransit",
                "subtag": "InTransit_002",
                "subtag_message": "Acceptance scan",
                "checkpoint_time": "2025-06-01T06:00:00+00:00",
                "coordinates": [],
                "state": null,
                "zip": null,
                "raw_tag": "PU"
              },
              {
                "slug": "dhl",
                "city": "Frankfurt",
                "created_at": "2025-06-02T08:20:00+00:00",
                "location": "Frankfurt Hub",
                "country_name": "Germany",
                "message": "Departed facility",
                "country_iso3": "DEU",
                "tag": "{{tag}}",
                "subtag": "{{subtag}}",
                "subtag_message": "Departure Scan",
                "checkpoint_time": "{{time}}",
                "coordinates": [],
                "state": null,
                "zip": null,
                "raw_tag": "PL"
              }
            ]
          },
          "ts": 1748852100
        }
        """;
}
