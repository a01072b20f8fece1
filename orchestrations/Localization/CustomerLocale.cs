using System.Globalization;
using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Localization;

/// <summary>
/// A customer's language (a translation file) and the culture used to format their dates, numbers and
/// money. <see cref="Text"/> fills {placeholders} from named arguments.
/// </summary>
public sealed class CustomerLocale(TextCatalog catalog, string language, CultureInfo culture)
{
    public string Language { get; } = language;

    public CultureInfo Culture { get; } = culture;

    public string Text(string key, params (string Name, object? Value)[] args)
    {
        var text = catalog.Get(Language, key);
        foreach (var (name, value) in args)
            text = text.Replace("{" + name + "}", Format(value), StringComparison.Ordinal);
        return text;
    }

    public string Date(DateTimeOffset at) => at.UtcDateTime.ToString(catalog.Get(Language, "meta.dateFormat"), Culture);

    public string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString(catalog.Get(Language, "meta.dateTimeFormat"), Culture) + " UTC";

    public string Money(Money money)
    {
        var format = (NumberFormatInfo)Culture.NumberFormat.Clone();
        format.CurrencySymbol = CurrencySymbols.For(money.Currency, Culture);
        format.CurrencyDecimalDigits = MoneyFormat.Decimals(money.Currency);
        return MoneyFormat.ToMajor(money).ToString("C", format);
    }

    private string Format(object? value) => value switch
    {
        null => "",
        Money m => Money(m),
        DateTimeOffset d => Date(d),
        IFormattable f => f.ToString(null, Culture),
        _ => value.ToString() ?? "",
    };
}
