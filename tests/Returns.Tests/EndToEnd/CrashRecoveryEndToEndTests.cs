using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Returns.Tests.EndToEnd;

/// <summary>
/// One cross-border return through the whole HTTP contract against the real local host process, with the
/// host killed (SIGKILL) while the return waits for its first carrier scan.
/// </summary>
public sealed class CrashRecoveryEndToEndTests
{
    // After a kill the dead host's queue messages come back only when their visibility runs out (20 s), and a busy CI
    // machine adds to that: generous, since only a return that never moves fails.
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task TaiwanToGermanyReturn_HostKilledWhileWaitingForScan_FinishesAfterRestart()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var api = new ReturnsHttp(host);
        var (orderNumber, email) = ReturnsHttp.NewCustomer();

        // The shop site pushes the order.
        using (var created = await api.PostJsonAsync("/api/orders", ReturnsHttp.TaiwanToGermanyOrder(orderNumber, email), admin: true))
            await ReturnsHttp.ReadJsonAsync(created, HttpStatusCode.Created);

        // The customer looks it up in the portal: two lines returnable, the final-sale socks not.
        using (var lookup = await api.PostJsonAsync("/api/portal/lookup", new JsonObject { ["email"] = email, ["orderNumber"] = orderNumber }))
        {
            var order = await ReturnsHttp.ReadJsonAsync(lookup, HttpStatusCode.OK);
            var lines = order["lines"]!.AsArray().ToDictionary(l => l!["sku"]!.GetValue<string>(), l => l!.AsObject());
            Assert.True(lines["TEE-BLK-M"]["eligible"]!.GetValue<bool>());
            Assert.Equal(2, lines["TEE-BLK-M"]["returnableQuantity"]!.GetValue<int>());
            Assert.True(lines["HOODIE-GRY-L"]["eligible"]!.GetValue<bool>());
            Assert.False(lines["SOCKS-3PK"]["eligible"]!.GetValue<bool>());
            Assert.DoesNotContain("Invalidenstraße", order.ToJsonString(), StringComparison.Ordinal); // the address is masked
        }

        // ... and requests the return.
        string returnId;
        using (var requested = await api.PostJsonAsync("/api/returns", ReturnsHttp.ReturnRequest(orderNumber, email)))
        {
            var accepted = await ReturnsHttp.ReadJsonAsync(requested, HttpStatusCode.Accepted);
            returnId = accepted["returnId"]!.GetValue<string>();
            Assert.Equal("awaiting_confirmation", accepted["stage"]!.GetValue<string>());
        }

