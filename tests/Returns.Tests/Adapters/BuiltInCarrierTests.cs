using System.Text;
using System.Text.RegularExpressions;
using Returns.Adapters.Carriers;
using Returns.Adapters.Documents;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Adapters;

public class BuiltInCarrierTests
{
    private readonly BuiltInCarrier _carrier = new(new LabelPdfRenderer());

    private static LabelRequest Request(string returnId, bool crossBorder = true) => new(
        returnId, "TW-1001",
        new PostalAddress("DE", "Anna Schmidt", "Berlin", "10115", "Invalidenstr. 1"),
        new PostalAddress(crossBorder ? "TW" : "DE", "Demo Shop Returns", "Taipei", "100", "1 Zhongshan Rd"),
        400, 2, crossBorder, new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>UPU S10 check digit, computed independently of the carrier.</summary>
    private static int S10Check(string eightDigits)
    {
        int[] weights = [8, 6, 4, 2, 3, 5, 9, 7];
        var sum = 0;
        for (var i = 0; i < 8; i++)
            sum += (eightDigits[i] - '0') * weights[i];
        var check = 11 - (sum % 11);
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }

    [Fact]
    public async Task IssueAsync_SameReturnIdTwice_GivesTheSameTrackingNumber()
    {
        var first = await _carrier.IssueAsync(Request("RT-ABCD1234"));
        var second = await _carrier.IssueAsync(Request("RT-ABCD1234"));
        var other = await _carrier.IssueAsync(Request("RT-ABCD1235"));

        Assert.Equal(first.Info.TrackingNumber, second.Info.TrackingNumber);
        Assert.NotEqual(first.Info.TrackingNumber, other.Info.TrackingNumber);
    }

    [Fact]
    public async Task IssueAsync_AnyReturn_LabelInfoNamesCarrierServiceAndTime()
    {
        var request = Request("RT-ABCD1234");

        var label = await _carrier.IssueAsync(request);
        var domestic = await _carrier.IssueAsync(Request("RT-ABCD1234", crossBorder: false));

        Assert.Equal(BuiltInCarrier.CarrierName, label.Info.Carrier);
        Assert.Equal("International Return", label.Info.Service);
        Assert.Equal("Domestic Return", domestic.Info.Service);
        Assert.Equal(request.At, label.Info.IssuedAt);
        Assert.False(label.Info.Voided);
    }

    [Fact]
    public void TrackingNumberFor_ManyReturnIds_AreUpuS10WithAValidCheckDigit()
    {
        for (var i = 0; i < 500; i++)
        {
            var tracking = BuiltInCarrier.TrackingNumberFor($"RT-{i:D8}", "de");

            var match = Regex.Match(tracking, "^[A-Z]{2}([0-9]{8})([0-9])DE$");
            Assert.True(match.Success, $"{tracking} is not in S10 form (two letters, nine digits, country).");
            Assert.Equal(S10Check(match.Groups[1].Value), match.Groups[2].Value[0] - '0');
        }
    }

    [Fact]
    public void TrackingNumberFor_KnownDigits_MatchesTheUpuExample()
    {
        // The UPU S10 example "RR 47312482 9 GB": 47312482 has the check digit 9.
        Assert.Equal(9, S10Check("47312482"));
        var tracking = BuiltInCarrier.TrackingNumberFor("RT-ABCD1234", "TW");
        Assert.Equal(S10Check(tracking[2..10]), tracking[10] - '0');
    }

    [Fact]
    public async Task IssueAsync_AnyReturn_PdfStartsWithPdfHeader()
    {
        var label = await _carrier.IssueAsync(Request("RT-ABCD1234"));

        Assert.True(label.Pdf.Length > 1000);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(label.Pdf, 0, 4));
    }
}
