using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Returns.Tests.Security;

/// <summary>
/// Two customers on the local host: every customer-facing read of one customer's return or order with the other's
/// email, the other's signed link, a guessed or a neighbouring return id answers exactly what a return that does not
/// exist answers (status, headers, body bar the trace id), and nothing of the first customer shows in it.
/// </summary>
[Collection(SecurityHostCollection.Name)]
public sealed partial class PortalIsolationEndToEndTests(SecurityHostFixture fixture, ITestOutputHelper output)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private HttpClient Http => fixture.Host.Http;

    public static TheoryData<string> Reads => new() { "", "/label", "/qr", "/documents/commercial-invoice", "/documents/packing-list", "/documents/label" };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task ReturnRead_OtherCustomersEmailTokenOrAGuessedId_SameAnswerAsANonexistentReturn(string read)
    {
        var (anna, mei) = (fixture.Anna, fixture.MeiLing);
        var unknown = "RT-" + RandomId();
        var neighbour = Neighbour(anna.ReturnId);

        // Her own, for contrast: the reads work.
        using (var own = await Http.GetAsync($"/api/returns/{anna.ReturnId}{read}?{anna.TokenQuery}"))
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        var reference = await ReadAsync($"/api/returns/{unknown}{read}?{mei.EmailQuery}");
        Assert.Equal(404, reference.Status);
        var probes = new Dictionary<string, string>
        {
            ["Anna's return with Mei-Ling's email"] = $"/api/returns/{anna.ReturnId}{read}?{mei.EmailQuery}",
            ["Anna's return with Mei-Ling's link"] = $"/api/returns/{anna.ReturnId}{read}?{mei.TokenQuery}",
            ["Anna's return with no email"] = $"/api/returns/{anna.ReturnId}{read}",
            ["Anna's return with Mei-Ling's email in capitals and spaces"] = $"/api/returns/{anna.ReturnId}{read}?email={Uri.EscapeDataString(" " + mei.Email.ToUpperInvariant() + " ")}",
            ["a neighbouring id with Anna's email"] = $"/api/returns/{neighbour}{read}?{anna.EmailQuery}",
            ["a neighbouring id with Anna's link"] = $"/api/returns/{neighbour}{read}?{anna.TokenQuery}",
            ["an unknown id with Anna's email"] = $"/api/returns/{unknown}{read}?{anna.EmailQuery}",
            ["Anna's order number as a return id"] = $"/api/returns/{anna.OrderNumber}{read}?{anna.EmailQuery}",
        };
        foreach (var (what, path) in probes)
        {
            var answer = await ReadAsync(path);
            Assert.True(reference.Same(answer), $"{what} answered differently from a return that does not exist:\n{answer}\nvs\n{reference}");
            AssertRevealsNothingOf(anna, answer, what);
        }
    }

    [Fact]
    public async Task Lookup_OtherCustomersEmail_SameAnswerAsAnUnknownOrder()
    {
        var (anna, mei) = (fixture.Anna, fixture.MeiLing);
        var reference = await PostAsync("/api/portal/lookup", mei.Email, "TW-E2E-" + RandomId());
        Assert.Equal(404, reference.Status);

        foreach (var (what, email, order) in new[]
        {
            ("Anna's order with Mei-Ling's email", mei.Email, anna.OrderNumber),
            ("Anna's order with a made-up email", "anna@example.org", anna.OrderNumber),
            ("Anna's order by its digits with Mei-Ling's email", mei.Email, anna.OrderNumber.Replace("TW-E2E-", "", StringComparison.Ordinal)),
        })
        {
            var answer = await PostAsync("/api/portal/lookup", email, order);
            Assert.True(reference.Same(answer), $"{what} answered differently from an unknown order:\n{answer}\nvs\n{reference}");
            AssertRevealsNothingOf(anna, answer, what);
        }
    }

    [Fact]
    public async Task CreateReturnAndPhoto_OtherCustomersEmail_SameAnswerAsAnUnknownOrder_AndNothingCreated()
    {
        var (anna, mei) = (fixture.Anna, fixture.MeiLing);
        var reference = await PostAsync("/api/returns", mei.Email, "TW-E2E-" + RandomId());
        var answer = await PostAsync("/api/returns", mei.Email, anna.OrderNumber);
        Assert.Equal(404, reference.Status);
        Assert.True(reference.Same(answer), $"A return on Anna's order with Mei-Ling's email:\n{answer}\nvs\n{reference}");
        AssertRevealsNothingOf(anna, answer, "create return");

        using var photo = new MultipartFormDataContent
        {
            { new StringContent(mei.Email), "email" },
            { new StringContent(anna.OrderNumber), "orderNumber" },
            { new ByteArrayContent(Photos.PngSamples.Clean()) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "photo", "p.png" },
        };
        using var uploaded = await Http.PostAsync("/api/portal/photos", photo);
        Assert.Equal(HttpStatusCode.NotFound, uploaded.StatusCode);

        var view = await fixture.Api.GetReturnAsync(anna.ReturnId, anna.Email);
        Assert.Equal("label_issued", view["stage"]!.GetValue<string>()); // still hers, untouched
        using var list = await fixture.Api.SendAsync(HttpMethod.Get, "/api/admin/returns?q=" + Uri.EscapeDataString(anna.OrderNumber), admin: true);
        Assert.Equal(1, (await ReturnsHttpJson(list))["total"]!.GetValue<int>());
    }

    /// <summary>
    /// Prints how long a stranger's guess takes for a real return or order and for none (figures for the README, not a
    /// test of speed: GuestAccessWorkTests holds the work and the minimum time equal).
    /// </summary>
    [Fact]
    public async Task Guesses_RealOrNone_TimesPrinted()
    {
        var (anna, mei) = (fixture.Anna, fixture.MeiLing);
        var times = new Dictionary<string, List<double>>
        {
            ["return read, Anna's return with the wrong email"] = [],
            ["return read, a return that does not exist"] = [],
            ["lookup, Anna's order with the wrong email"] = [],
            ["lookup, an order that does not exist"] = [],
        };
        for (var i = 0; i < 60; i++)
        {
            times["return read, Anna's return with the wrong email"].Add(await TimeAsync(() => Http.GetAsync($"/api/returns/{anna.ReturnId}?{mei.EmailQuery}")));
            times["return read, a return that does not exist"].Add(await TimeAsync(() => Http.GetAsync($"/api/returns/RT-{RandomId()}?{mei.EmailQuery}")));
            times["lookup, Anna's order with the wrong email"].Add(await TimeAsync(() => LookupAsync(mei.Email, anna.OrderNumber)));
            times["lookup, an order that does not exist"].Add(await TimeAsync(() => LookupAsync(mei.Email, "TW-E2E-" + RandomId())));
        }

        foreach (var (what, values) in times)
            output.WriteLine($"404 {what}: median {Percentile(values, 0.5):0.0} ms, p90 {Percentile(values, 0.9):0.0} ms ({values.Count}, interleaved)");
    }

    private Task<HttpResponseMessage> LookupAsync(string email, string orderNumber) =>
        Http.PostAsync("/api/portal/lookup", new StringContent(new JsonObject { ["email"] = email, ["orderNumber"] = orderNumber }.ToJsonString(), Encoding.UTF8, "application/json"));

    internal sealed record Answer(int Status, string? ContentType, string Body, string Headers)
    {
        public bool Same(Answer other) => Status == other.Status && ContentType == other.ContentType && Body == other.Body && Headers == other.Headers;

        public override string ToString() => $"{Status} {ContentType}\n{Headers}\n{Body}";
    }

    private async Task<Answer> ReadAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return await AnswerOf(response);
    }

    private async Task<Answer> PostAsync(string path, string email, string orderNumber)
    {
        var body = path == "/api/returns"
            ? Returns.Tests.EndToEnd.ReturnsHttp.ReturnRequest(orderNumber, email)
            : new JsonObject { ["email"] = email, ["orderNumber"] = orderNumber };
        using var response = await Http.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        return await AnswerOf(response);
    }

    /// <summary>The answer without what differs on every request anyway (trace id, date).</summary>
    private static async Task<Answer> AnswerOf(HttpResponseMessage response)
    {
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is not "Date")
            .OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .Select(h => $"{h.Key}: {string.Join(",", h.Value)}");
        var body = TraceId().Replace(await response.Content.ReadAsStringAsync(), "");
        return new Answer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, string.Join('\n', headers));
    }

    private static void AssertRevealsNothingOf(SecurityCustomer customer, Answer answer, string what)
    {
        var text = answer.Body + answer.Headers;
        foreach (var secret in new[] { customer.Email, customer.Name, customer.OrderNumber, customer.ReturnId, customer.TrackingNumber, "Berlin", "Invalidenstraße" })
            Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{what}: the answer shows {secret}: {text}");
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        using var response = await send();
        await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(List<double> values, double p) => values.Order().ElementAt((int)Math.Min(values.Count - 1, Math.Floor(values.Count * p)));

    private static async Task<JsonObject> ReturnsHttpJson(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    private static string RandomId() =>
        new(Enumerable.Range(0, 8).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)]).ToArray());

    /// <summary>The id one step further in the id alphabet, as someone walking ids would try next.</summary>
    private static string Neighbour(string returnId)
    {
        var last = Alphabet.IndexOf(returnId[^1], StringComparison.Ordinal);
        return returnId[..^1] + Alphabet[(last + 1) % Alphabet.Length];
    }

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