        // The confirmation email (local outbox) carries the link; following it confirms the return.
        var confirmLink = await api.WaitForConfirmLinkAsync(returnId, email, StepTimeout);
        Assert.StartsWith(host.BaseAddress.ToString().TrimEnd('/') + "/api/returns/confirm?token=", confirmLink, StringComparison.Ordinal);
        using (var confirmed = await host.Http.GetAsync(confirmLink))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            Assert.Equal("text/html", confirmed.Content.Headers.ContentType?.MediaType);
        }

        var labelled = await api.WaitForStageAsync(returnId, email, "label_issued", StepTimeout);
        var trackingNumber = labelled["label"]!["trackingNumber"]!.GetValue<string>();
        Assert.EndsWith("DE", trackingNumber, StringComparison.Ordinal); // sent from Germany

        using (var label = await host.Http.GetAsync($"/api/returns/{returnId}/label?email={Uri.EscapeDataString(email)}"))
        {
            Assert.Equal(HttpStatusCode.OK, label.StatusCode);
            Assert.Equal("application/pdf", label.Content.Headers.ContentType?.MediaType);
            var pdf = await label.Content.ReadAsByteArrayAsync();
            Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        }

        // The host dies hard while the workflow waits for the parcel, and comes back on the same data.
        await host.KillAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => host.Http.GetAsync("/api/health"));
        await host.RestartAsync();

        // The carrier reports the parcel's way from Berlin to Taipei, with a stop at customs.
        var at = DateTimeOffset.UtcNow;
        var scanIds = Enumerable.Range(1, 3).Select(i => $"e2e-{returnId}-{i}").ToArray();
        await PostScanAsync(api, scanIds[0], trackingNumber, "picked_up", at.AddMinutes(1), "Berlin");
        await api.WaitForStageAsync(returnId, email, "in_transit", StepTimeout);

        await PostScanAsync(api, scanIds[1], trackingNumber, "customs_hold", at.AddMinutes(2), "Taoyuan customs");
        var held = await api.WaitForStageAsync(returnId, email, "customs_hold", StepTimeout);
        Assert.Equal("customs_hold", ReturnsHttp.Stage(held));

        await PostScanAsync(api, scanIds[2], trackingNumber, "customs_cleared", at.AddMinutes(3), "Taoyuan customs");
        var cleared = await api.WaitForAsync(returnId, email,
            r => ReturnsHttp.TimelineStages(r).Count(s => s == "in_transit") == 2, "in_transit after customs", StepTimeout);
        var entriesAfterClearance = cleared["timeline"]!.AsArray().Count;

        // The carrier delivers the same event again: accepted, marked duplicate, no effect.
        using (var repeat = await api.PostScanAsync(scanIds[2], trackingNumber, "customs_cleared", at.AddMinutes(3), "Taoyuan customs"))
        {
            var answer = await ReturnsHttp.ReadJsonAsync(repeat, HttpStatusCode.Accepted);
            Assert.True(answer["duplicate"]!.GetValue<bool>());
        }

        // The warehouse in Taipei records the parcel and inspects it.
        var receipt = new JsonObject
        {
            ["location"] = "Taipei returns desk",
            ["lines"] = new JsonArray
            {
                new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2 },
                new JsonObject { ["sku"] = "HOODIE-GRY-L", ["quantity"] = 1 },
            },
        };
        // The answer comes once the workflow applied the receipt, so the inspection can follow at once.
        using (var received = await api.PostJsonAsync($"/api/admin/returns/{returnId}/receipt", receipt, admin: true))
            Assert.Equal("received", (await ReturnsHttp.ReadJsonAsync(received, HttpStatusCode.Accepted))["stage"]!.GetValue<string>());
        var atWarehouse = await api.WaitForStageAsync(returnId, email, "received", StepTimeout);
        Assert.Equal(entriesAfterClearance + 1, atWarehouse["timeline"]!.AsArray().Count); // the repeated scan added nothing

        var inspection = new JsonObject
        {
            ["lines"] = new JsonArray
            {
                new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2, ["grade"] = "A", ["notes"] = "unworn, tags on" },
                new JsonObject { ["sku"] = "HOODIE-GRY-L", ["quantity"] = 1, ["grade"] = "A" },
            },
        };
        using (var inspected = await api.PostJsonAsync($"/api/admin/returns/{returnId}/inspection", inspection, admin: true))
            await ReturnsHttp.ReadJsonAsync(inspected, HttpStatusCode.Accepted);

        var closed = await api.WaitForStageAsync(returnId, email, "closed", StepTimeout);
        Assert.Equal(
            ["awaiting_confirmation", "approved", "label_issued", "in_transit", "customs_hold", "in_transit", "received", "inspected", "refund_issued", "closed"],
            ReturnsHttp.TimelineStages(closed));
        var refund = closed["refund"]!.AsObject();
        Assert.Equal(2 * 2500 + 6900, refund["amount"]!.GetValue<long>());
        Assert.Equal("EUR", refund["currency"]!.GetValue<string>());
    }

    private static async Task PostScanAsync(ReturnsHttp api, string eventId, string trackingNumber, string code, DateTimeOffset at, string location)
    {
        using var response = await api.PostScanAsync(eventId, trackingNumber, code, at, location);
        var answer = await ReturnsHttp.ReadJsonAsync(response, HttpStatusCode.Accepted);
        Assert.False(answer["duplicate"]!.GetValue<bool>());
        Assert.True(answer["matched"]!.GetValue<bool>(), $"The scan {eventId} did not match a live return: {answer.ToJsonString()}");
    }
}
