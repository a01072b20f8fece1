using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Returns.Tests.EndToEnd;

/// <summary>The HTTP contract as the shop site, the customer, the carrier and the merchant use it, over a real socket.</summary>
internal sealed class ReturnsHttp(LocalHostProcess host)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private HttpClient Http => host.Http;

    /// <summary>A Taiwanese shop's order delivered to Berlin three days ago, paid in EUR.</summary>
    public static JsonObject TaiwanToGermanyOrder(string orderNumber, string email)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["orderNumber"] = orderNumber,
            ["email"] = email,
            ["customerName"] = "Anna Schmidt",
            ["locale"] = "de-DE",
            ["currency"] = "EUR",
            ["placedAt"] = now.AddDays(-9).ToString("O"),
            ["deliveredAt"] = now.AddDays(-3).ToString("O"),
            ["incoterm"] = "DDP",
            ["exportDeclarationRef"] = "TW-EXP-" + orderNumber,
            ["shipFrom"] = new JsonObject { ["country"] = "TW", ["name"] = "Formosa Threads Returns", ["city"] = "Taipei", ["postalCode"] = "100", ["line1"] = "No. 1, Sec. 1, Zhongshan S. Rd." },
            ["shipTo"] = new JsonObject { ["name"] = "Anna Schmidt", ["country"] = "DE", ["city"] = "Berlin", ["postalCode"] = "10115", ["line1"] = "Invalidenstraße 12" },
            ["lines"] = new JsonArray
            {
                Line("TEE-BLK-M", "Tee black M", 2, 2500, "610910", 200),
                Line("HOODIE-GRY-L", "Hoodie grey L", 1, 6900, "611020", 650),
                // Final sale for the shop, and hygiene-sealed, which the EU right of withdrawal excludes too.
                Line("SOCKS-3PK", "Socks 3-pack", 1, 1200, "611595", 150, "final_sale", "hygiene_sealed"),
            },
        };
    }

    public static (string OrderNumber, string Email) NewCustomer()
    {
        var unique = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        return ($"TW-E2E-{unique}", $"anna.{unique.ToLowerInvariant()}@example.de");
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, JsonNode body, bool admin = false) =>
        SendAsync(HttpMethod.Post, path, Encoding.UTF8.GetBytes(body.ToJsonString()), admin);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, byte[]? body = null, bool admin = false,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (admin)
            request.Headers.Add("x-api-key", LocalHostProcess.AdminApiKey);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.TryAddWithoutValidation(name, value);
        return await Http.SendAsync(request);
    }

    /// <summary>The generic carrier webhook, signed as the carrier signs it (HMAC-SHA256 of the raw body, hex).</summary>
    public Task<HttpResponseMessage> PostScanAsync(string eventId, string trackingNumber, string code, DateTimeOffset occurredAt, string location, string? signatureOverride = null)
    {
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["eventId"] = eventId,
            ["trackingNumber"] = trackingNumber,
            ["code"] = code,
            ["occurredAt"] = occurredAt.ToString("O"),
            ["location"] = location,
            ["description"] = $"{code} at {location}",
        }.ToJsonString());
        var signature = signatureOverride ?? Sign(body);
        return SendAsync(HttpMethod.Post, "/api/carriers/generic/events", body, headers: new Dictionary<string, string> { ["X-Returns-Signature"] = signature });
    }

    public static string Sign(byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(LocalHostProcess.CarrierWebhookSecret), body));

    public Task<HttpResponseMessage> GetReturnResponseAsync(string returnId, string email) =>
        Http.GetAsync($"/api/returns/{Uri.EscapeDataString(returnId)}?email={Uri.EscapeDataString(email)}");

    public async Task<JsonObject> GetReturnAsync(string returnId, string email)
    {
        using var response = await GetReturnResponseAsync(returnId, email);
        return await ReadJsonAsync(response, HttpStatusCode.OK);
    }

    /// <summary>Polls the customer's status route until <paramref name="until"/> holds; fails with the last status seen.</summary>
    public async Task<JsonObject> WaitForAsync(string returnId, string email, Func<JsonObject, bool> until, string what, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        JsonObject? last = null;
        while (clock.Elapsed < timeout)
        {
            try
            {
                last = await GetReturnAsync(returnId, email);
                if (until(last))
                    return last;
            }
            catch (HttpRequestException)
            {
                // The host may still be coming up; the deadline decides.
            }

            await Task.Delay(PollInterval);
        }

        Assert.Fail($"Return {returnId} did not reach {what} within {timeout.TotalSeconds:0} s. Last status: {last?.ToJsonString() ?? "(none)"}\n" +
            $"--- host output (tail) ---\n{host.OutputTail()}");
        return null!;
    }

    public Task<JsonObject> WaitForStageAsync(string returnId, string email, string stage, TimeSpan timeout) =>
        WaitForAsync(returnId, email, r => Stage(r) == stage, $"stage {stage}", timeout);

    /// <summary>The confirmation link of the email the host would have sent for <paramref name="returnId"/>.</summary>
    public async Task<string> WaitForConfirmLinkAsync(string returnId, string email, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var items = JsonNode.Parse(await Http.GetStringAsync("/api/dev/outbox?max=200"))!.AsArray();
            foreach (var item in items)
            {
                if (item?["kind"]?.GetValue<string>() != "email"
                    || !string.Equals(item["to"]?.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase)
                    || item["subject"]?.GetValue<string>()?.Contains(returnId, StringComparison.Ordinal) != true)
                    continue;
                var link = item["links"]?.AsArray().Select(l => l?.GetValue<string>()).FirstOrDefault(l => l?.Contains("/api/returns/confirm?token=", StringComparison.Ordinal) == true);
                if (link is not null)
                    return link;
            }

            await Task.Delay(PollInterval);
        }

        Assert.Fail($"No confirmation email for {returnId} appeared in /api/dev/outbox within {timeout.TotalSeconds:0} s.\n--- host output (tail) ---\n{host.OutputTail()}");
        return null!;
    }

    public static string? Stage(JsonObject r) => r["stage"]?.GetValue<string>();

    public static string[] TimelineStages(JsonObject r) =>
        r["timeline"]!.AsArray().Select(t => t!["stage"]!.GetValue<string>()).ToArray();

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Asserts an RFC 7807 answer with the status and a readable detail, and no stack trace.</summary>
    public static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()), $"The problem has no detail: {text}");
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        return problem;
    }

    private static JsonObject Line(string sku, string name, int quantity, long unitPrice, string hsCode, int grams, params string[] tags) => new()
    {
        ["sku"] = sku,
        ["name"] = name,
        ["quantity"] = quantity,
        ["unitPrice"] = unitPrice,
        ["hsCode"] = hsCode,
        ["originCountry"] = "TW",
        ["category"] = "apparel",
        ["weightGrams"] = grams,
        ["tags"] = new JsonArray(tags.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
    };

    public static JsonObject ReturnRequest(string orderNumber, string email) => new()
    {
        ["email"] = email,
        ["orderNumber"] = orderNumber,
        ["locale"] = "de-DE",
        ["resolution"] = "refund",
        ["lines"] = new JsonArray
        {
            new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2, ["reason"] = "size_too_small", ["comment"] = "Fällt klein aus" },
            new JsonObject { ["sku"] = "HOODIE-GRY-L", ["quantity"] = 1, ["reason"] = "changed_mind" },
        },
    };
}
