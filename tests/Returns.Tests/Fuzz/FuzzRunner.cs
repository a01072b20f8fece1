using System.Globalization;
using System.Text;

namespace Returns.Tests.Fuzz;

/// <summary>
/// Sends fuzz cases one at a time and holds every answer to the rules: never a 5xx; an answer of 4xx is
/// problem+json (or the customer's HTML page, for the email link) and changed nothing, no storage write and no
/// workflow start or event; a body over the limit is refused. After each batch the host's whole stored state is
/// compared with the snapshot before it: every item that changed must have been written by a request that succeeded.
/// </summary>
public sealed class FuzzRunner(FuzzHost host, FuzzWorld world, int seed)
{
    public const int BatchSize = 250;

    private static readonly HashSet<string> HtmlRoutes = ["ConfirmReturn", "PortalPage", "MerchantPage", "AdminPage", "DevOutboxPage"];

    public async Task<IReadOnlyList<FuzzOutcome>> RunAsync(IEnumerable<int> indexes)
    {
        var outcomes = new List<FuzzOutcome>();
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in indexes.Chunk(BatchSize))
        {
            var before = await StorageSnapshot.TakeAsync(host.Tables, host.Blobs);
            var succeeded = new List<string>();
            foreach (var index in batch)
            {
                var outcome = await RunAsync(index);
                outcomes.Add(outcome);
                if (outcome.Status is >= 200 and < 400)
                    succeeded.Add(CaseId(index));
            }

            var after = await StorageSnapshot.TakeAsync(host.Tables, host.Blobs);
            foreach (var id in succeeded)
                allowed.UnionWith(host.Writes.WritesOf(id).SelectMany(w => w.Keys));
            var unexplained = after.ChangedSince(before).Where(item => !Explained(item, allowed)).ToList();
            if (unexplained.Count > 0)
            {
                outcomes.Add(new FuzzOutcome(batch[0], "(batch)", 0, $"cases {batch[0]}..{batch[^1]}",
                    $"stored state changed without a successful request: {string.Join(", ", unexplained.Take(10))}", ""));
            }
        }

        var orphans = host.Writes.Writes.Where(w => w.CaseId is null).ToList();
        if (orphans.Count > 0)
            outcomes.Add(new FuzzOutcome(-1, "(none)", 0, "", $"storage writes outside any request: {string.Join("; ", orphans.Take(5))}", ""));
        return outcomes;
    }

    public string CaseId(int index) => string.Create(CultureInfo.InvariantCulture, $"{seed}:{index}");

    private async Task<FuzzOutcome> RunAsync(int index)
    {
        var request = FuzzCases.Build(seed, index, world);
        var id = CaseId(index);
        int status;
        string? contentType;
        string answer;
        try
        {
            using var message = request.ToMessage(id);
            using var response = await host.Client.SendAsync(message);
            status = (int)response.StatusCode;
            contentType = response.Content.Headers.ContentType?.MediaType;
            var bytes = await response.Content.ReadAsByteArrayAsync();
            answer = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 600));
        }
        catch (HttpRequestException e) when (request.Oversize)
        {
            // The server may close the connection on a body it will not read to the end; the client sees that
            // rather than the 413 when it was still sending. Nothing was accepted either way.
            return new FuzzOutcome(index, request.Route.Name, 0, request.Describe(), null, "connection closed: " + e.Message);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            return Fail(index, request, 0, "", $"no answer: {e.GetType().Name}: {e.Message} {e.InnerException?.Message} {e.InnerException?.InnerException?.Message}");
        }

        string? failure = null;
        var writes = host.Writes.WritesOf(id);
        var calls = host.WorkflowCalls.Where(c => c.CaseId == id).Select(c => c.Call).ToList();
        var errors = host.Errors.Where(e => e.CaseId == id).Select(e => e.Error).ToList();
        if (status >= 500)
            failure = $"answered {status}" + (errors.Count > 0 ? $"; logged: {Short(errors[0], 1500)}" : "");
        else if (status >= 400 && writes.Count > 0)
            failure = $"answered {status} but wrote to storage: {string.Join("; ", writes.Take(5))}";
        else if (status >= 400 && calls.Count > 0)
            failure = $"answered {status} but called the workflow: {string.Join("; ", calls.Take(5))}";
        else if (status >= 400 && !HtmlRoutes.Contains(request.Route.Name) && contentType != "application/problem+json" && !RefusedByServer(status, contentType, answer))
            failure = $"answered {status} as {contentType ?? "(no content type)"}, not problem+json";
        else if (request.Oversize && !request.Chunked && status is not (413 or 404 or 405) && !RefusedByServer(status, contentType, answer))
            failure = $"a body of {request.Body!.Length} bytes (over the limit) answered {status}, not 413";
        else if (request.Oversize && status is >= 200 and < 300 && request.JsonBody && request.Method == request.Route.Method)
            failure = $"a body of {request.Body!.Length} bytes (over the limit) was accepted ({status})";
        return failure is null ? new FuzzOutcome(index, request.Route.Name, status, "", null, "") : Fail(index, request, status, answer, failure);
    }

    /// <summary>
    /// Kestrel's own answer to a request it will not hand to the app at all (400 for a path with an encoded NUL, 414 for
    /// a URL over its limit, 431 for headers over theirs): an empty body, written before any of our code runs.
    /// </summary>
    private static bool RefusedByServer(int status, string? contentType, string answer) =>
        status is 400 or 414 or 431 && contentType is null && answer.Length == 0;

    private static FuzzOutcome Fail(int index, FuzzRequest request, int status, string answer, string failure) =>
        new(index, request.Route.Name, status, request.Describe(), failure, answer);

    private static bool Explained(string item, HashSet<string> allowed) =>
        allowed.Contains(item) || allowed.Contains(item[..(item.IndexOf('/', StringComparison.Ordinal) + 1)] + "*");

    private static string Short(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    /// <summary>The answers by route and status class, and how many cases were accepted (most must be refused).</summary>
    public static string Summary(IReadOnlyList<FuzzOutcome> outcomes)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"route",-28} {"cases",6} {"2xx",6} {"3xx",5} {"4xx",6} {"413",5} {"415",5} {"5xx",5} {"none",5}");
        foreach (var group in outcomes.Where(o => o.Index >= 0 && o.Route[0] != '(').GroupBy(o => o.Route).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int Count(Func<int, bool> match) => group.Count(o => match(o.Status));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{group.Key,-28} {group.Count(),6} {Count(s => s is >= 200 and < 300),6} {Count(s => s is >= 300 and < 400),5} {Count(s => s is >= 400 and < 500),6} {Count(s => s == 413),5} {Count(s => s == 415),5} {Count(s => s >= 500),5} {Count(s => s == 0),5}");
        }

        return text.ToString();
    }

    public static string Describe(FuzzOutcome o, int seed) =>
        $"case {o.Index} ({o.Route}): {o.Failure}\n  request: {o.Request}\n  answer: {Short(o.Answer, 400)}\n" +
        $"  replay: RETURNS_FUZZ_SEED={seed} RETURNS_FUZZ_CASE={o.Index} dotnet test tests/Returns.Tests/Returns.Tests.csproj --filter FullyQualifiedName~ApiFuzzTests";

}
