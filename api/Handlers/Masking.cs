using Returns.Orchestrations.Domain;

namespace Returns.Api.Handlers;

/// <summary>Shows enough of an address for the customer to recognise it, not enough to learn it.</summary>
public static class Masking
{
    public static object Address(PostalAddress a) => new
    {
        name = Mask(a.Name),
        line1 = Mask(a.Line1),
        city = a.City,
        postalCode = a.PostalCode is { Length: > 2 } p ? p[..2] + new string('*', p.Length - 2) : a.PostalCode,
        country = a.Country,
    };

    public static string? Mask(string? value) =>
        string.IsNullOrWhiteSpace(value) ? value
        : string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0] + new string('*', Math.Max(0, w.Length - 1))));
}
