using Microsoft.Extensions.Options;
using Returns.Orchestrations.Notifications;
using Returns.Tests.Adapters;

namespace Returns.Tests.Domain;

public sealed class ReturnLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private readonly ReturnLinks _links = new(Options.Create(DomainSamples.LinkOptions()), new ManualClock(Now));

    [Fact]
    public void DocumentUrl_Label_IsTheLabelRouteWithAToken()
    {
        Assert.Equal(_links.LabelUrl("RT-1"), _links.DocumentUrl("RT-1", "label"));
        Assert.StartsWith("https://returns.example.com/api/returns/RT-1/label?token=", _links.DocumentUrl("RT-1", "label"), StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentUrl_OtherKind_IsTheDocumentsRouteWithEscapedParts()
    {
        Assert.StartsWith(
            "https://returns.example.com/api/returns/RT%2F1/documents/commercial-invoice?token=",
            _links.DocumentUrl("RT/1", "commercial-invoice"), StringComparison.Ordinal);
    }

    [Fact]
    public void TrackingPageUrl_CarriesNoEmail_AndItsTokenGrantsReadAccessToThatReturnOnly()
    {
        var url = _links.TrackingPageUrl("RT-1", "zh-Hant");
        Assert.DoesNotContain("@", url, StringComparison.Ordinal);
        Assert.EndsWith("&lang=zh-Hant", url, StringComparison.Ordinal);
        var token = Uri.UnescapeDataString(url.Split("token=")[1].Split('&')[0]);
        var check = _links.Signer.Verify(token, ReturnLinks.TrackPurpose, Now.AddDays(30));
        Assert.Equal(LinkTokenStatus.Valid, check.Status);
        Assert.Equal("RT-1", check.Token!.ReturnId);
        Assert.Equal(LinkTokenStatus.Invalid, _links.Signer.Verify(token, ReturnLinks.ConfirmPurpose, Now).Status);
        Assert.Equal(LinkTokenStatus.Expired, _links.Signer.Verify(token, ReturnLinks.TrackPurpose, Now.AddDays(400)).Status);
    }

}
