using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Returns.Tests.EndToEnd;

/// <summary>How the real local host process answers bad requests: RFC 7807 problems with the right status codes.</summary>
public sealed class HttpErrorsEndToEndTests
{
    [Fact]
    public async Task LocalHost_BadRequests_AnswerWithProblemJsonAndTheRightStatus()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var api = new ReturnsHttp(host);

        // Malformed JSON: 400, on a public route and on a shop-site route.
        using (var malformed = await api.SendAsync(HttpMethod.Post, "/api/returns", Encoding.UTF8.GetBytes("{\"email\": \"anna@example.de\", \"lines\": [")))
            await ReturnsHttp.AssertProblemAsync(malformed, HttpStatusCode.BadRequest);
        using (var malformedOrder = await api.SendAsync(HttpMethod.Post, "/api/orders", Encoding.UTF8.GetBytes("{not json"), admin: true))
            await ReturnsHttp.AssertProblemAsync(malformedOrder, HttpStatusCode.BadRequest);

        // A carrier webhook with a wrong signature: 401, and a missing admin key: 401.
        using (var forged = await api.PostScanAsync("e2e-forged", "RX000000000DE", "delivered", DateTimeOffset.UtcNow, "Taipei",
                   signatureOverride: "sha256=" + new string('0', 64)))
            await ReturnsHttp.AssertProblemAsync(forged, HttpStatusCode.Unauthorized);
        using (var noKey = await host.Http.GetAsync("/api/admin/returns"))
            await ReturnsHttp.AssertProblemAsync(noKey, HttpStatusCode.Unauthorized);

        // An inspection before the parcel was received: 409, and the return stays where it was.
        var (orderNumber, email) = ReturnsHttp.NewCustomer();
        using (var created = await api.PostJsonAsync("/api/orders", ReturnsHttp.TaiwanToGermanyOrder(orderNumber, email), admin: true))
            await ReturnsHttp.ReadJsonAsync(created, HttpStatusCode.Created);
        string returnId;
        using (var requested = await api.PostJsonAsync("/api/returns", ReturnsHttp.ReturnRequest(orderNumber, email)))
            returnId = (await ReturnsHttp.ReadJsonAsync(requested, HttpStatusCode.Accepted))["returnId"]!.GetValue<string>();
        var inspection = new JsonObject
        {
            ["lines"] = new JsonArray { new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2, ["grade"] = "A" } },
        };
        using (var early = await api.PostJsonAsync($"/api/admin/returns/{returnId}/inspection", inspection, admin: true))
        {
            var problem = await ReturnsHttp.AssertProblemAsync(early, HttpStatusCode.Conflict);
            Assert.Contains(returnId, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal("awaiting_confirmation", ReturnsHttp.Stage(await api.GetReturnAsync(returnId, email)));

        // Unknown returns: 404 for the customer (also for a known return with the wrong email) and for the merchant.
        using (var unknown = await api.GetReturnResponseAsync("RT-NOSUCH00", email))
            await ReturnsHttp.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        using (var wrongEmail = await api.GetReturnResponseAsync(returnId, "someone.else@example.de"))
            await ReturnsHttp.AssertProblemAsync(wrongEmail, HttpStatusCode.NotFound);
        using (var unknownAdmin = await api.PostJsonAsync("/api/admin/returns/RT-NOSUCH00/inspection", inspection, admin: true))
            await ReturnsHttp.AssertProblemAsync(unknownAdmin, HttpStatusCode.NotFound);

        // Routes that do not exist or do not take the method: problems too, with the security headers.
        using (var noRoute = await host.Http.GetAsync("/api/no-such-route"))
        {
            await ReturnsHttp.AssertProblemAsync(noRoute, HttpStatusCode.NotFound);
            Assert.Equal("nosniff", noRoute.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("frame-ancestors 'none'", noRoute.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }

        using (var wrongMethod = await host.Http.DeleteAsync("/api/returns"))
            await ReturnsHttp.AssertProblemAsync(wrongMethod, HttpStatusCode.MethodNotAllowed);

        // The contract itself.
        using var openApi = await host.Http.GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.Equal("application/json", openApi.Content.Headers.ContentType?.MediaType);
        var document = JsonNode.Parse(await openApi.Content.ReadAsStringAsync())!.AsObject();
        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(document["paths"]!["/api/returns"]);
    }
}
