using System.Net;
using System.Text;
using Returns.Api.Pages;
using Xunit.Abstractions;

namespace Returns.Tests.Security;

/// <summary>
/// The local host over HTTP: every kind of answer (pages, message pages, JSON, problems of handlers and of the framework,
/// PDFs, SVG, scripts, styles, redirects) carries the security headers; pages allow only their own inline scripts, by
/// hash; no HSTS on plain HTTP.
/// </summary>
[Collection(SecurityHostCollection.Name)]
public sealed class SecurityHeadersEndToEndTests(SecurityHostFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryKindOfAnswer_CarriesTheSecurityHeaders()
    {
        var anna = fixture.Anna;
        var big = new byte[Returns.Api.Http.RequestBody.MaxBytes + 10];
        var requests = new (string What, HttpMethod Method, string Path, byte[]? Body, bool Admin, string? ContentType, int Status)[]
        {
            ("portal page", HttpMethod.Get, "/portal", null, false, null, 200),
            ("portal page in Chinese", HttpMethod.Get, "/portal?lang=zh-TW", null, false, null, 200),
            ("merchant page", HttpMethod.Get, "/merchant", null, false, null, 200),
            ("admin page", HttpMethod.Get, "/admin", null, false, null, 200),
            ("dev outbox page", HttpMethod.Get, "/dev/outbox", null, false, null, 200),
            ("redirect to the portal", HttpMethod.Get, "/", null, false, null, 302),
            ("script", HttpMethod.Get, "/assets/returns-ui.js", null, false, null, 200),
            ("styles", HttpMethod.Get, "/assets/returns-ui.css", null, false, null, 200),
            ("portal text", HttpMethod.Get, "/assets/i18n/ja", null, false, null, 200),
            ("health", HttpMethod.Get, "/api/health", null, false, null, 200),
            ("OpenAPI", HttpMethod.Get, "/api/openapi.json", null, false, null, 200),
            ("merchant JSON", HttpMethod.Get, "/api/admin/returns", null, true, null, 200),
            ("merchant CSV", HttpMethod.Get, "/api/admin/stock?format=csv", null, true, null, 200),
            ("customer JSON", HttpMethod.Get, $"/api/returns/{anna.ReturnId}?{anna.TokenQuery}", null, false, null, 200),
            ("label PDF", HttpMethod.Get, $"/api/returns/{anna.ReturnId}/label?{anna.TokenQuery}", null, false, null, 200),
            ("customs PDF", HttpMethod.Get, $"/api/returns/{anna.ReturnId}/documents/commercial-invoice?{anna.TokenQuery}", null, false, null, 200),
            ("QR code SVG", HttpMethod.Get, $"/api/returns/{anna.ReturnId}/qr?{anna.TokenQuery}", null, false, null, 200),
            ("confirmation message page (forged link)", HttpMethod.Get, "/api/returns/confirm?token=forged", null, false, null, 400),
            ("401 problem", HttpMethod.Get, "/api/admin/returns", null, false, null, 401),
            ("404 problem of a handler", HttpMethod.Get, "/api/returns/RT-00000000?email=x%40example.org", null, false, null, 404),
            ("404 problem of the framework", HttpMethod.Get, "/api/nothing-here", null, false, null, 404),
            ("405 problem of the framework", HttpMethod.Delete, "/api/health", null, false, null, 405),
            ("400 problem", HttpMethod.Post, "/api/portal/lookup", Encoding.UTF8.GetBytes("{ nope"), false, "application/json", 400),
            ("415 problem", HttpMethod.Post, "/api/orders", Encoding.UTF8.GetBytes("<order/>"), true, "application/xml", 415),
            ("413 problem", HttpMethod.Post, "/api/portal/lookup", big, false, "application/json", 413),
            ("401 problem of a webhook", HttpMethod.Post, "/api/carriers/generic/events", Encoding.UTF8.GetBytes("{}"), false, "application/json", 401),
        };

        var failures = new List<string>();
        foreach (var (what, method, path, body, admin, contentType, status) in requests)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType!);
            }

            if (admin)
                request.Headers.Add("x-api-key", Returns.Tests.EndToEnd.LocalHostProcess.AdminApiKey);
            using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Host.BaseAddress };
            using var response = await noRedirects.SendAsync(request);
            if ((int)response.StatusCode != status)
                failures.Add($"{what}: {(int)response.StatusCode}, expected {status}");
            failures.AddRange(SecurityHeaderExpectations.Problems(response).Select(p => $"{what} ({path}): {p}"));
            output.WriteLine($"{(int)response.StatusCode} {response.Content.Headers.ContentType} {what}");
        }

        Assert.True(failures.Count == 0, "Answers without the right security headers:\n" + string.Join('\n', failures));
    }

    [Theory]
    [InlineData("/portal", "portal.html")]
    [InlineData("/admin", "admin.html")]
    [InlineData("/merchant", "admin.html")]
    [InlineData("/dev/outbox", "outbox.html")]
    public async Task Pages_AllowExactlyTheirOwnInlineScriptsByHash(string path, string page)
    {
        using var response = await fixture.Host.Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var policy = string.Join(", ", response.Headers.GetValues("Content-Security-Policy"));
        var hashes = InlineScripts.Sha256Hashes(html);

        Assert.NotEmpty(hashes);
        Assert.All(hashes, h => Assert.Contains($"'sha256-{h}'", policy, StringComparison.Ordinal));
        Assert.Equal(hashes.Count, policy.Split("'sha256-").Length - 1);
        Assert.Equal(PageHandlers.PolicyOf(page), policy);
    }
}
