using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;
using Returns.Tests.EndToEnd;

namespace Returns.Tests.Browser;

/// <summary>
/// What every browser test shares: ONE local host process (<see cref="LocalHostProcess"/>, on the test Azurite that
/// ./test.sh starts) and ONE headless Debian Chromium driven by Microsoft.Playwright. It seeds nothing: tests create
/// their own orders (POST /api/orders with <see cref="LocalHostProcess.AdminApiKey"/>, e.g. through <see cref="Api"/>).
/// </summary>
/// <remarks>
/// Playwright never downloads a browser here: it launches the apt package's <see cref="ChromiumPath"/>, and its node
/// driver comes from the NuGet package (the .playwright folder next to the test assembly). A missing Chromium
/// fails the tests; CI installs it (.ci/run).
/// </remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The locale a page gets when the test names no Accept-Language.</summary>
    public const string DefaultLocale = "en-US";

    /// <summary>Every page's clock zone, so dates render the same on every machine.</summary>
    public const string TimezoneId = "UTC";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private readonly ConcurrentDictionary<IBrowserContext, byte> _contexts = new();
    private LocalHostProcess? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running local host (base address, <see cref="LocalHostProcess.OutputTail"/> for failure messages).</summary>
    public LocalHostProcess Host => _host ?? throw new InvalidOperationException("The browser fixture is not initialised.");

    /// <summary>The host's base address, e.g. http://127.0.0.1:41234/ (pages resolve relative URLs against it).</summary>
    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>An HttpClient on <see cref="BaseAddress"/> for setting up data behind the browser's back.</summary>
    public HttpClient Http => Host.Http;

    /// <summary>The HTTP contract helpers the end-to-end tests use (orders, returns, carrier scans, admin key).</summary>
    internal ReturnsHttp Api => new(Host);

    /// <summary>The host's local outbox (the emails it would have sent).</summary>
    public OutboxReader Outbox => new(Host.Http);

    /// <summary>The shared Chromium.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser fixture is not initialised.");

    /// <summary>How long starting the host and the browser took (for the report of a slow run).</summary>
    public TimeSpan StartupTime { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"Chromium was not found at {ChromiumPath}. The browser tests drive Debian's chromium package and never " +
                "download a browser: install it with `apt-get install chromium fonts-wqy-zenhei` (.ci/run does this in CI).");
        }

        _ = AxeCheck.ScriptPath; // fails early, with the fix in the message, when `npm ci` has not run

        // The driver must never fetch a browser build of its own (there is no network for that here).
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        try
        {
            // Without hubs every return goes direct (or returnless), so the pages show a cross-border return's customs papers.
            _host = await LocalHostProcess.StartAsync(new Dictionary<string, string> { ["RETURNS_ROUTING_DIR"] = RoutingWithoutHubs() });
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = 60_000,
            });
        }
        catch
        {
            await DisposeAsync();
            throw;
        }

        StartupTime = clock.Elapsed;
    }

    /// <summary>The shipped routing files with an empty list of hubs, in a folder of their own.</summary>
    private static string RoutingWithoutHubs()
    {
        var folder = Directory.CreateTempSubdirectory("returns-routing-").FullName;
        var shipped = Path.Combine(AppContext.BaseDirectory, "routing");
        foreach (var file in new[] { "carriers.json", "costs.json" })
            File.Copy(Path.Combine(shipped, file), Path.Combine(folder, file));
        File.WriteAllText(Path.Combine(folder, "hubs.json"), """{ "hubs": [] }""");
        return folder;
    }

    /// <summary>
    /// A new page in a browser context of its own (no cookies or storage shared with other pages) that emulates
    /// <paramref name="profile"/>. With <paramref name="acceptLanguage"/> (e.g. "de-DE,de;q=0.9") every request
    /// sends exactly that Accept-Language header and the browser's locale is its first tag; without it the locale
    /// is <see cref="DefaultLocale"/>. Relative URLs resolve against <see cref="BaseAddress"/>, so
    /// <c>page.GotoAsync("/portal")</c> works. Close it with <c>page.Context.CloseAsync()</c> when done, or leave it
    /// to the fixture, which closes every context it made when the collection ends.
    /// </summary>
    public async Task<IPage> NewPageAsync(BrowserProfile profile, string? acceptLanguage = null, bool acceptDownloads = false)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = LocaleOf(acceptLanguage) ?? DefaultLocale,
            TimezoneId = TimezoneId,
            AcceptDownloads = acceptDownloads,
        };
        if (!string.IsNullOrWhiteSpace(acceptLanguage))
            options.ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = acceptLanguage };

        switch (profile)
        {
            case BrowserProfile.Phone:
                options.ViewportSize = new ViewportSize { Width = 390, Height = 844 };
                options.ScreenSize = new ScreenSize { Width = 390, Height = 844 };
                options.DeviceScaleFactor = 2;
                options.IsMobile = true;
                options.HasTouch = true;
                break;
            case BrowserProfile.Desktop:
                options.ViewportSize = new ViewportSize { Width = 1366, Height = 900 };
                options.ScreenSize = new ScreenSize { Width = 1366, Height = 900 };
                options.DeviceScaleFactor = 1;
                options.IsMobile = false;
                options.HasTouch = false;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unknown browser profile.");
        }

        var context = await Browser.NewContextAsync(options);
        _contexts[context] = 0;
        context.Close += (_, _) => _contexts.TryRemove(context, out byte _);
        try
        {
            return await context.NewPageAsync();
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts.Keys)
        {
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already closed, or the browser is gone; nothing more to clean up.
            }
        }

        _contexts.Clear();
        if (_browser is not null)
        {
            try
            {
                await _browser.CloseAsync();
            }
            catch (PlaywrightException)
            {
            }

            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }
    }

    /// <summary>"zh-TW,zh;q=0.9,en;q=0.8" -> "zh-TW"; null when there is no usable first tag.</summary>
    private static string? LocaleOf(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage))
            return null;
        var first = acceptLanguage.Split(',')[0].Split(';')[0].Trim();
        return first.Length == 0 || first == "*" ? null : first;
    }
}
