using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Returns.Orchestrations.Notifications;
using Returns.Tests.EndToEnd;

namespace Returns.Tests.Faults;

/// <summary>
/// Drives returns through their whole life over HTTP as the shop site, the customer, the carrier and the warehouse do,
/// each through a <see cref="PartnerClient"/> that resends after connection errors, and keeps every request the host
/// accepted so the final state can be held to it.
/// </summary>
internal sealed class FaultLoad(LocalHostProcess host, byte[] linkSigningKey, TimeSpan stepTimeout)
{
    private readonly PartnerClient _partner = new(host.Http) { GiveUpAfter = stepTimeout };
    private readonly ConcurrentQueue<AcceptedRequest> _accepted = new();
    private int _acceptedCount;

    public IReadOnlyList<AcceptedRequest> Accepted => [.. _accepted];

    /// <summary>Requests accepted so far (the crash points are chosen on this count).</summary>
    public int AcceptedCount => Volatile.Read(ref _acceptedCount);

    public int Retries => _partner.Retries;

    public static ReturnTrip Plan(int index, string runId)
    {
        var kind = (TripKind)(index % 3);
        var unique = $"{runId}-{index:D4}";
        var expected = kind == TripKind.MerchantReview ? 2 * 2500 + 60000 : 2 * 2500 + 6900;
        return new ReturnTrip(index, kind, $"FLT-{unique}", $"fault.{unique.ToLowerInvariant()}@example.de", $"pi_fault{unique.Replace("-", "", StringComparison.Ordinal)}", expected);
    }

    /// <summary>The return from order to inspection; the refund and closing are left to the host.</summary>
    public async Task DriveAsync(ReturnTrip trip, Random random)
    {
        var order = ReturnsHttp.TaiwanToGermanyOrder(trip.OrderNumber, trip.Email);
        order["paymentReference"] = trip.PaymentReference;
        var request = ReturnsHttp.ReturnRequest(trip.OrderNumber, trip.Email);
        if (trip.Kind == TripKind.MerchantReview)
        {
            // A leather jacket takes the return above 500.00: the merchant reviews it.
            order["lines"]!.AsArray().Add(new JsonObject
            {
                ["sku"] = "JKT-LTHR-M", ["name"] = "Leather jacket M", ["quantity"] = 1, ["unitPrice"] = 60000, ["hsCode"] = "420310",
                ["originCountry"] = "TW", ["category"] = "apparel", ["weightGrams"] = 1400, ["tags"] = new JsonArray(),
            });
            request["lines"] = new JsonArray
            {
                new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2, ["reason"] = "size_too_small" },
                new JsonObject { ["sku"] = "JKT-LTHR-M", ["quantity"] = 1, ["reason"] = "changed_mind" },
            };
        }

        Expect(await PostAsync("/api/orders", order, admin: true), "order", trip, HttpStatusCode.Created, HttpStatusCode.OK);
        var created = Expect(await PostAsync("/api/returns", request), "return request", trip, HttpStatusCode.Accepted);
        trip.ReturnId = JsonNode.Parse(created.Body)!["returnId"]!.GetValue<string>();

        var token = new LinkTokenSigner(linkSigningKey).Sign(new LinkToken(trip.ReturnId, ReturnLinks.ConfirmPurpose, DateTimeOffset.UtcNow.AddDays(1)));
        Record(trip, "confirmation", Expect(await _partner.SendAsync(HttpMethod.Get, $"/api/returns/confirm?token={token}"), "confirmation", trip, HttpStatusCode.OK),
            "approved");

        if (trip.Kind == TripKind.MerchantReview)
        {
            await WaitForAsync(trip, r => ReturnsHttp.Stage(r) == "awaiting_approval", "awaiting_approval");
            var decision = await PostAsync($"/api/admin/returns/{trip.ReturnId}/decision", new JsonObject { ["approve"] = true, ["note"] = "ok" }, admin: true);
            RecordOrAlreadyApplied(trip, "decision", decision, "approved");
        }

        var labelled = await WaitForAsync(trip, r => r["label"]?["trackingNumber"] is not null && ReturnsHttp.TimelineStages(r).Contains("label_issued"), "label_issued");
        var trackingNumber = labelled["label"]!["trackingNumber"]!.GetValue<string>();

        var at = DateTimeOffset.UtcNow;
        var codes = new List<string> { "picked_up" };
        codes.AddRange(Enumerable.Repeat("in_transit", 1 + random.Next(2)));
        if (trip.Kind != TripKind.WarehouseReceipt)
            codes.Add("delivered");
        for (var n = 0; n < codes.Count; n++)
            await ScanAsync(trip, trackingNumber, n, codes[n], at.AddMinutes(n + 1));

