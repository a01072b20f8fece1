namespace Returns.Tests.Browser;

/// <summary>
/// The "browser" test collection: every class marked <c>[Collection(BrowserCollection.Name)]</c> shares one
/// <see cref="BrowserFixture"/> (one local host process, one Chromium), and its tests run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
