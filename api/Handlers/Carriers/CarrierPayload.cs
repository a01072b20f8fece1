using System.Globalization;
using System.Security.Cryptography;

namespace Returns.Api.Handlers.Carriers;

/// <summary>The field rules every carrier's webhook shares, so each mapper only says where its fields are.</summary>
public static class CarrierPayload
{
    public const int MaxEventId = 200;
    public const int MaxTrackingNumber = 100;

    /// <summary>A 400 detail when a required text field is absent or too long; null when it is fine.</summary>
    public static string? Missing(string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength ? $"{field} is required (at most {maxLength} characters)." : null;

    /// <summary>
    /// The carrier's event id, or a hash of the signed body when it sends none: a redelivery of the same body still
    /// counts once.
    /// </summary>
    public static string EventId(string? given, byte[] body) =>
        given?.Trim() is { Length: > 0 and <= MaxEventId } id ? id : "body-" + Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>An ISO 8601 time; one without an offset (AfterShip's checkpoint times may lack it) is read as UTC.</summary>
    public static DateTimeOffset? Time(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    /// <summary>The carrier's own place text, else the parts it sent joined; null when there is none.</summary>
    public static string? Place(string? location, params string?[] parts)
    {
        if (!string.IsNullOrWhiteSpace(location))
            return location.Trim();
        var joined = string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return joined.Length > 0 ? joined : null;
    }

    /// <summary>The item with the latest parseable time (carriers do not promise an order); null when none has one.</summary>
    public static (T? Item, DateTimeOffset? At) Latest<T>(IEnumerable<T>? items, Func<T, string?> time)
        where T : class
    {
        // Not MaxBy: over tuples (a value type) it throws when no item has a time, as when there are no items at all.
        var latest = (items ?? []).Where(i => i is not null).Select(i => (Item: (T?)i, At: Time(time(i)))).Where(x => x.At is not null)
            .OrderByDescending(x => x.At).FirstOrDefault();
        return (latest.Item, latest.At);
    }
}
