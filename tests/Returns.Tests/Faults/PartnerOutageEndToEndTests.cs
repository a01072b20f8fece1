using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Returns.Tests.EndToEnd;
using Returns.Tests.Payments;

namespace Returns.Tests.Faults;

/// <summary>
/// The payment provider down for longer than the refund step's retries, against the real local host: the refund is
/// parked for the merchant (attention in the admin list, an email to the merchant, a neutral note for the customer),
/// never paid while Stripe fails, and paid exactly once when the merchant retries after Stripe is back.
/// </summary>
public sealed class PartnerOutageEndToEndTests
{
    [Fact]
    public async Task Refund_StripeDownBeyondItsRetries_ParkedForTheMerchantThenPaidOnceOnTheMerchantsRetry()
    {
        var linkKey = RandomNumberGenerator.GetBytes(32);
        await using var stripe = await StripeStub.StartAsync();
        await using var host = await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["RETURNS_LINK_SIGNING_KEY"] = Convert.ToBase64String(linkKey),
            ["RETURNS_STRIPE_API_KEY"] = StripeStub.ApiKey,
            ["RETURNS_STRIPE_API_BASE"] = stripe.ApiBase.ToString(),
            ["RETURNS_ACTIVITY_ATTEMPTS"] = "2",
            ["RETURNS_ACTIVITY_RETRY_INTERVAL"] = "00:00:00.500",
        });
        var load = new FaultLoad(host, linkKey, TimeSpan.FromMinutes(2));
        var trip = FaultLoad.Plan(0, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)));
        for (var i = 0; i < 40; i++)
        {
            stripe.Fail(i % 2 == 0 ? 500 : 429, i % 2 == 0
                ? StripeStub.Error("api_error", null, "An unknown error occurred")
                : StripeStub.Error("invalid_request_error", "rate_limit", "Too many requests hit the API too quickly."));
        }

        await load.DriveAsync(trip, new Random(1));
        var parked = await WaitForAttentionAsync(host, trip.ReturnId);

        Assert.Equal("refund", parked["step"]!.GetValue<string>());
        Assert.Contains("Stripe", parked["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(stripe.Refunds);
        var status = await load.WaitForAsync(trip, r => ReturnsHttp.Stage(r) == "inspected", "inspected");
        Assert.Contains(status["timeline"]!.AsArray(), t => t!["note"]?.GetValue<string>() == "The refund is delayed; the seller has been told.");
        Assert.DoesNotContain("Stripe", status.ToJsonString(), StringComparison.Ordinal); // the partner's error is the merchant's only
        await WaitForMerchantEmailAsync(host, trip.ReturnId);

        stripe.ClearFaults();
        using (var retry = await Post(host, $"/api/admin/returns/{trip.ReturnId}/retry"))
            Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        using (var again = await Post(host, $"/api/admin/returns/{trip.ReturnId}/retry")) // a double click
            Assert.True(again.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.Conflict, $"{again.StatusCode}");
        var closed = await load.WaitForAsync(trip, r => ReturnsHttp.Stage(r) == "closed", "closed");

        var refund = Assert.Single(stripe.Refunds);
        Assert.Equal(trip.ExpectedRefund, refund["amount"]!.GetValue<long>());
        Assert.Equal(trip.ExpectedRefund, closed["refund"]!["amount"]!.GetValue<long>());
        using (var late = await Post(host, $"/api/admin/returns/{trip.ReturnId}/retry"))
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode); // nothing parked any more
        using var list = await host.Http.SendAsync(Admin(HttpMethod.Get, "/api/admin/returns?attention=true&q=" + trip.ReturnId));
        Assert.Empty(JsonNode.Parse(await list.Content.ReadAsStringAsync())!["items"]!.AsArray());
    }

    private static async Task<JsonObject> WaitForAttentionAsync(LocalHostProcess host, string returnId)
    {
        var clock = Stopwatch.StartNew();
        var last = "";
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            using var response = await host.Http.SendAsync(Admin(HttpMethod.Get, "/api/admin/returns?attention=true&q=" + returnId));
            last = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode
                && JsonNode.Parse(last)!["items"]!.AsArray().FirstOrDefault(i => i!["returnId"]!.GetValue<string>() == returnId) is { } item)
                return item["attention"]!.AsObject();
            await Task.Delay(250);
        }

        Assert.Fail($"Return {returnId} was not listed as needing attention: {last}\n{host.OutputTail()}");
        return null!;
    }

    private static async Task WaitForMerchantEmailAsync(LocalHostProcess host, string returnId)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            var items = JsonNode.Parse(await host.Http.GetStringAsync("/api/dev/outbox?max=200"))!.AsArray();
            if (items.Any(i => i?["subject"]?.GetValue<string>() is { } subject && subject.Contains(returnId, StringComparison.Ordinal) && subject.Contains("needs you", StringComparison.Ordinal)))
                return;
            await Task.Delay(250);
        }

        Assert.Fail($"The merchant was not emailed about the parked refund of {returnId}.");
    }

    private static Task<HttpResponseMessage> Post(LocalHostProcess host, string path) => host.Http.SendAsync(Admin(HttpMethod.Post, path));

    private static HttpRequestMessage Admin(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-api-key", LocalHostProcess.AdminApiKey);
        return request;
    }
}
