using Returns.Adapters.Storage;

namespace Returns.Tests.Adapters;

public class BlobPhotoStoreTests
{
    private readonly ManualClock _clock = new(AdapterSamples.Placed.AddDays(10));
    private readonly BlobPhotoStore _store;

    public BlobPhotoStoreTests() => _store = new BlobPhotoStore(AzuriteStorage.NewStorage(), _clock);

    [Fact]
    public async Task GetAsync_SavedPhoto_ReturnsBytesTypeOrderAndTime()
    {
        var orderNumber = AdapterSamples.NewOrderNumber();
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xDA, 1, 2, 3, 0xFF, 0xD9];

        var photoId = await _store.SaveAsync(" #" + orderNumber.ToLowerInvariant() + " ", jpeg, "image/jpeg");
        var photo = await _store.GetAsync(photoId);

        Assert.NotNull(photo);
        Assert.Equal(photoId, photo.PhotoId);
        Assert.Equal(orderNumber, photo.OrderNumber);
        Assert.Equal("image/jpeg", photo.ContentType);
        Assert.Equal(jpeg, photo.Content);
        Assert.Equal(_clock.Now, photo.CreatedAt);
    }

    [Fact]
    public async Task SaveAsync_SamePhotoTwice_GivesDistinctUrlSafeIds()
    {
        var orderNumber = AdapterSamples.NewOrderNumber();

        var first = await _store.SaveAsync(orderNumber, [1], "image/png");
        var second = await _store.SaveAsync(orderNumber, [1], "image/png");

        Assert.NotEqual(first, second);
        Assert.All([first, second], id =>
        {
            Assert.True(id.Length >= 22, id);
            Assert.Matches("^[A-Za-z0-9_-]+$", id);
        });
    }

    [Fact]
    public async Task GetAsync_OrderNumberWithNonAsciiCharacters_RoundTrips()
    {
        var orderNumber = "ÄÖ-" + AzuriteStorage.Unique();

        var photo = await _store.GetAsync(await _store.SaveAsync(orderNumber, [7], "image/webp"));

        Assert.Equal(orderNumber, photo!.OrderNumber);
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await _store.GetAsync("AAAAAAAAAAAAAAAAAAAAAA"));
        Assert.Null(await _store.GetAsync(Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_')));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("../documents/RT-1/label")]
    [InlineData("AAAAAAAAAAAAAAAAAAAA/A")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA%")]
    public async Task GetAsync_MalformedId_ReturnsNull(string photoId)
    {
        Assert.Null(await _store.GetAsync(photoId));
    }

    [Fact]
    public async Task GetAsync_MalformedId_NeverTouchesStorage()
    {
        // Nothing listens on port 9: a storage call would fail instead of returning null.
        var offline = new BlobPhotoStore(new ReturnsStorage(
            "DefaultEndpointsProtocol=http;AccountName=offline;AccountKey=AAAA;" +
            "BlobEndpoint=http://127.0.0.1:9/offline;TableEndpoint=http://127.0.0.1:9/offline;"), _clock);

        Assert.Null(await offline.GetAsync("../../etc/passwd"));
    }
}
