using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Returns.Api.Handlers;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.StoreCredit;
using Returns.Tests.Api;
using Returns.Tests.Documents;

namespace Returns.Tests.Privacy;

/// <summary>POST /api/admin/customers/erase on the real handlers and services, on the test Azurite.</summary>
public sealed class ErasureHandlersTests : IDisposable
{
    private readonly ApiHarness _api = new();
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow.AddSeconds(-5);

    public void Dispose() => _api.Dispose();

    private async Task<ApiResponse> EraseAsync(object body, bool adminKey = true)
    {
        var context = _api.Json("POST", body, adminKey: adminKey);
        return await ApiHarness.RunAsync(context, _api.Get<ErasureHandlers>().EraseAsync(context.Request, _api.Client, CancellationToken.None));
    }

    private async Task<JsonObject> DashboardAsync()
    {
        await _api.Get<AnalyticsAggregator>().ApplyPendingAsync();
        var context = _api.Context(adminKey: true);
        var response = await ApiHarness.RunAsync(context, _api.Get<AnalyticsHandlers>().GetAsync(context.Request, "dashboard", CancellationToken.None));
        Assert.Equal(200, response.Status);
        return JsonNode.Parse(response.Body)!.AsObject();
    }

    [Fact]
    public async Task Erase_FinishedCustomer_NothingStoredNamesThemAndTheFiguresStay()
    {
        var scenario = await ErasureScenario.SeedAsync(_api);
        var customer = scenario.Customer;
        Assert.NotEmpty(await StorageScan.FindAsync(customer.Needles, _started)); // the scan does see them before
        var before = await DashboardAsync();
        Assert.Contains(customer.Comment, Text(before), StringComparison.Ordinal);

        var response = await EraseAsync(new { email = "  " + customer.Email.ToUpperInvariant(), reason = "customer_request", reference = "TICKET-4711" });

        Assert.Equal(200, response.Status);
        var answer = JsonNode.Parse(response.Body)!.AsObject();
        Assert.Equal("completed", answer["status"]!.GetValue<string>());
        Assert.False(answer["repeat"]!.GetValue<bool>());
        Assert.Equal(scenario.Key.Pseudonym, answer["pseudonym"]!.GetValue<string>());
        Assert.Equal(scenario.Key.ErasureId, answer["erasureId"]!.GetValue<string>());
        AssertCounts(answer["erased"]!, new() { ["photos"] = 2, ["documents"] = 1, ["outboxEmails"] = 1, ["commentSamples"] = 1, ["carrierEventPayloads"] = 1, ["workflowHistories"] = 1 });
        // A local host of another test may have sent the stored event on meanwhile (the outbox tables are shared): then it
        // is found in the dev outbox instead.
        var events = answer["anonymised"]!["integrationEvents"]!.GetValue<int>() + answer["anonymised"]!["outboxEvents"]!.GetValue<int>();
        Assert.InRange(events, 1, 2);
        answer["anonymised"]!.AsObject().Remove("integrationEvents");
        answer["anonymised"]!.AsObject().Remove("outboxEvents");
        AssertCounts(answer["anonymised"]!, new() { ["orders"] = 1, ["returns"] = 1, ["analyticsFacts"] = 1, ["storeCredits"] = 1, ["stockUnitNotes"] = 1 });
        AssertCounts(answer["retained"]!, new() { ["creditNotes"] = 1, ["customsPapers"] = 2, ["refunds"] = 1, ["ledgerEntries"] = 1 });
        foreach (var needle in customer.Needles)
            Assert.DoesNotContain(needle, response.Body, StringComparison.OrdinalIgnoreCase);

        // No table row, blob (PDF text included) or queue message holds the email, name, address, comment or notes.
        Assert.Empty(await StorageScan.FindAsync(customer.Needles, _started));

        // The figures are the same; only the example comment is gone.
        var after = await DashboardAsync();
        Assert.DoesNotContain(customer.Comment, Text(after), StringComparison.Ordinal);
        Assert.Equal(Text(WithoutExamples(before)), Text(WithoutExamples(after)));

        // The accounting and customs records are kept under the pseudonym.
        var documents = _api.Get<IDocumentStore>();
        var id = scenario.Return.ReturnId;
        Assert.Null(await documents.GetAsync(id, "label"));
        foreach (var kind in new[] { CustomsPaperBuilder.CommercialInvoiceKind, CustomsPaperBuilder.PackingListKind, CreditNoteContent.DocumentKind })
            Assert.Contains(scenario.Key.Pseudonym, Poppler.Text((await documents.GetAsync(id, kind))!.Content), StringComparison.Ordinal);
        Assert.Contains(id, Poppler.Text((await documents.GetAsync(id, CustomsPaperBuilder.CommercialInvoiceKind))!.Content), StringComparison.Ordinal);
        var credit = await _api.Get<IStoreCredit>().BalanceAsync(scenario.Key.PseudonymEmail, "EUR", DateTimeOffset.UtcNow);
        Assert.Equal(scenario.Return.Credit!.Amount, credit.Available);
        Assert.Empty((await _api.Get<IStoreCredit>().BalanceAsync(customer.Email, "EUR", DateTimeOffset.UtcNow)).Entries);
        foreach (var photo in scenario.Photos)
            Assert.Null(await _api.Get<IPhotoStore>().GetAsync(photo));
        var kept = (await _api.Get<IReturnStore>().GetAsync(id))!;
        Assert.Equal((scenario.Return.Credit, scenario.Return.Label, ReturnStages.Closed), (kept.Credit, kept.Label, kept.Stage));
        Assert.NotNull(kept.ErasedAt);

        // The customer's email opens nothing any more, and neither does the pseudonym.
        foreach (var email in new[] { customer.Email, scenario.Key.PseudonymEmail })
        {
            var lookup = _api.Json("POST", new { email, orderNumber = scenario.Order.OrderNumber });
            Assert.Equal(404, (await ApiHarness.RunAsync(lookup, _api.Get<PortalHandlers>().LookupAsync(lookup.Request, CancellationToken.None))).Status);
            var track = _api.Context(query: "email=" + Uri.EscapeDataString(email));
            Assert.Equal(404, (await ApiHarness.RunAsync(track, _api.Get<TrackingHandlers>().GetReturnAsync(track.Request, id, CancellationToken.None))).Status);
        }

        // The merchant finds the kept records by the pseudonym.
        var search = _api.Context(query: "q=" + scenario.Key.Pseudonym, adminKey: true);
        var list = await ApiHarness.RunAsync(search, _api.Get<AdminHandlers>().ListAsync(search.Request, CancellationToken.None));
        Assert.Contains(id, list.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_EmailOfTheReturnStillQueued_IsDeleted()
    {
        var scenario = await ErasureScenario.SeedAsync(_api);
        var customer = scenario.Customer;
        // Queued by the workflow's notifier with the id its emails have; the mail service has not taken it yet (or another
        // test's host sent it on meanwhile, to the dev outbox, which the erasure clears too).
        await _api.Get<INotifier>().SendAsync(new EmailMessage($"{scenario.Return.ReturnId}-9-closed", customer.Email, customer.Name,
            "Ihre Rücksendung ist abgeschlossen", $"Hallo {customer.Name}", $"<p>Hallo {customer.Name}</p>", []));

        var response = await EraseAsync(new { email = customer.Email });

        Assert.Equal(200, response.Status);
        Assert.Empty(await StorageScan.FindAsync(customer.Needles, _started));
    }

    [Fact]
    public async Task Erase_Repeated_ChangesNothingMoreAndSaysSo()
    {
        var scenario = await ErasureScenario.SeedAsync(_api);
        Assert.Equal(200, (await EraseAsync(new { email = scenario.Customer.Email })).Status);
        var id = scenario.Return.ReturnId;
        var documents = _api.Get<IDocumentStore>();
        var snapshot = await SnapshotAsync(scenario);

        var repeat = await EraseAsync(new { email = scenario.Customer.Email, reason = "consent_withdrawn" });

        Assert.Equal(200, repeat.Status);
        var answer = JsonNode.Parse(repeat.Body)!.AsObject();
        Assert.True(answer["repeat"]!.GetValue<bool>());
        Assert.Equal("consent_withdrawn", answer["reason"]!.GetValue<string>());
        foreach (var group in new[] { "erased", "anonymised", "retained" })
            Assert.All(answer[group]!.AsObject(), kind => Assert.Equal(0, kind.Value!.GetValue<int>()));
        Assert.Equal(snapshot, await SnapshotAsync(scenario));
        var audit = await _api.Get<IErasureLog>().GetAsync(scenario.Key.Hash);
        Assert.Equal((2, "completed"), (audit!.Requests, audit.Status));
        Assert.Equal(1, audit.Anonymised["returns"]);
        Assert.DoesNotContain(scenario.Customer.Email, JsonSerializer.Serialize(audit), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Erase_WrongOrMissingKey_401AndNothingChanged()
    {
        var scenario = await ErasureScenario.SeedAsync(_api);

        var missing = await EraseAsync(new { email = scenario.Customer.Email }, adminKey: false);
        var wrong = _api.Json("POST", new { email = scenario.Customer.Email });
        wrong.Request.Headers["x-api-key"] = "not-the-key";
        var wrongAnswer = await ApiHarness.RunAsync(wrong, _api.Get<ErasureHandlers>().EraseAsync(wrong.Request, _api.Client, CancellationToken.None));

        Assert.Equal((401, 401), (missing.Status, wrongAnswer.Status));
        Assert.Equal("application/problem+json", missing.ContentType);
        Assert.Equal(scenario.Customer.Email, (await _api.Get<IReturnStore>().GetAsync(scenario.Return.ReturnId))!.Email);
        Assert.Null(await _api.Get<IErasureLog>().GetAsync(scenario.Key.Hash));
    }

    [Fact]
    public async Task Erase_UnknownEmail_200WithZeroCountsInTheSameShape()
    {
        var scenario = await ErasureScenario.SeedAsync(_api);
        var known = JsonNode.Parse((await EraseAsync(new { email = scenario.Customer.Email })).Body)!.AsObject();

        var response = await EraseAsync(new { email = "nobody." + Guid.NewGuid().ToString("N") + "@example.org" });

        Assert.Equal(200, response.Status);
        var unknown = JsonNode.Parse(response.Body)!.AsObject();
        Assert.Equal(Shape(known), Shape(unknown));
        foreach (var group in new[] { "erased", "anonymised", "retained" })
            Assert.All(unknown[group]!.AsObject(), kind => Assert.Equal(0, kind.Value!.GetValue<int>()));
        Assert.False(unknown["repeat"]!.GetValue<bool>());
        Assert.DoesNotContain("nobody", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_ReturnInProgress_409ListsItAndChangesNothing()
    {
        var scenario = await ErasureScenario.SeedAsync(_api, ReturnStages.LabelIssued);

        var response = await EraseAsync(new { email = scenario.Customer.Email });

        Assert.Equal(409, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        var problem = JsonNode.Parse(response.Body)!.AsObject();
        var listed = Assert.Single(problem["inProgress"]!.AsArray());
        Assert.Equal((scenario.Return.ReturnId, ReturnStages.LabelIssued), (listed!["returnId"]!.GetValue<string>(), listed["stage"]!.GetValue<string>()));
        Assert.Equal(scenario.Customer.Email, (await _api.Get<IOrderStore>().GetAsync(scenario.Order.OrderNumber))!.Email);
        Assert.NotNull(await _api.Get<IPhotoStore>().GetAsync(scenario.Photos[0]));
        Assert.NotEmpty(await StorageScan.FindAsync([scenario.Customer.Comment], DateTimeOffset.MaxValue, n => n is "Returns" or "Orders"));
        var audit = await _api.Get<IErasureLog>().GetAsync(scenario.Key.Hash);
        Assert.Equal(("refused", 1), (audit!.Status, audit.Requests)); // the request is on record: the deadline runs
    }

    [Fact]
    public async Task Erase_FinishedReturnWhoseWorkflowStillRuns_409()
    {
        var scenario = await ErasureScenario.SeedAsync(_api);
        scenario.FinishedWorkflow(OrchestrationRuntimeStatus.Running);

        var response = await EraseAsync(new { email = scenario.Customer.Email });

        Assert.Equal(409, response.Status);
        Assert.Contains(scenario.Return.ReturnId, response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", 400)]
    [InlineData("""{"email":"no-at-sign"}""", 400)]
    [InlineData("""{"email":"anna@example.de","reason":"because Anna asked"}""", 400)]
    [InlineData("""{"email":"anna@example.de","reference":"anna@example.de"}""", 400)]
    [InlineData("""{"email":["anna@example.de"]}""", 400)]
    [InlineData("not json", 400)]
    public async Task Erase_BadBody_400ProblemAndNoAudit(string body, int status)
    {
        var context = _api.Context("POST", body, adminKey: true);

        var response = await ApiHarness.RunAsync(context, _api.Get<ErasureHandlers>().EraseAsync(context.Request, _api.Client, CancellationToken.None));

        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Null(await _api.Get<IErasureLog>().GetAsync(Returns.Orchestrations.Privacy.CustomerKey.For("anna@example.de", await _api.Get<IErasureLog>().SaltAsync()).Hash));
    }

    [Fact]
    public async Task PutOrder_ErasedOrderSentAgain_KeepsThePseudonym()
    {
        var scenario = await ErasureScenario.SeedAsync(_api);
        Assert.Equal(200, (await EraseAsync(new { email = scenario.Customer.Email })).Status);
        var order = scenario.Order;

        var put = _api.Json("POST", new
        {
            orderNumber = order.OrderNumber, email = order.Email, customerName = order.CustomerName, locale = order.Locale, currency = order.Currency,
            placedAt = order.PlacedAt, deliveredAt = order.DeliveredAt, incoterm = "DDP",
            shipFrom = new { country = "TW", city = "Taipei", postalCode = "100", line1 = "1 Zhongshan Rd" },
            shipTo = new { name = order.CustomerName, country = "DE", city = "Berlin", postalCode = "10115", line1 = scenario.Customer.Street },
            lines = new object[] { new { sku = "TEE-BLK-M", name = "Tee black M", quantity = 2, unitPrice = 2500, hsCode = "610910", originCountry = "TW", category = "apparel", weightGrams = 200 } },
        }, adminKey: true);
        Assert.Equal(200, (await ApiHarness.RunAsync(put, _api.Get<OrderHandlers>().PutOrderAsync(put.Request, CancellationToken.None))).Status);

        var stored = (await _api.Get<IOrderStore>().GetAsync(order.OrderNumber))!;
        Assert.Equal((scenario.Key.PseudonymEmail, scenario.Key.PseudonymName), (stored.Email, stored.CustomerName));
        Assert.Null(stored.ShipTo.Line1);
        Assert.NotNull(stored.ErasedAt);
    }

    private static void AssertCounts(JsonNode group, Dictionary<string, int> expected)
    {
        foreach (var (kind, value) in group.AsObject())
            Assert.True(expected.GetValueOrDefault(kind) == value!.GetValue<int>(), $"{kind}: expected {expected.GetValueOrDefault(kind)}, got {value}");
    }

    private static string Shape(JsonObject answer) =>
        string.Join(',', answer.Select(p => p.Value is JsonObject o ? $"{p.Key}{{{string.Join(',', o.Select(k => k.Key))}}}" : p.Key));

    private static string Text(JsonNode node) => node.ToJsonString(Returns.Api.Http.ApiJson.Options);

    /// <summary>The dashboard without its example comments and its own timing.</summary>
    private static JsonNode WithoutExamples(JsonNode node)
    {
        var copy = node.DeepClone();
        copy.AsObject().Remove("elapsedMs");
        foreach (var theme in copy["themes"]?.AsArray() ?? [])
            theme!.AsObject().Remove("examples");
        return copy;
    }

    private async Task<string> SnapshotAsync(ErasureScenario scenario)
    {
        var id = scenario.Return.ReturnId;
        var documents = _api.Get<IDocumentStore>();
        var kinds = new[] { CustomsPaperBuilder.CommercialInvoiceKind, CustomsPaperBuilder.PackingListKind, CreditNoteContent.DocumentKind };
        var pdfs = await Task.WhenAll(kinds.Select(async k => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData((await documents.GetAsync(id, k))!.Content))));
        return JsonSerializer.Serialize(new
        {
            order = await _api.Get<IOrderStore>().GetAsync(scenario.Order.OrderNumber),
            record = await _api.Get<IReturnStore>().GetAsync(id),
            facts = await _api.Get<IAnalyticsStore>().GetFactsAsync(id),
            pdfs,
        });
    }
}
