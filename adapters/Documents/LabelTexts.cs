using Returns.Orchestrations.Localization;

namespace Returns.Adapters.Documents;

/// <summary>
/// The label's texts (the "label" section of the translations) in English and in the customer's language.
/// Carrier staff read English, so page 1 shows English first and the customer's wording next to or below it.
/// </summary>
internal sealed class LabelTexts(CustomerLocale english, CustomerLocale customer)
{
    /// <summary>The customer's language (English when the customer's has no translation).</summary>
    public CustomerLocale Customer => customer;

    /// <summary>True when the customer's language is not English.</summary>
    public bool Bilingual => !string.Equals(customer.Language, english.Language, StringComparison.OrdinalIgnoreCase);

    public string English(string key) => english.Text(key);

    /// <summary>The customer's wording of <paramref name="key"/>, or null when it would only repeat the English.</summary>
    public string? Local(string key)
    {
        if (!Bilingual)
        {
            return null;
        }

        var local = customer.Text(key);
        return string.Equals(local.Trim(), english.Text(key).Trim(), StringComparison.OrdinalIgnoreCase) ? null : local;
    }

    /// <summary>A caption for page 1: "SHIP TO / 收件人", or "SHIP TO" alone.</summary>
    public string Caption(string key) => Local(key) is { } local ? $"{English(key)} / {local}" : English(key);
}