        if (trip.Kind == TripKind.WarehouseReceipt)
        {
            // The warehouse records the parcel some time after its last scan.
            await WaitForAsync(trip, r => ReturnsHttp.Stage(r) == "in_transit" && NoteCount(r, "Hub ") >= codes.Count, "every scan in the timeline");
            var receipt = new JsonObject
            {
                ["location"] = $"Taipei desk {trip.Index}",
                ["lines"] = ReturnedLines(trip),
            };
            RecordOrAlreadyApplied(trip, "receipt", await PostAsync($"/api/admin/returns/{trip.ReturnId}/receipt", receipt, admin: true),
                $"Received at Taipei desk {trip.Index}");
        }

        await WaitForAsync(trip, r => ReturnsHttp.Stage(r) == "received", "received");
        var inspection = new JsonObject
        {
            ["lines"] = new JsonArray(ReturnedLines(trip).Select(l => (JsonNode?)new JsonObject
            {
                ["sku"] = l!["sku"]!.GetValue<string>(), ["quantity"] = l["quantity"]!.GetValue<int>(), ["grade"] = "A",
            }).ToArray()),
        };
        RecordOrAlreadyApplied(trip, "inspection", await PostAsync($"/api/admin/returns/{trip.ReturnId}/inspection", inspection, admin: true), "inspected");
    }

    /// <summary>Polls the customer's status route (through host restarts) until <paramref name="until"/> holds.</summary>
    public async Task<JsonObject> WaitForAsync(ReturnTrip trip, Func<JsonObject, bool> until, string what, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        string last = "(none)";
        while (clock.Elapsed < (timeout ?? stepTimeout))
        {
            try
            {
                using var response = await host.Http.GetAsync($"/api/returns/{Uri.EscapeDataString(trip.ReturnId)}?email={Uri.EscapeDataString(trip.Email)}");
                last = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK && JsonNode.Parse(last) is JsonObject status && until(status))
                    return status;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                last = e.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Return {trip.ReturnId} ({trip.Kind}) did not reach {what} within {(timeout ?? stepTimeout).TotalSeconds:0} s. Last: {last}");
    }

    public static int NoteCount(JsonObject status, string text) =>
        status["timeline"]!.AsArray().Count(t => t?["note"]?.GetValue<string>()?.Contains(text, StringComparison.Ordinal) == true);

    private async Task ScanAsync(ReturnTrip trip, string trackingNumber, int n, string code, DateTimeOffset occurredAt)
    {
        var location = $"Hub {trip.Index}-{n}";
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["eventId"] = $"fault-{trip.ReturnId}-{n}",
            ["trackingNumber"] = trackingNumber,
            ["code"] = code,
            ["occurredAt"] = occurredAt.ToString("O"),
            ["location"] = location,
            ["description"] = "scan",
        }.ToJsonString());
        var answer = Expect(await _partner.SendAsync(HttpMethod.Post, "/api/carriers/generic/events", body,
            new Dictionary<string, string> { ["X-Returns-Signature"] = ReturnsHttp.Sign(body) }), "scan " + code, trip, HttpStatusCode.Accepted);
        var json = JsonNode.Parse(answer.Body)!;
        // A resent scan the host had already recorded answers "duplicate"; it was matched the first time.
        if (json["matched"]?.GetValue<bool>() != true && json["duplicate"]?.GetValue<bool>() != true)
            throw new InvalidOperationException($"Scan {n} of {trip.ReturnId} was not matched: {answer.Body}");
        Record(trip, "scan", answer, $"{code} · {location}");
    }

    private Task<PartnerAnswer> PostAsync(string path, JsonNode body, bool admin = false) =>
        _partner.SendAsync(HttpMethod.Post, path, Encoding.UTF8.GetBytes(body.ToJsonString()),
            admin ? new Dictionary<string, string> { ["x-api-key"] = LocalHostProcess.AdminApiKey } : null);

    /// <summary>A merchant action resent after a connection error may find it already applied (409: the stage moved on).</summary>
    private void RecordOrAlreadyApplied(ReturnTrip trip, string kind, PartnerAnswer answer, string evidence)
    {
        if (answer.Status == HttpStatusCode.Conflict && answer.Attempts > 1)
            return;
        Record(trip, kind, Expect(answer, kind, trip, HttpStatusCode.Accepted), evidence);
    }

    private void Record(ReturnTrip trip, string kind, PartnerAnswer answer, string evidence)
    {
        _accepted.Enqueue(new AcceptedRequest(trip.ReturnId, kind, evidence, answer.Attempts > 1));
        Interlocked.Increment(ref _acceptedCount);
    }

    private static PartnerAnswer Expect(PartnerAnswer answer, string what, ReturnTrip trip, params HttpStatusCode[] expected)
    {
        if (!expected.Contains(answer.Status))
            throw new InvalidOperationException($"{what} of return {trip.Index} ({trip.ReturnId}) answered {(int)answer.Status} after {answer.Attempts} attempt(s): {answer.Body}");
        return answer;
    }

    private static JsonArray ReturnedLines(ReturnTrip trip) => trip.Kind == TripKind.MerchantReview
        ? [new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2 }, new JsonObject { ["sku"] = "JKT-LTHR-M", ["quantity"] = 1 }]
        : [new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2 }, new JsonObject { ["sku"] = "HOODIE-GRY-L", ["quantity"] = 1 }];
}
