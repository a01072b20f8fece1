using System.Security.Cryptography;
using System.Text;
using Returns.Adapters.Documents;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Carriers;

/// <summary>
/// The carrier that ships with the app: issues labels locally. The tracking number derives from the
/// return id, so issuing twice for one return gives the same label. The PDF is in the request's locale
/// (bilingual page 1, localized instructions on page 2).
/// </summary>
public sealed class BuiltInCarrier(LabelPdfRenderer renderer) : ILabelCarrier
{
    public const string CarrierName = "Returns Post";

    public string Name => CarrierName;

    public Task<IssuedLabel> IssueAsync(LabelRequest request, CancellationToken cancellationToken = default)
    {
        var service = (request.CrossBorder ? "International Return" : "Domestic Return") + request.Transport switch
        {
            "ground" => " Ground",
            "air" => " Air",
            _ => "",
        };
        var tracking = TrackingNumberFor(request.ReturnId, request.From.Country);
        var info = new LabelInfo(CarrierName, service, tracking, request.At);
        var pdf = renderer.Render(new ReturnLabelContent(
            request.ReturnId, request.OrderNumber, CarrierName, service, tracking,
            request.From.ToLines().ToArray(), request.To.ToLines().ToArray(), request.WeightGrams, request.At,
            request.CrossBorder, request.ItemCount == 1 ? "1 item" : $"{request.ItemCount} items",
            request.Locale, request.Items, request.DropOffBy, request.HazardMarks));
        return Task.FromResult(new IssuedLabel(info, pdf));
    }

    public Task VoidAsync(string trackingNumber, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>UPU S10 style: two letters, nine digits (eight plus a check digit), the origin country.</summary>
    public static string TrackingNumberFor(string returnId, string fromCountry)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(returnId));
        var number = BitConverter.ToUInt32(hash, 0) % 100_000_000;
        var digits = number.ToString("D8");
        return $"R{(char)('A' + hash[4] % 26)}{digits}{S10CheckDigit(digits)}{fromCountry.ToUpperInvariant()}";
    }

    private static int S10CheckDigit(string eightDigits)
    {
        int[] weights = [8, 6, 4, 2, 3, 5, 9, 7];
        var sum = eightDigits.Select((c, i) => (c - '0') * weights[i]).Sum();
        var check = 11 - sum % 11;
        return check switch { 10 => 0, 11 => 5, _ => check };
    }
}
