using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Returns.Tests.Browser;

/// <summary>The customer portal opens in a real browser on a phone and a desktop, shows its lookup form, and passes axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalSmokeBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(BrowserProfile.Phone)]
    [InlineData(BrowserProfile.Desktop)]
    public async Task Portal_ShowsLookupForm_WithNoSeriousAccessibilityViolations(BrowserProfile profile)
    {
        var page = await browser.NewPageAsync(profile, "en-US,en;q=0.9");
        try
        {
            output.WriteLine($"fixture start-up (host + Chromium): {browser.StartupTime.TotalSeconds:0.0} s");
            var scriptErrors = new List<string>();
            page.PageError += (_, error) => scriptErrors.Add(error);

            var response = await page.GotoAsync("/portal");
            Assert.NotNull(response);
            Assert.Equal(200, response.Status);
            await page.Locator("#lookup-form").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 15_000 });

            // The screenshot first, so it is there to look at when a check below fails.
            output.WriteLine("screenshot: " + await Screenshots.SaveAsync(page, $"portal-smoke-lookup-{profile}-en"));
            var violations = await AxeCheck.AssertNoSeriousViolationsAsync(page, $"/portal, lookup form ({profile})");
            output.WriteLine(violations.Count == 0 ? "axe: no violations" : AxeCheck.Describe(violations, "axe (minor or moderate, not failed on):"));
            Assert.True(scriptErrors.Count == 0, "The portal threw script errors:\n" + string.Join('\n', scriptErrors));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
