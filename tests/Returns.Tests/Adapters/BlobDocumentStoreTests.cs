using System.Text;
using Returns.Adapters.Storage;

namespace Returns.Tests.Adapters;

public class BlobDocumentStoreTests
{
    private readonly BlobDocumentStore _store = new(AzuriteStorage.NewStorage());

    [Fact]
    public async Task GetAsync_SavedPdf_ReturnsTheSameBytesAndContentType()
    {
        var returnId = AdapterSamples.NewReturnId();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 70_000) + "\n%%EOF");

        await _store.SaveAsync(returnId, "label", pdf, "application/pdf");
        var document = await _store.GetAsync(returnId, "label");

        Assert.NotNull(document);
        Assert.Equal(pdf, document.Content);
        Assert.Equal("application/pdf", document.ContentType);
    }

    [Fact]
    public async Task SaveAsync_SameKindTwice_ReplacesTheDocument()
    {
        var returnId = AdapterSamples.NewReturnId();
        await _store.SaveAsync(returnId, "commercial-invoice", [1, 2, 3], "application/pdf");

        await _store.SaveAsync(returnId, "commercial-invoice", [4, 5], "application/octet-stream");

        var document = await _store.GetAsync(returnId, "commercial-invoice");
        Assert.Equal([4, 5], document!.Content);
        Assert.Equal("application/octet-stream", document.ContentType);
    }

    [Fact]
    public async Task GetAsync_KindsOfOneReturn_AreKeptApart()
    {
        var returnId = AdapterSamples.NewReturnId();
        await _store.SaveAsync(returnId, "label", [1], "application/pdf");
        await _store.SaveAsync(returnId, "packing-list", [2], "application/pdf");

        Assert.Equal([1], (await _store.GetAsync(returnId, "label"))!.Content);
        Assert.Equal([2], (await _store.GetAsync(returnId, "packing-list"))!.Content);
    }

    [Fact]
    public async Task GetAsync_MissingDocument_ReturnsNull()
    {
        var returnId = AdapterSamples.NewReturnId();
        await _store.SaveAsync(returnId, "label", [1], "application/pdf");

        Assert.Null(await _store.GetAsync(returnId, "commercial-invoice"));
        Assert.Null(await _store.GetAsync(AdapterSamples.NewReturnId(), "label"));
    }
}
