using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Returns.Api.Handlers;
using Returns.Tests.EndToEnd;
using Returns.Tests.Integrations;
using Xunit.Abstractions;

namespace Returns.Tests.Security;

/// <summary>
/// A full run of the local host as a process, every log category at Information (ours at Debug): three customers (German,
/// Traditional Chinese, Japanese names) from order to refund, one through merchant review, scans from all three carrier
/// webhooks, a receipt and an inspection, orders from Shopify and WooCommerce with phone numbers, then failed lookups
/// up to 429, forged links and bad webhooks. Nothing the host wrote (stdout, stderr, files in its data folder) may hold
/// a customer's email address, name, street line or phone number, nor a signed link token.
/// </summary>
public sealed partial class LogPrivacyEndToEndTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Addresses of the shop itself, which may appear (configuration, merchant notices).</summary>
    private static readonly string[] ShopAddresses = ["merchant@demo-shop.example", "returns@demo-shop.example"];

    [Fact]
    public async Task FullRun_HostOutput_HoldsNoPersonalDataOrLinkTokens()
    {
        // Every category at Information (RETURNS_LOG_SCAN_LEVEL=Debug or Trace for a more verbose run), ours at Debug at least.
        var level = System.Environment.GetEnvironmentVariable("RETURNS_LOG_SCAN_LEVEL") is { Length: > 0 } l ? l : "Information";
        var environment = new Dictionary<string, string>(SecurityHostFixture.Environment)
        {
            ["RETURNS_LOOKUP_FAILURE_LIMIT"] = "5",
            ["Logging__LogLevel__Returns"] = level == "Trace" ? "Trace" : "Debug",
        };
        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.DurableTask", "DurableTask.AzureStorage", "DurableTask.Core", "Azure", "Grpc", "System" })
            environment["Logging__LogLevel__" + category] = level;
        await using var host = await LocalHostProcess.StartAsync(environment);
        var api = new ReturnsHttp(host);
        var secrets = new List<string>();
        var people = new List<PrivateDetails>();

        var journeys = new[]
        {
            Journey(api, new PrivateDetails(Unique("anna.schmidt"), "Anna Schmidt", "Invalidenstraße 12"), "de-DE", review: false, secrets),
            Journey(api, new PrivateDetails(Unique("mei-ling.chen"), "陳美玲", "Marienplatz 8"), "zh-TW", review: false, secrets),
            Journey(api, new PrivateDetails(Unique("taro.yamada"), "山田太郎", "Königstraße 5"), "ja-JP", review: true, secrets),
        };
        people.AddRange(await Task.WhenAll(journeys));
        people.AddRange(await PlatformOrdersAsync(api));
        await FailuresAsync(api, people[0]);

        await Task.Delay(TimeSpan.FromSeconds(3)); // the dispatcher and analytics write what they have
        await host.KillAsync();

        var written = Directory.EnumerateFiles(host.DataDir, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".sock", StringComparison.Ordinal))
            .Select(f => (File: Path.GetFileName(f), Text: File.ReadAllText(f)))
            .ToList();
        var log = written.Single(w => w.File == Path.GetFileName(host.LogPath)).Text;
        var lines = log.Split('\n');
        output.WriteLine($"log level {level}; host output: {lines.Length} lines, {Encoding.UTF8.GetByteCount(log) / 1024} KiB; " +
            $"log categories: {string.Join(", ", Category().Matches(log).Select(m => m.Groups[1].Value).Distinct().Order())}");
        Assert.True(lines.Length > 50, "The host wrote almost nothing; is logging on?");
        Assert.Contains("Returns.", log, StringComparison.Ordinal);

        var leaks = new List<string>();
        foreach (var (file, text) in written)
        {
            foreach (var person in people)
            {
                foreach (var (what, form) in person.Forms())
                {
                    if (text.Contains(form, StringComparison.OrdinalIgnoreCase))
                        leaks.Add($"{file}: {what} {form} in: {LineWith(text, form)}");
                }
            }

            foreach (var token in secrets.Distinct())
            {
                if (text.Contains(token, StringComparison.Ordinal))
                    leaks.Add($"{file}: a signed link token in: {LineWith(text, token)}");
            }

            foreach (Match email in EmailAddress().Matches(text))
            {
                if (!ShopAddresses.Contains(Uri.UnescapeDataString(email.Value), StringComparer.OrdinalIgnoreCase))
                    leaks.Add($"{file}: email address {email.Value} in: {LineWith(text, email.Value)}");
            }
        }

        var loggers = leaks.Select(l => Logger().Match(l) is { Success: true } m ? m.Groups[1].Value : "(no logger)").Distinct();
        Assert.True(leaks.Count == 0, $"The host wrote personal data or link tokens ({leaks.Count}; loggers: {string.Join(", ", loggers)}):\n" +
            string.Join('\n', leaks.Distinct().Take(40)));
    }

    /// <summary>One customer from order to refund over HTTP, using every customer-facing read on the way.</summary>
    private static async Task<PrivateDetails> Journey(ReturnsHttp api, PrivateDetails person, string locale, bool review, List<string> secrets)
    {
        var orderNumber = "TW-LOG-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var order = ReturnsHttp.TaiwanToGermanyOrder(orderNumber, person.Email);
        order["customerName"] = person.Name;
        order["locale"] = locale;
        order["shipTo"]!["name"] = person.Name;
        order["shipTo"]!["line1"] = person.Street;
        if (review)
            order["lines"]![1]!["unitPrice"] = 69000; // 690.00: above the review threshold
        using (var created = await api.PostJsonAsync("/api/orders", order, admin: true))
            await ReturnsHttp.ReadJsonAsync(created, HttpStatusCode.Created);
        using (var lookup = await api.PostJsonAsync("/api/portal/lookup", new JsonObject { ["email"] = person.Email, ["orderNumber"] = orderNumber }))
            await ReturnsHttp.ReadJsonAsync(lookup, HttpStatusCode.OK);

        var request = ReturnsHttp.ReturnRequest(orderNumber, person.Email);
        request["locale"] = locale;
        JsonObject accepted;
        using (var requested = await api.PostJsonAsync("/api/returns", request))
            accepted = await ReturnsHttp.ReadJsonAsync(requested, HttpStatusCode.Accepted);
        var returnId = accepted["returnId"]!.GetValue<string>();
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(accepted["statusUrl"]!.GetValue<string>()).Query)["token"]!;
        var confirm = await api.WaitForConfirmLinkAsync(returnId, person.Email, StepTimeout);
        lock (secrets)
        {
            secrets.Add(token);
            secrets.Add(System.Web.HttpUtility.ParseQueryString(new Uri(confirm).Query)["token"]!);
        }

        for (var click = 0; click < 2; click++)
        {
            using var confirmed = await api.SendAsync(HttpMethod.Get, new Uri(confirm).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        if (review)
        {
            await api.WaitForStageAsync(returnId, person.Email, "awaiting_approval", StepTimeout);
            using var decided = await api.PostJsonAsync($"/api/admin/returns/{returnId}/decision", new JsonObject { ["approve"] = true, ["note"] = "fine" }, admin: true);
            await ReturnsHttp.ReadJsonAsync(decided, HttpStatusCode.Accepted);
        }

        var labelled = await api.WaitForStageAsync(returnId, person.Email, "label_issued", StepTimeout);
        var tracking = labelled["label"]!["trackingNumber"]!.GetValue<string>();
        var email = Uri.EscapeDataString(person.Email);
        foreach (var path in new[] { $"/api/returns/{returnId}/label?email={email}", $"/api/returns/{returnId}/qr?token={token}", $"/api/returns/{returnId}?token={token}" })
        {
            using var read = await api.SendAsync(HttpMethod.Get, path);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using (var admin = await api.SendAsync(HttpMethod.Get, "/api/admin/returns?q=" + Uri.EscapeDataString(person.Name), admin: true))
            Assert.Equal(HttpStatusCode.OK, admin.StatusCode);

        var at = DateTimeOffset.UtcNow;
        foreach (var scan in new[]
        {
            SignedDelivery.Generic("log-" + Guid.NewGuid().ToString("N"), tracking, "picked_up", at.AddMinutes(1), "Berlin"),
            SignedDelivery.AfterShip(Guid.NewGuid().ToString(), tracking, "InTransit", "InTransit_007", at.AddMinutes(2)),
            SignedDelivery.EasyPost("evt_" + Guid.NewGuid().ToString("N"), tracking, "in_transit", "Arrived at facility", at.AddMinutes(3)),
        })
        {
            using var sent = await api.SendAsync(HttpMethod.Post, scan.Path, Encoding.UTF8.GetBytes(scan.Body), headers: scan.Headers);
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        }

        await api.WaitForStageAsync(returnId, person.Email, "in_transit", StepTimeout);
        var receipt = new JsonObject
        {
            ["location"] = "Taipei returns desk",
            ["lines"] = new JsonArray { new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2 }, new JsonObject { ["sku"] = "HOODIE-GRY-L", ["quantity"] = 1 } },
        };
        using (var received = await api.PostJsonAsync($"/api/admin/returns/{returnId}/receipt", receipt, admin: true))
            await ReturnsHttp.ReadJsonAsync(received, HttpStatusCode.Accepted);
        await api.WaitForStageAsync(returnId, person.Email, "received", StepTimeout);
        var inspection = new JsonObject
        {
            ["lines"] = new JsonArray
            {
                new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2, ["grade"] = "A" },
                new JsonObject { ["sku"] = "HOODIE-GRY-L", ["quantity"] = 1, ["grade"] = "B", ["notes"] = "worn once" },
            },
        };
        using (var inspected = await api.PostJsonAsync($"/api/admin/returns/{returnId}/inspection", inspection, admin: true))
            await ReturnsHttp.ReadJsonAsync(inspected, HttpStatusCode.Accepted);
        var closed = await api.WaitForStageAsync(returnId, person.Email, "closed", StepTimeout);
        Assert.Contains("refund_issued", ReturnsHttp.TimelineStages(closed));
        return person;
    }

    /// <summary>A Shopify and a WooCommerce order with names, streets and phone numbers, and one Shopify order that cannot be used.</summary>
    private static async Task<IReadOnlyList<PrivateDetails>> PlatformOrdersAsync(ReturnsHttp api)
    {
        var shopify = new PrivateDetails(Unique("zoe.angstrom"), "Zoë Ångström", "Chausseestraße 101", "+49 30 9018 2017");
        var woo = new PrivateDetails(Unique("lukasz.zolc"), "Łukasz Żółć", "ul. Długa 58", "+48 22 555 0123");
        var unusable = new PrivateDetails(Unique("no.address"), "Brünhilde Ötztaler", "Nowhere Lane 9", "+43 1 555 7788");

        var shopifyBody = ShopPayloads.Shopify(ShopPayloads.NewNumber(), o => Person(o, shopify));
        var unusableBody = ShopPayloads.Shopify(ShopPayloads.NewNumber(), o =>
        {
            Person(o, unusable);
            o.Remove("shipping_address");
            o.Remove("billing_address");
        });
        var wooBody = ShopPayloads.WooCommerce(ShopPayloads.NewNumber(), o =>
        {
            var (first, last) = Split(woo.Name);
            foreach (var part in new[] { "billing", "shipping" })
            {
                o[part]!["first_name"] = first;
                o[part]!["last_name"] = last;
                o[part]!["address_1"] = woo.Street;
            }

            o["billing"]!["email"] = woo.Email;
            o["billing"]!["phone"] = woo.Phone;
        });

        foreach (var (path, body, signatureHeader, topicHeader, topic, secret, status) in new[]
        {
            ("/api/webhooks/shopify/orders", shopifyBody, ShopifyHandlers.SignatureHeader, ShopifyHandlers.TopicHeader, "orders/create", SecurityHostFixture.ShopifySecret, 200),
            ("/api/webhooks/shopify/orders", unusableBody, ShopifyHandlers.SignatureHeader, ShopifyHandlers.TopicHeader, "orders/create", SecurityHostFixture.ShopifySecret, 202),
            ("/api/webhooks/woocommerce/orders", wooBody, WooCommerceHandlers.SignatureHeader, WooCommerceHandlers.TopicHeader, "order.created", SecurityHostFixture.WooCommerceSecret, 200),
        })
        {
            using var sent = await api.SendAsync(HttpMethod.Post, path, Encoding.UTF8.GetBytes(body),
                headers: new Dictionary<string, string> { [signatureHeader] = ShopPayloads.Sign(secret, body), [topicHeader] = topic });
            Assert.True((int)sent.StatusCode == status, $"{path}: {(int)sent.StatusCode} {await sent.Content.ReadAsStringAsync()}");
        }

        return [shopify, woo, unusable];
    }

    private static void Person(JsonObject order, PrivateDetails person)
    {
        var (first, last) = Split(person.Name);
        order["email"] = person.Email;
        order["phone"] = person.Phone;
        foreach (var part in new[] { "shipping_address", "billing_address" })
        {
            order[part]!["name"] = person.Name;
            order[part]!["first_name"] = first;
            order[part]!["last_name"] = last;
            order[part]!["address1"] = person.Street;
            order[part]!["phone"] = person.Phone;
        }

        order["customer"]!["email"] = person.Email;
        order["customer"]!["first_name"] = first;
        order["customer"]!["last_name"] = last;
        order["customer"]!["phone"] = person.Phone;
    }

    /// <summary>What goes wrong: failed lookups up to 429, a stranger's reads, forged links, bad webhooks, a wrong key.</summary>
    private static async Task FailuresAsync(ReturnsHttp api, PrivateDetails known)
    {
        async Task SendAsync(HttpMethod method, string path, string? body = null, IReadOnlyDictionary<string, string>? headers = null, bool admin = false)
        {
            using var response = await api.SendAsync(method, path, body is null ? null : Encoding.UTF8.GetBytes(body), admin, headers);
            Assert.True((int)response.StatusCode is >= 400 and < 500 || response.StatusCode == HttpStatusCode.Accepted,
                $"{method} {path}: {(int)response.StatusCode}");
        }

        foreach (var delivery in new[]
        {
            SignedDelivery.Generic("bad-1", "RZ000000000DE", "picked_up", DateTimeOffset.UtcNow),
            SignedDelivery.AfterShip("bad-2", "RZ000000000DE", "InTransit", "InTransit_001", DateTimeOffset.UtcNow),
            SignedDelivery.EasyPost("evt_bad3", "RZ000000000DE", "in_transit", "x", DateTimeOffset.UtcNow),
        })
        {
            await SendAsync(HttpMethod.Post, delivery.Path, delivery.Delivered, delivery.Headers); // captured signature, other body
            await SendAsync(HttpMethod.Post, delivery.Path, delivery.Body, delivery.Headers); // signed, unknown tracking number: kept for audit
        }

        var malformed = "{ \"eventId\": ";
        await SendAsync(HttpMethod.Post, "/api/carriers/generic/events", malformed,
            new Dictionary<string, string> { [CarrierHandlers.GenericSignatureHeader] = ReturnsHttp.Sign(Encoding.UTF8.GetBytes(malformed)) });
        await SendAsync(HttpMethod.Post, "/api/webhooks/shopify/orders", "{\"email\":\"" + known.Email + "\"}",
            new Dictionary<string, string> { [ShopifyHandlers.SignatureHeader] = "AAAA", [ShopifyHandlers.TopicHeader] = "orders/create" });
        await SendAsync(HttpMethod.Post, "/api/webhooks/woocommerce/orders", "{\"billing\":{\"email\":\"" + known.Email + "\"}}",
            new Dictionary<string, string> { [WooCommerceHandlers.SignatureHeader] = "AAAA", [WooCommerceHandlers.TopicHeader] = "order.created" });
        await SendAsync(HttpMethod.Get, "/api/returns/confirm?token=forged." + Uri.EscapeDataString(known.Email));
        await SendAsync(HttpMethod.Get, "/api/admin/returns?q=" + Uri.EscapeDataString(known.Name), headers: new Dictionary<string, string> { ["x-api-key"] = "wrong" });
        await SendAsync(HttpMethod.Post, "/api/orders", "{ \"email\": \"" + known.Email + "\", \"customerName\": \"" + known.Name + "\" }", admin: true);
        await SendAsync(HttpMethod.Get, "/api/returns/RT-00000000?email=" + Uri.EscapeDataString(known.Email));
        for (var i = 0; i < 7; i++)
            await SendAsync(HttpMethod.Post, "/api/portal/lookup", new JsonObject { ["email"] = known.Email, ["orderNumber"] = $"TW-NOPE-{i}" }.ToJsonString());
    }

    private static (string First, string Last) Split(string name) =>
        name.Contains(' ', StringComparison.Ordinal) ? (name[..name.IndexOf(' ', StringComparison.Ordinal)], name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..]) : (name[..1], name[1..]);

    private static string Unique(string local) => $"{local}.{Guid.NewGuid().ToString("N")[..8]}@example.org";

    private static string LineWith(string text, string value)
    {
        var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        var start = text.LastIndexOf('\n', Math.Max(0, at)) + 1;
        var end = text.IndexOf('\n', at);
        var line = text[start..(end < 0 ? text.Length : end)];
        // The line before names the logger of a two-line console entry.
        var previous = start > 1 ? text[(text.LastIndexOf('\n', start - 2) + 1)..(start - 1)] : "";
        return (previous.StartsWith("info:", StringComparison.Ordinal) || previous.StartsWith("warn", StringComparison.Ordinal) || previous.StartsWith("fail", StringComparison.Ordinal) || previous.StartsWith("dbug", StringComparison.Ordinal)
            ? previous.Trim() + " | " : "") + (line.Length > 300 ? line[..300] + "…" : line.Trim());
    }

    [GeneratedRegex(@"[A-Za-z0-9._+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"(?:info|warn|fail|dbug|crit|trce): ([\w.]+)\[")]
    private static partial Regex Logger();

    [GeneratedRegex(@"^(?:info|warn|fail|dbug|crit|trce): ([\w.]+)\[", RegexOptions.Multiline)]
    private static partial Regex Category();
}
