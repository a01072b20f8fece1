using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Returns.Tests.Adapters;
using Returns.Tests.Photos;
using Returns.Tests.Privacy;

namespace Returns.Tests.EndToEnd;

/// <summary>
/// A customer's personal data erased through the real local host after a whole cross-border return (photo, comment,
/// carrier scans naming their street, warehouse notes, store credit with its credit note, customs papers): afterwards
/// no table row, blob, queued message, log line or file of the host holds the email, name, address, comment or notes,
/// and the analytics count as before. The host's Azurite is shared with other tests, so figures are compared on a
/// product category only this test's order has and on the return's own recorded contribution.
/// </summary>
public sealed class ErasureEndToEndTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task EraseCustomer_AfterAWholeReturn_NothingNamesThemAndFiguresStay()
    {
        var started = DateTimeOffset.UtcNow.AddSeconds(-5);
        await using var host = await LocalHostProcess.StartAsync();
        var api = new ReturnsHttp(host);
        var customer = PrivacyCustomer.New();
        var orderNumber = "TW-E2E-" + AzuriteStorage.Unique();
        var category = "erasure" + AzuriteStorage.Unique().ToLowerInvariant();

        using (var created = await api.PostJsonAsync("/api/orders", Order(orderNumber, customer, category), admin: true))
            await ReturnsHttp.ReadJsonAsync(created, HttpStatusCode.Created);
        var photoId = await UploadPhotoAsync(host, customer.Email, orderNumber);

        string returnId;
        using (var requested = await api.PostJsonAsync("/api/returns", ReturnRequest(orderNumber, customer, photoId)))
            returnId = (await ReturnsHttp.ReadJsonAsync(requested, HttpStatusCode.Accepted))["returnId"]!.GetValue<string>();
        using (var confirmed = await host.Http.GetAsync(await api.WaitForConfirmLinkAsync(returnId, customer.Email, StepTimeout)))
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var labelled = await api.WaitForStageAsync(returnId, customer.Email, "label_issued", StepTimeout);
        var trackingNumber = labelled["label"]!["trackingNumber"]!.GetValue<string>();

        // The carrier's scan describes where it picked the parcel up: the customer's street.
        using (var scan = await api.PostScanAsync($"e2e-{returnId}-1", trackingNumber, "picked_up", DateTimeOffset.UtcNow, customer.Street))
            await ReturnsHttp.ReadJsonAsync(scan, HttpStatusCode.Accepted);
        await api.WaitForStageAsync(returnId, customer.Email, "in_transit", StepTimeout);
        var receipt = new JsonObject
        {
            ["location"] = "Taipei returns desk",
            ["note"] = customer.Note,
            ["lines"] = new JsonArray { new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2 }, new JsonObject { ["sku"] = "HOODIE-GRY-L", ["quantity"] = 1 } },
        };
        using (var received = await api.PostJsonAsync($"/api/admin/returns/{returnId}/receipt", receipt, admin: true))
            await ReturnsHttp.ReadJsonAsync(received, HttpStatusCode.Accepted);
        var inspection = new JsonObject
        {
            ["lines"] = new JsonArray
            {
                new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2, ["grade"] = "A", ["notes"] = customer.Note },
                new JsonObject { ["sku"] = "HOODIE-GRY-L", ["quantity"] = 1, ["grade"] = "B" },
            },
        };
        using (var inspected = await api.PostJsonAsync($"/api/admin/returns/{returnId}/inspection", inspection, admin: true))
            await ReturnsHttp.ReadJsonAsync(inspected, HttpStatusCode.Accepted);
        var closed = await api.WaitForStageAsync(returnId, customer.Email, "closed", StepTimeout);
        Assert.NotNull(closed["refund"]);
        var documents = closed["documents"]!.AsArray().Select(d => d!["kind"]!.GetValue<string>()).ToArray();
        Assert.Contains("credit-note", documents);
        // Customs papers exist when the parcel crosses a border on its own (not on a leg to a hub in Germany).
        var customsPapers = documents.Count(d => d is "commercial-invoice" or "packing-list");

        var contributions = await WaitForContributionsAsync(returnId, orderNumber, host);
        var rateRows = await RatesAsync(api, category);
        Assert.Equal(3, rateRows.AsArray().Sum(r => r!["unitsReturned"]!.GetValue<long>()));
        var rates = rateRows.ToJsonString();
        Assert.NotEmpty(await StorageScan.FindAsync(customer.Needles, started)); // the scan sees the data before

        // The wrong key changes nothing.
        using (var denied = await api.SendAsync(HttpMethod.Post, "/api/admin/customers/erase", Body(new JsonObject { ["email"] = customer.Email }),
            headers: new Dictionary<string, string> { ["x-api-key"] = "wrong" }))
            await ReturnsHttp.AssertProblemAsync(denied, HttpStatusCode.Unauthorized);
        await api.GetReturnAsync(returnId, customer.Email);

        JsonObject erased;
        using (var response = await api.PostJsonAsync("/api/admin/customers/erase", new JsonObject { ["email"] = customer.Email, ["reference"] = "E2E-1" }, admin: true))
            erased = await ReturnsHttp.ReadJsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, erased["anonymised"]!["orders"]!.GetValue<int>());
        Assert.Equal(1, erased["anonymised"]!["returns"]!.GetValue<int>());
        Assert.Equal(1, erased["erased"]!["photos"]!.GetValue<int>());
        Assert.Equal(1, erased["erased"]!["documents"]!.GetValue<int>());
        Assert.True(erased["erased"]!["workflowHistories"]!.GetValue<int>() >= 1);
        Assert.True(erased["erased"]!["outboxEmails"]!.GetValue<int>() >= 3);
        Assert.True(erased["erased"]!["carrierEventPayloads"]!.GetValue<int>() >= 1);
        Assert.Equal(1, erased["retained"]!["creditNotes"]!.GetValue<int>());
        Assert.Equal(customsPapers, erased["retained"]!["customsPapers"]!.GetValue<int>());
        foreach (var needle in customer.Needles)
            Assert.DoesNotContain(needle, erased.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        // Nothing in the storage (tables, blobs with the PDFs' text, queues), the host's log or its data folder names them.
        Assert.Empty(await StorageScan.FindAsync(customer.Needles, started));
        Assert.Empty(FilesNaming(host.DataDir, customer.Needles));

        // The figures are as they were: the return's own contribution and the rates of the test's product category.
        Assert.Equal(contributions, await ContributionsAsync(returnId, orderNumber));
        Assert.Equal(rates, (await RatesAsync(api, category)).ToJsonString());
        using (var gone = await api.GetReturnResponseAsync(returnId, customer.Email))
            await ReturnsHttp.AssertProblemAsync(gone, HttpStatusCode.NotFound);

        // Again: nothing more to do, and the answer says so.
        using (var repeat = await api.PostJsonAsync("/api/admin/customers/erase", new JsonObject { ["email"] = customer.Email.ToLowerInvariant() }, admin: true))
        {
            var again = await ReturnsHttp.ReadJsonAsync(repeat, HttpStatusCode.OK);
            Assert.True(again["repeat"]!.GetValue<bool>());
            Assert.Equal(0, Total(again));
            Assert.Equal(Shape(erased), Shape(again));
        }

        // An unknown address: the same answer, all zero.
        using (var unknown = await api.PostJsonAsync("/api/admin/customers/erase", new JsonObject { ["email"] = "nobody." + AzuriteStorage.Unique() + "@example.org" }, admin: true))
        {
            var none = await ReturnsHttp.ReadJsonAsync(unknown, HttpStatusCode.OK);
            Assert.Equal(0, Total(none));
            Assert.Equal(Shape(erased), Shape(none));
        }
    }

    [Fact]
    public async Task EraseCustomer_ReturnAwaitingConfirmation_409ListsItAndChangesNothing()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var api = new ReturnsHttp(host);
        var (orderNumber, email) = ReturnsHttp.NewCustomer();
        using (var created = await api.PostJsonAsync("/api/orders", ReturnsHttp.TaiwanToGermanyOrder(orderNumber, email), admin: true))
            await ReturnsHttp.ReadJsonAsync(created, HttpStatusCode.Created);
        string returnId;
        using (var requested = await api.PostJsonAsync("/api/returns", ReturnsHttp.ReturnRequest(orderNumber, email)))
            returnId = (await ReturnsHttp.ReadJsonAsync(requested, HttpStatusCode.Accepted))["returnId"]!.GetValue<string>();

        using var refused = await api.PostJsonAsync("/api/admin/customers/erase", new JsonObject { ["email"] = email }, admin: true);

        var problem = await ReturnsHttp.AssertProblemAsync(refused, HttpStatusCode.Conflict);
        var listed = Assert.Single(problem["inProgress"]!.AsArray());
        Assert.Equal(returnId, listed!["returnId"]!.GetValue<string>());
        Assert.Equal("awaiting_confirmation", listed["stage"]!.GetValue<string>());
        Assert.DoesNotContain(email, problem.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("awaiting_confirmation", ReturnsHttp.Stage(await api.GetReturnAsync(returnId, email)));
        using var lookup = await api.PostJsonAsync("/api/portal/lookup", new JsonObject { ["email"] = email, ["orderNumber"] = orderNumber });
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
    }

    private static JsonObject Order(string orderNumber, PrivacyCustomer customer, string category)
    {
        var order = ReturnsHttp.TaiwanToGermanyOrder(orderNumber, customer.Email);
        order["customerName"] = customer.Name;
        order["shipTo"] = new JsonObject { ["name"] = customer.Name, ["country"] = "DE", ["city"] = "Berlin", ["postalCode"] = "10115", ["line1"] = customer.Street };
        foreach (var line in order["lines"]!.AsArray())
            line!["category"] = category;
        return order;
    }

    private static JsonObject ReturnRequest(string orderNumber, PrivacyCustomer customer, string photoId) => new()
    {
        ["email"] = customer.Email,
        ["orderNumber"] = orderNumber,
        ["locale"] = "de-DE",
        ["resolution"] = "storeCredit",
        ["lines"] = new JsonArray
        {
            new JsonObject { ["sku"] = "TEE-BLK-M", ["quantity"] = 2, ["reason"] = "size_too_small", ["comment"] = customer.Comment, ["photos"] = new JsonArray(photoId) },
            new JsonObject { ["sku"] = "HOODIE-GRY-L", ["quantity"] = 1, ["reason"] = "changed_mind" },
        },
    };

    private static async Task<string> UploadPhotoAsync(LocalHostProcess host, string email, string orderNumber)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(email), "email" },
            { new StringContent(orderNumber), "orderNumber" },
        };
        var photo = new ByteArrayContent(JpegSamples.Phone());
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(photo, "photo", "parcel.jpg");
        using var response = await host.Http.PostAsync("/api/portal/photos", form);
        return (await ReturnsHttp.ReadJsonAsync(response, HttpStatusCode.Created))["photoId"]!.GetValue<string>();
    }

    private static byte[] Body(JsonNode json) => System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());

    private static async Task<JsonNode> RatesAsync(ReturnsHttp api, string category)
    {
        using var response = await api.SendAsync(HttpMethod.Get, $"/api/admin/analytics/return-rates?category={category}&by=sku", admin: true);
        return (await ReturnsHttp.ReadJsonAsync(response, HttpStatusCode.OK))["rows"]!;
    }

    /// <summary>The return's and the order's contributions once the closed return counts in the aggregates.</summary>
    private static async Task<string> WaitForContributionsAsync(string returnId, string orderNumber, LocalHostProcess host)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var last = "";
        while (clock.Elapsed < StepTimeout)
        {
            last = await ContributionsAsync(returnId, orderNumber);
            if (last.Contains("\"o.closed\":1", StringComparison.Ordinal))
                return last;
            await Task.Delay(ReturnsHttp.PollInterval);
        }

        Assert.Fail($"The analytics did not count the closed return within {StepTimeout.TotalSeconds:0} s: {last}\n{host.OutputTail()}");
        return null!;
    }

    /// <summary>What the return and the order contribute to the aggregates, as their marker rows record it.</summary>
    private static async Task<string> ContributionsAsync(string returnId, string orderNumber)
    {
        var table = new TableClient(AzuriteStorage.ConnectionString, "AnalyticsCells");
        var parts = new List<string>();
        foreach (var subject in new[] { "r|" + returnId, "o|" + orderNumber })
        {
            var key = "~m" + Returns.Adapters.Storage.TableKeys.Escape(subject);
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {key}")))
                parts.Add(row.PartitionKey + ":" + string.Concat(row.Keys.Where(k => k.StartsWith('C')).Order(StringComparer.Ordinal).Select(k => row.GetString(k))));
        }

        return string.Join('\n', parts);
    }

    /// <summary>The files of the host's data folder (its log among them) that hold a needle; sockets are skipped.</summary>
    private static IReadOnlyList<string> FilesNaming(string folder, IReadOnlyList<string> needles)
    {
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (IOException)
            {
                continue; // the durable sidecar's socket
            }

            hits.AddRange(needles.Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => $"{file}: {n}"));
        }

        return hits;
    }

    private static int Total(JsonObject answer) =>
        new[] { "erased", "anonymised", "retained" }.Sum(g => answer[g]!.AsObject().Sum(k => k.Value!.GetValue<int>()));

    private static string Shape(JsonObject answer) =>
        string.Join(',', answer.Select(p => p.Value is JsonObject o ? $"{p.Key}{{{string.Join(',', o.Select(k => k.Key))}}}" : p.Key));
}
