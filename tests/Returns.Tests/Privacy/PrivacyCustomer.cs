using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Privacy;
using Returns.Tests.Adapters;

namespace Returns.Tests.Privacy;

/// <summary>A customer whose name, address and words are unique to one test, so a search of the storage finds only theirs.</summary>
internal sealed record PrivacyCustomer(string Email, string Name, string Street, string Comment, string Note)
{
    public static readonly byte[] Salt = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public static PrivacyCustomer New()
    {
        var unique = AzuriteStorage.Unique();
        // Letters only, so comment analysis reads the surname as one word.
        var surname = "Zwiebelfeld" + new string(unique.ToLowerInvariant().Select(c => char.IsAsciiDigit(c) ? (char)('g' + c - '0') : c).ToArray());
        return new PrivacyCustomer(
            $"Erika.{unique}@Example.de",
            $"Erika {surname}",
            $"Geheimweg {unique} 7",
            // A theme ("runs small") matches, so no keyword of it is counted; the name in it is erased with the text.
            $"Fällt sehr klein aus, schreibt {surname}",
            $"Paket von Erika {surname} {unique}");
    }

    public CustomerKey Key => CustomerKey.For(Email, Salt);

    /// <summary>What must be nowhere after the erasure (matched case-insensitively).</summary>
    public IReadOnlyList<string> Needles => [Email, Name, Name.Split(' ')[1], Street, Comment, Note];

    public Order Order(string orderNumber) => AdapterSamples.Order(orderNumber, Email) with
    {
        CustomerName = Name,
        ShipTo = new PostalAddress("DE", Name, "Berlin", "10115", Street, "Hinterhaus", "BE"),
    };
}
