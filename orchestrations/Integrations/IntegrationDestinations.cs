using System.Security.Cryptography;
using System.Text;

namespace Returns.Orchestrations.Integrations;

/// <summary>
/// Names destinations and deliveries: the broker is "broker", the mail service "email", a webhook is its URL. A delivery id joins the event id
/// and a short hash of the destination, so it is URL-safe and the same delivery is never created twice.
/// </summary>
public static class IntegrationDestinations
{
    public const string Broker = "broker";

    /// <summary>The mail service, the one destination of a stored email.</summary>
    public const string Email = "email";

    /// <summary>A first delivery of the event to the destination, due at <paramref name="at"/>.</summary>
    public static Ports.IntegrationDelivery First(Ports.OutboundEvent outboundEvent, string destination, DateTimeOffset at) =>
        new(DeliveryId(outboundEvent.Id, destination), outboundEvent, destination, 0, at, null, Ports.DeliveryStatus.Pending);

    public static string DeliveryId(string eventId, string destination) =>
        Escape(eventId) + "." + (destination is Broker or Email
            ? destination
            : "wh" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(destination)))[..12]);

    private static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
                sb.Append(c);
            else
                sb.Append('~').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
