namespace Returns.Tests.Browser;

/// <summary>The device a browser test page emulates (see <see cref="BrowserFixture.NewPageAsync"/>).</summary>
public enum BrowserProfile
{
    /// <summary>A phone: 390 x 844 CSS pixels, device scale factor 2, mobile viewport, touch.</summary>
    Phone,

    /// <summary>A laptop screen: 1366 x 900 CSS pixels, scale factor 1, mouse.</summary>
    Desktop,
}
