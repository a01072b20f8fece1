using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Returns.Api.Handlers;
using Returns.Orchestrations.Compliance;

namespace Returns.Tests.Api;

public sealed class PolicyHandlersTests : IDisposable
{
    private readonly ApiHarness _api = new();

    private ComplianceHandlers Handlers => _api.Get<ComplianceHandlers>();

    public void Dispose() => _api.Dispose();

    private Task<ApiResponse> GetPolicyAsync(bool adminKey = true, string? key = null)
    {
        var context = _api.Context(adminKey: adminKey, headers: key is null ? null : new Dictionary<string, string> { ["x-api-key"] = key });
        return ApiHarness.RunAsync(context, Handlers.GetPolicyAsync(context.Request, CancellationToken.None));
    }

    private Task<ApiResponse> PutPolicyAsync(object body, bool adminKey = true) =>
        PutPolicyRawAsync(JsonSerializer.Serialize(body, Returns.Api.Http.ApiJson.Options), adminKey);

    private Task<ApiResponse> PutPolicyRawAsync(string body, bool adminKey = true)
    {
        var context = _api.Context("PUT", body, adminKey: adminKey);
        return ApiHarness.RunAsync(context, Handlers.PutPolicyAsync(context.Request, CancellationToken.None));
    }

    private Task<ApiResponse> RulesAsync(bool adminKey = true)
    {
        var context = _api.Context(adminKey: adminKey);
        return ApiHarness.RunAsync(context, Task.FromResult(Handlers.GetRules(context.Request)));
    }

    private Task<ApiResponse> ReloadAsync(bool adminKey = true)
    {
        var context = _api.Context("POST", adminKey: adminKey);
        return ApiHarness.RunAsync(context, Task.FromResult(Handlers.Reload(context.Request)));
    }

    private static string[] LawNotes(ApiResponse response) =>
        response.Json.GetProperty("lawNotes").EnumerateArray().Select(n => n.GetString()!).ToArray();

    // ---- 401 ------------------------------------------------------------------------------

    [Fact]
    public async Task GetPolicy_WithoutApiKey_Returns401()
    {
        var response = await GetPolicyAsync(adminKey: false);

        Assert.Equal(401, response.Status);
        Assert.Contains("x-api-key", response.Detail);
    }

    [Fact]
    public async Task GetPolicy_WrongApiKey_Returns401()
    {
        var response = await GetPolicyAsync(adminKey: false, key: ApiHarness.AdminKey + "x");

        Assert.Equal(401, response.Status);
        Assert.DoesNotContain("defaultWindowDays", response.Body);
    }

    [Fact]
    public async Task PutPolicy_WithoutApiKey_Returns401AndChangesNothing()
    {
        var response = await PutPolicyAsync(new { defaultWindowDays = 5 }, adminKey: false);

        Assert.Equal(401, response.Status);
        Assert.Equal(30, (await GetPolicyAsync()).Json.GetProperty("defaultWindowDays").GetInt32());
    }

    [Fact]
    public async Task ComplianceRoutes_WithoutApiKey_Return401()
    {
        var rules = await RulesAsync(adminKey: false);
        var reload = await ReloadAsync(adminKey: false);

        Assert.Equal(401, rules.Status);
        Assert.Equal(401, reload.Status);
        Assert.DoesNotContain("EU-CRD-withdrawal", rules.Body);
    }

    // ---- GET ------------------------------------------------------------------------------

