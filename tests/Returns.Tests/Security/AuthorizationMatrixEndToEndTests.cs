using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Returns.Tests.Security;

/// <summary>
/// The authorization matrix on the local host over HTTP, generated from the route table: every merchant and shop-site
/// route refuses every wrong key with 401 problem+json and changes nothing; webhooks refuse unsigned deliveries (the
/// admin key is no signature); public and customer routes need no key; the developer's routes answer loopback.
/// </summary>
[Collection(SecurityHostCollection.Name)]
public sealed partial class AuthorizationMatrixEndToEndTests(SecurityHostFixture fixture, ITestOutputHelper output)
{
    private HttpClient Http => fixture.Host.Http;

    [Fact]
    public async Task MerchantRoutes_MissingOrWrongKey_Answer401ProblemAndChangeNothing()
    {
        var anna = fixture.Anna;
        var values = RouteSamples.Values(anna);
        var before = await SnapshotAsync(values);
        var failures = new List<string>();
        var attempts = 0;

        foreach (var route in RouteSamples.WithAccess(RouteAccess.MerchantKey))
        {
            var body = RouteSamples.MerchantBody(route, anna, before.BodiesByTemplate);
            foreach (var attempt in KeyAttempt.WrongFor(LocalHostProcess.AdminApiKey))
            {
                attempts++;
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), WithQuery(RouteSamples.PathOf(route, values), attempt.Query));
                request.Content = body?.Invoke();
                if (attempt.ApiKey is not null)
                    request.Headers.TryAddWithoutValidation(AdminKey.Header, attempt.ApiKey);
                if (attempt.Authorization is not null)
                    request.Headers.TryAddWithoutValidation("Authorization", attempt.Authorization);
                using var response = await Http.SendAsync(request);
                if (await ProblemOf(response, HttpStatusCode.Unauthorized) is { } wrong)
                    failures.Add($"{route.Name} ({route.Method} {route.Template}) with {attempt.Name}: {wrong}");
            }
        }

        output.WriteLine($"{RouteSamples.WithAccess(RouteAccess.MerchantKey).Count()} merchant routes x {KeyAttempt.WrongFor(LocalHostProcess.AdminApiKey).Count} wrong keys = {attempts} requests");
        Assert.True(failures.Count == 0, "Merchant routes that did not refuse a wrong key with 401 problem+json:\n" + string.Join('\n', failures));
        var after = await SnapshotAsync(values);
        Assert.Equal(before.Text, after.Text);
        using var lookup = await fixture.Api.PostJsonAsync("/api/portal/lookup",
            new JsonObject { ["email"] = "intruder@example.org", ["orderNumber"] = RouteSamples.UnstoredOrderNumber });
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode); // no PutOrder attempt stored its order
    }

    [Fact]
    public async Task MerchantGetRoutes_RightKey_ReachTheRoute()
    {
        var values = RouteSamples.Values(fixture.Anna);
        foreach (var route in RouteSamples.WithAccess(RouteAccess.MerchantKey).Where(r => r.Method == "GET"))
        {
            using var response = await fixture.Api.SendAsync(HttpMethod.Get, RouteSamples.PathOf(route, values), admin: true);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode != HttpStatusCode.Unauthorized && !text.Contains("There is no route", StringComparison.Ordinal),
                $"{route.Name} with the right key answered {(int)response.StatusCode}: {text}");
        }
    }

    [Fact]
    public async Task WebhookRoutes_UnsignedEvenWithTheAdminKey_Answer401()
    {
        foreach (var route in RouteSamples.WithAccess(RouteAccess.SignedWebhook))
        {
            foreach (var admin in new[] { false, true })
            {
                using var response = await fixture.Api.SendAsync(HttpMethod.Post, "/" + route.Template, Encoding.UTF8.GetBytes("""{ "id": "evt_1" }"""), admin,
                    new Dictionary<string, string> { ["X-Shopify-Topic"] = "orders/create", ["X-WC-Webhook-Topic"] = "order.created" });
                Assert.True(await ProblemOf(response, HttpStatusCode.Unauthorized) is null, $"{route.Name} (admin key: {admin}) accepted an unsigned delivery");
            }
        }
    }

    [Fact]
    public async Task PublicRoutes_NoKey_Answer200()
    {
        foreach (var route in RouteSamples.WithAccess(RouteAccess.Public))
        {
            using var response = await Http.GetAsync(RouteSamples.PathOf(route, RouteSamples.Values(fixture.Anna)));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route.Name} answered {(int)response.StatusCode} without a key");
        }
    }

    [Fact]
    public async Task CustomerRoutes_NoKey_AnswerTheCustomer()
    {
        var anna = fixture.Anna;
        var values = RouteSamples.Values(anna);
        foreach (var route in RouteSamples.WithAccess(RouteAccess.Customer))
        {
            using var response = route.Name switch
            {
                "PortalLookup" => await fixture.Api.PostJsonAsync("/api/portal/lookup", new JsonObject { ["email"] = anna.Email, ["orderNumber"] = anna.OrderNumber }),
                // The same lines again: the existing return, no second one.
                "CreateReturn" => await fixture.Api.PostJsonAsync("/api/returns", ReturnsHttp.ReturnRequest(anna.OrderNumber, anna.Email)),
                "UploadPhoto" => await Http.PostAsync("/api/portal/photos", PhotoForm(anna)),
                // Long confirmed: the link answers "already confirmed", which needs no key either.
                "ConfirmReturn" => await Http.GetAsync("/api/returns/confirm?token=" + Uri.EscapeDataString(await ConfirmTokenAsync(anna))),
                _ => await Http.GetAsync(RouteSamples.PathOf(route, values) + "?" + anna.TokenQuery),
            };
            Assert.True((int)response.StatusCode is >= 200 and < 300,
                $"{route.Name} answered {(int)response.StatusCode} to its customer without a key: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task DeveloperRoutes_FromLoopback_Answer200()
    {
        foreach (var route in RouteSamples.WithAccess(RouteAccess.LocalDeveloper))
        {
            Assert.True(route.LocalOnly, $"{route.Name} is a developer route but not local-only");
            using var response = await Http.GetAsync("/" + route.Template);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>Null when the answer is an RFC 7807 problem with the status; else what is wrong with it.</summary>
    internal static async Task<string?> ProblemOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            return $"{(int)response.StatusCode} {text}";
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"content type {response.Content.Headers.ContentType}";
        var problem = JsonNode.Parse(text)!.AsObject();
        return problem["status"]?.GetValue<int>() == (int)expected && problem["detail"]?.GetValue<string>() is { Length: > 0 } ? null : $"not a problem: {text}";
    }

    private static string WithQuery(string path, string? query) => query is null ? path : path + "?" + query;

    /// <summary>
    /// Everything the merchant can read of Anna's return and of the shop's settings, with the right key. Lists are scoped
    /// to Anna's return where the route can be (every test shares one storage account, so other tests add to the
    /// unscoped lists meanwhile); the claims list, the lane report, the delivery list and the analytics are left out.
    /// </summary>
    private async Task<(string Text, Dictionary<string, string> BodiesByTemplate)> SnapshotAsync(IReadOnlyDictionary<string, string> values)
    {
        var anna = fixture.Anna;
        var scoped = new Dictionary<string, string>
        {
            ["AdminListReturns"] = "?q=" + Uri.EscapeDataString(anna.OrderNumber),
            ["AdminLedger"] = "?returnId=" + anna.ReturnId,
            ["AdminStock"] = "?returnId=" + anna.ReturnId,
        };
        string[] shared = ["AdminClaims", "AdminLaneReport", "AdminWebhookDeliveries", "AdminAnalytics"];
        var text = new StringBuilder();
        var bodies = new Dictionary<string, string>();
        foreach (var route in RouteSamples.WithAccess(RouteAccess.MerchantKey).Where(r => r.Method == "GET" && !shared.Contains(r.Name)))
        {
            using var response = await fixture.Api.SendAsync(HttpMethod.Get, RouteSamples.PathOf(route, values) + scoped.GetValueOrDefault(route.Name, ""), admin: true);
            var body = await response.Content.ReadAsStringAsync();
            text.Append(route.Name).Append(' ').Append((int)response.StatusCode).Append(' ').AppendLine(Volatile().Replace(body, ""));
            if (response.IsSuccessStatusCode)
                bodies[route.Template] = body;
        }

        return (text.ToString(), bodies);
    }

    /// <summary>What differs between two reads of the same state: the trace id and freshly signed link tokens.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("\"traceId\":\"[^\"]*\"|token=[A-Za-z0-9_.-]+")]
    private static partial System.Text.RegularExpressions.Regex Volatile();

    private async Task<string> ConfirmTokenAsync(SecurityCustomer customer)
    {
        var link = await fixture.Api.WaitForConfirmLinkAsync(customer.ReturnId, customer.Email, TimeSpan.FromSeconds(10));
        return System.Web.HttpUtility.ParseQueryString(new Uri(link).Query)["token"]!;
    }

    private static MultipartFormDataContent PhotoForm(SecurityCustomer customer)
    {
        var image = new ByteArrayContent(Photos.PngSamples.Clean());
        image.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent
        {
            { new StringContent(customer.Email), "email" },
            { new StringContent(customer.OrderNumber), "orderNumber" },
            { image, "photo", "tag.png" },
        };
    }
}
