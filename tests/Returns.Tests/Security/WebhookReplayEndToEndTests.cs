using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Returns.Api.Handlers;
using Returns.Tests.EndToEnd;
using Returns.Tests.Integrations;

namespace Returns.Tests.Security;

/// <summary>
/// Replay of every signed inbound webhook against the local host: the same signed delivery twice has no further effect,
/// and a captured signature on a changed body is refused and changes nothing. None of the five schemes signs a
/// separate timestamp that a receiver could hold against its clock (AfterShip's "ts" and EasyPost's times are in the
/// body, and both resend the same body for days when a delivery fails), so age is not refused: a replay, however old,
/// is recognised by its event id (carriers) or its platform version (shop orders) and changes nothing.
/// </summary>
[Collection(SecurityHostCollection.Name)]
public sealed class WebhookReplayEndToEndTests(SecurityHostFixture fixture)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task CarrierWebhooks_SameDeliveryTwice_OneTimelineEntryEach_CapturedSignatureOnAnotherBodyRefused()
    {
        var api = fixture.Api;
        var customer = await SecurityHostFixture.CreateAsync(api, "Jonas Weber", "de-DE", "Hamburg", "20095", "Jungfernstieg 1");
        var tracking = customer.TrackingNumber;
        var at = DateTimeOffset.UtcNow;
        var deliveries = new[]
        {
            SignedDelivery.Generic("replay-" + Guid.NewGuid().ToString("N"), tracking, "picked_up", at.AddMinutes(1)),
            SignedDelivery.AfterShip(Guid.NewGuid().ToString(), tracking, "Exception", "Exception_004", at.AddMinutes(2)),
            SignedDelivery.EasyPost("evt_" + Guid.NewGuid().ToString("N"), tracking, "in_transit", "Cleared customs", at.AddMinutes(3)),
        };
        var expected = new[] { "in_transit", "customs_hold", "in_transit" };

        for (var i = 0; i < deliveries.Length; i++)
        {
            var d = deliveries[i];
            var first = await SendAsync(d.Path, d.Body, d.Header, d.Signature);
            var second = await SendAsync(d.Path, d.Body, d.Header, d.Signature);
            Assert.True(first.Status == 202 && first.Json!["duplicate"]!.GetValue<bool>() == false && first.Json["matched"]!.GetValue<bool>(), $"{d.Path} first: {first}");
            Assert.True(second.Status == 202 && second.Json!["duplicate"]!.GetValue<bool>(), $"{d.Path} replayed: {second}");

            // The captured signature on the body with one space more, and on one that says the parcel was delivered.
            var changed = await SendAsync(d.Path, d.Body + " ", d.Header, d.Signature);
            var delivered = await SendAsync(d.Path, d.Delivered, d.Header, d.Signature);
            Assert.Equal(401, changed.Status);
            Assert.Equal(401, delivered.Status);

            var count = i + 1;
            await api.WaitForAsync(customer.ReturnId, customer.Email, r => Timeline(r).Length >= 3 + count, $"scan {count}", StepTimeout);
        }

        // Once more, all of them, after everything settled: still nothing.
        foreach (var d in deliveries)
            Assert.True((await SendAsync(d.Path, d.Body, d.Header, d.Signature)).Json!["duplicate"]!.GetValue<bool>());
        await Task.Delay(TimeSpan.FromSeconds(2));
        var final = await api.GetReturnAsync(customer.ReturnId, customer.Email);
        Assert.Equal(["awaiting_confirmation", "approved", "label_issued", .. expected], Timeline(final));
    }

    [Fact]
    public async Task ShopPlatformWebhooks_SameDeliveryTwice_OrderUnchanged_CapturedSignatureOnAnotherBodyRefused()
    {
        foreach (var platform in new[] { "shopify", "woocommerce" })
        {
            var number = ShopPayloads.NewNumber();
            var email = $"replay.{number}@example.org";
            var (path, signatureHeader, topicHeader, topic, secret) = platform == "shopify"
                ? ("/api/webhooks/shopify/orders", ShopifyHandlers.SignatureHeader, ShopifyHandlers.TopicHeader, "orders/create", SecurityHostFixture.ShopifySecret)
                : ("/api/webhooks/woocommerce/orders", WooCommerceHandlers.SignatureHeader, WooCommerceHandlers.TopicHeader, "order.created", SecurityHostFixture.WooCommerceSecret);
            var body = platform == "shopify"
                ? ShopPayloads.Shopify(number, o => o["email"] = email)
                : ShopPayloads.WooCommerce(number, o => o["billing"]!["email"] = email);
            var signature = ShopPayloads.Sign(secret, body);
            var headers = new Dictionary<string, string> { [signatureHeader] = signature, [topicHeader] = topic };
            var orderNumber = platform == "shopify" ? "#" + number : number;

            var first = await SendAsync(path, body, headers);
            var stored = await LookupAsync(orderNumber, email);
            var second = await SendAsync(path, body, headers);
            var again = await LookupAsync(orderNumber, email);

            Assert.True(first.Status == 200 && first.Json!["created"]!.GetValue<bool>(), $"{platform} first: {first}");
            Assert.True(second.Status == 200 && !second.Json!["created"]!.GetValue<bool>(), $"{platform} replayed: {second}");
            Assert.Equal(stored, again);

            // The captured signature on the same order sent to another address.
            var redirected = body.Replace(email, "mallory@example.org", StringComparison.Ordinal);
            Assert.Equal(401, (await SendAsync(path, redirected, headers)).Status);
            Assert.Equal(stored, await LookupAsync(orderNumber, email));
            Assert.Equal("404", await LookupAsync(orderNumber, "mallory@example.org"));
        }
    }

    private sealed record Answer(int Status, JsonObject? Json)
    {
        public override string ToString() => $"{Status} {Json?.ToJsonString()}";
    }

    private static string[] Timeline(JsonObject status) => ReturnsHttp.TimelineStages(status);

    private Task<Answer> SendAsync(string path, string body, string header, string signature) =>
        SendAsync(path, body, new Dictionary<string, string> { [header] = signature });

    private async Task<Answer> SendAsync(string path, string body, IReadOnlyDictionary<string, string> headers)
    {
        using var response = await fixture.Api.SendAsync(HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), headers: headers);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer((int)response.StatusCode, text.StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : null);
    }

    /// <summary>The customer's view of the order (portal lookup), or the status code when there is none.</summary>
    private async Task<string> LookupAsync(string orderNumber, string email)
    {
        using var response = await fixture.Api.PostJsonAsync("/api/portal/lookup", new JsonObject { ["email"] = email, ["orderNumber"] = orderNumber });
        var text = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK ? text : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
