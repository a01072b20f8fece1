using Microsoft.Extensions.Options;
using Returns.Orchestrations.Notifications;

namespace Returns.Tests.Domain;

public sealed class ReturnLinksTests
{
    private readonly ReturnLinks _links = new(Options.Create(DomainSamples.LinkOptions()));

    [Fact]
    public void DocumentUrl_Label_IsTheLabelRoute()
    {
        Assert.Equal(_links.LabelUrl("RT-1", "a@b.de"), _links.DocumentUrl("RT-1", "a@b.de", "label"));
        Assert.Equal("https://returns.example.com/api/returns/RT-1/label?email=a%40b.de", _links.DocumentUrl("RT-1", "a@b.de", "label"));
    }

    [Fact]
    public void DocumentUrl_OtherKind_IsTheDocumentsRouteWithEscapedParts()
    {
        Assert.Equal(
            "https://returns.example.com/api/returns/RT-1/documents/commercial-invoice?email=a%2Bx%40b.de",
            _links.DocumentUrl("RT-1", "a+x@b.de", "commercial-invoice"));
    }
}