    [Fact]
    public async Task GetPolicy_NothingSaved_ReturnsTheConfiguredDefaultsWithLawNotes()
    {
        var response = await GetPolicyAsync();

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
        var json = response.Json;
        Assert.Equal(30, json.GetProperty("defaultWindowDays").GetInt32());
        Assert.Equal(["final_sale"], json.GetProperty("finalSaleTags").EnumerateArray().Select(t => t.GetString()));
        Assert.True(json.GetProperty("policyDisplayed").GetBoolean());
        Assert.Equal("merchant", json.GetProperty("returnPostagePaidBy").GetString());
        Assert.Equal(0, json.GetProperty("restockingFeePercent").GetInt32());
        Assert.Equal(JsonValueKind.Object, json.GetProperty("markets").ValueKind);
        Assert.Equal(JsonValueKind.Object, json.GetProperty("categories").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("updatedAt").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("lawNotes").ValueKind);
        // Nothing in the defaults takes a fee the law forbids or hides the policy.
        Assert.DoesNotContain(LawNotes(response), n => n.Contains("restocking", StringComparison.Ordinal) || n.Contains("not displayed", StringComparison.Ordinal));
    }

    // ---- PUT ------------------------------------------------------------------------------

    [Fact]
    public async Task PutPolicy_PartialUpdate_KeepsOtherFieldsAndIsReturnedByTheNextGet()
    {
        var response = await PutPolicyAsync(new
        {
            restockingFeePercent = 5,
            markets = new Dictionary<string, object> { ["gb"] = new { windowDays = 45 } },
            categories = new Dictionary<string, object> { ["swimwear"] = new { finalSale = true } },
        });

        Assert.Equal(200, response.Status);
        var put = response.Json;
        Assert.Equal(5, put.GetProperty("restockingFeePercent").GetInt32());
        Assert.Equal(30, put.GetProperty("defaultWindowDays").GetInt32());
        Assert.Equal(["final_sale"], put.GetProperty("finalSaleTags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("merchant", put.GetProperty("returnPostagePaidBy").GetString());
        Assert.True(put.GetProperty("policyDisplayed").GetBoolean());
        Assert.Equal(45, put.GetProperty("markets").GetProperty("GB").GetProperty("windowDays").GetInt32());
        Assert.True(put.GetProperty("categories").GetProperty("swimwear").GetProperty("finalSale").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, put.GetProperty("updatedAt").ValueKind);

        var get = (await GetPolicyAsync()).Json;
        Assert.Equal(5, get.GetProperty("restockingFeePercent").GetInt32());
        Assert.Equal(30, get.GetProperty("defaultWindowDays").GetInt32());
        Assert.Equal(45, get.GetProperty("markets").GetProperty("GB").GetProperty("windowDays").GetInt32());
        Assert.Equal(put.GetProperty("updatedAt").GetDateTimeOffset(), get.GetProperty("updatedAt").GetDateTimeOffset());

        var second = (await PutPolicyAsync(new { defaultWindowDays = 21, finalSaleTags = new[] { " clearance ", "final_sale", "CLEARANCE" } })).Json;
        Assert.Equal(21, second.GetProperty("defaultWindowDays").GetInt32());
        Assert.Equal(5, second.GetProperty("restockingFeePercent").GetInt32());
        Assert.Equal(["clearance", "final_sale"], second.GetProperty("finalSaleTags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(45, second.GetProperty("markets").GetProperty("GB").GetProperty("windowDays").GetInt32());
    }

    [Theory]
    [InlineData("""{ "returnPostageFee": 777, "defaultWindowDays": -1 }""", "defaultWindowDays")]
    [InlineData("""{ "returnPostageFee": 777, "defaultWindowDays": 3651 }""", "defaultWindowDays")]
    [InlineData("""{ "returnPostageFee": 777, "restockingFeePercent": 101 }""", "restockingFeePercent")]
    [InlineData("""{ "returnPostageFee": 777, "returnPostagePaidBy": "shop" }""", "returnPostagePaidBy")]
    [InlineData("""{ "returnPostageFee": -1 }""", "returnPostageFee")]
    [InlineData("""{ "returnPostageFee": 777, "markets": { "Germany": { "windowDays": 14 } } }""", "markets key Germany")]
    [InlineData("""{ "returnPostageFee": 777, "markets": { "DE": { "windowDays": 99999 } } }""", "markets.DE.windowDays")]
    [InlineData("""{ "returnPostageFee": 777, "markets": { "DE": { "restockingFeePercent": -5 } } }""", "markets.DE.restockingFeePercent")]
    [InlineData("""{ "returnPostageFee": 777, "markets": { "US-CA": { "returnPostagePaidBy": "nobody" } } }""", "markets.US-CA.returnPostagePaidBy")]
    [InlineData("""{ "returnPostageFee": 777, "categories": { "": { "windowDays": 10 } } }""", "categories keys")]
    [InlineData("""{ "returnPostageFee": 777, "categories": { "apparel": { "windowDays": -3 } } }""", "categories.apparel.windowDays")]
    [InlineData("""{ "returnPostageFee": 777, "finalSaleTags": [ "final_sale", "" ] }""", "finalSaleTags")]
    [InlineData("""{ "returnPostageFee": 777, "defaultWindowDays": "seven" }""", "defaultWindowDays")]
    [InlineData("""{ "returnPostageFee": 777, "defaultWindowDays": """, "JSON")]
    public async Task PutPolicy_InvalidField_Returns400NamingItAndKeepsTheStoredPolicy(string body, string field)
    {
        Assert.Equal(200, (await PutPolicyAsync(new { defaultWindowDays = 21, returnPostageFee = 250 })).Status);
        var before = await GetPolicyAsync();

        var response = await PutPolicyRawAsync(body);

        Assert.Equal(400, response.Status);
        Assert.Contains(field, response.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response.Body);
        var after = await GetPolicyAsync();
        Assert.Equal(before.Body, after.Body);
        Assert.Equal(21, after.Json.GetProperty("defaultWindowDays").GetInt32());
        Assert.Equal(250, after.Json.GetProperty("returnPostageFee").GetInt64());
    }

    [Fact]
    public async Task PutPolicy_SameMarketTwiceInDifferentCase_Returns400()
    {
        // "de" and "DE" are two keys of the JSON object but one market once normalised.
        var response = await PutPolicyRawAsync("""{ "markets": { "de": { "windowDays": 20 }, "DE": { "windowDays": 40 } } }""");

        Assert.Equal(400, response.Status);
        Assert.Contains("DE", response.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(30, (await GetPolicyAsync()).Json.GetProperty("defaultWindowDays").GetInt32());
    }

    [Fact]
    public async Task PutPolicy_RestockingFee_LawNotesSayTheEuAndGermanRightsAllowNone()
    {
        var response = await PutPolicyAsync(new { restockingFeePercent = 10 });

        Assert.Equal(200, response.Status);
        Assert.Equal(10, response.Json.GetProperty("restockingFeePercent").GetInt32());
        var notes = LawNotes(response);
        Assert.Contains("DE: no restocking fee is deducted from returns under The German right of withdrawal.", notes);
        Assert.Contains("EU: no restocking fee is deducted from returns under The EU right of withdrawal.", notes);
        Assert.Equal(notes, LawNotes(await GetPolicyAsync()));
    }

    [Fact]
    public async Task PutPolicy_RestockingFeeWaivedForTheEuMarkets_NoLongerNotedThere()
    {
        var response = await PutPolicyAsync(new
        {
            restockingFeePercent = 10,
            markets = new Dictionary<string, object> { ["EU"] = new { restockingFeePercent = 0 }, ["DE"] = new { restockingFeePercent = 0 } },
        });

        var notes = LawNotes(response);
        Assert.DoesNotContain(notes, n => n.StartsWith("DE:", StringComparison.Ordinal) && n.Contains("restocking", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, n => n.StartsWith("EU:", StringComparison.Ordinal) && n.Contains("restocking", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("CN:", StringComparison.Ordinal) && n.Contains("restocking", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PutPolicy_EuOverrideMeetsTheLaw_NoNoteForGermanyWhichInheritsIt()
    {
        // German customers are looked up as DE, then EU: the EU override gives them 14 days and no fee.
        var response = await PutPolicyAsync(new
        {
            defaultWindowDays = 7,
            restockingFeePercent = 10,
            markets = new Dictionary<string, object> { ["EU"] = new { windowDays = 14, restockingFeePercent = 0 } },
        });

        var notes = LawNotes(response);
        Assert.DoesNotContain(notes, n => n.StartsWith("EU:", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, n => n.StartsWith("DE:", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("CN:", StringComparison.Ordinal) && n.Contains("restocking", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PutPolicy_PolicyNotDisplayed_LawNotesNameJapansDefaultRightAndTheEuExtension()
    {
        var response = await PutPolicyAsync(new { policyDisplayed = false });

        Assert.Equal(200, response.Status);
        Assert.False(response.Json.GetProperty("policyDisplayed").GetBoolean());
        var notes = LawNotes(response);
        Assert.Contains(notes, n => n.StartsWith("JP: the policy is not displayed", StringComparison.Ordinal)
            && n.Contains("Japan's statutory 8-day return right", StringComparison.Ordinal) && n.Contains("8 days", StringComparison.Ordinal));
        Assert.Contains("EU: the policy is not displayed, so The EU right of withdrawal runs 12 months longer.", notes);
        Assert.Contains("DE: the policy is not displayed, so The German right of withdrawal runs 12 months longer.", notes);
    }

    [Fact]
    public async Task PutPolicy_ShortWindow_LawNotesSayTheEuRightGivesFourteenDays()
    {
        var response = await PutPolicyAsync(new { defaultWindowDays = 7 });

        var notes = LawNotes(response);
        Assert.Contains(notes, n => n.StartsWith("DE:", StringComparison.Ordinal) && n.Contains("gives 14 days", StringComparison.Ordinal) && n.Contains("gives 7", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("EU:", StringComparison.Ordinal) && n.Contains("gives 14 days", StringComparison.Ordinal));
    }

    // ---- rules ----------------------------------------------------------------------------

    [Fact]
    public async Task GetRules_ListsMarketsWithTheirRightsAndSources()
    {
        var response = await RulesAsync();

        Assert.Equal(200, response.Status);
        var json = response.Json;
        var markets = json.GetProperty("markets").EnumerateArray().ToDictionary(m => m.GetProperty("market").GetString()!);
        Assert.Superset(new HashSet<string> { "EU", "DE", "JP", "US-CA", "TW", "CN" }, markets.Keys.ToHashSet());
        Assert.Equal("EU", markets["DE"].GetProperty("parent").GetString());
        var withdrawal = markets["EU"].GetProperty("rights").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "EU-CRD-withdrawal");
        Assert.Equal(14, withdrawal.GetProperty("windowDays").GetInt32());
        Assert.Contains("S1", withdrawal.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.All(markets.Values.SelectMany(m => m.GetProperty("rights").EnumerateArray()),
            r => Assert.NotEmpty(r.GetProperty("sources").EnumerateArray()));
        var sources = json.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains("S1", sources);
        Assert.Contains("S9", sources);
        Assert.Equal(_api.Get<ComplianceRules>().Current.Manifest.Version, json.GetProperty("version").GetString());
        Assert.NotEmpty(json.GetProperty("customs").EnumerateArray());
    }

    [Fact]
    public async Task Reload_Returns200WithTheVersionAndCounts()
    {
        var response = await ReloadAsync();

        Assert.Equal(200, response.Status);
        var json = response.Json;
        var book = _api.Get<ComplianceRules>().Current;
        Assert.Equal(book.Manifest.Version, json.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("version").GetString()));
        Assert.Equal(book.Markets.Count(), json.GetProperty("markets").GetInt32());
        Assert.True(json.GetProperty("markets").GetInt32() >= 4);
        Assert.True(json.GetProperty("customs").GetInt32() >= 1);
    }
}
