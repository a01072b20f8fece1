using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.StoreCredit;

namespace Returns.Adapters.Documents;

/// <summary>
/// Renders a store-credit note on A4 portrait, entirely in the customer's language (the "creditNote" section of the
/// translations, the customer's date and money formats): the shop's name and the title; the note's number (the
/// credit's code), date, customer, return and order; the returned lines (name, quantity, amount); the value of the
/// lines, fees and adjustments when the credit differs from it, the credit amount, the bonus and the total credit;
/// and how to redeem it (the code at checkout, by the expiry date or without one). Names are printed as given, in
/// their own script.
/// </summary>
public sealed class CreditNoteRenderer : ICreditNoteRenderer
{
    private readonly CustomerLanguages _languages;

    public CreditNoteRenderer()
        : this(CustomerLanguages.Default)
    {
    }

    /// <summary>Renders with the translations of <paramref name="languages"/>.</summary>
    public CreditNoteRenderer(CustomerLanguages languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        EmbeddedFontResolver.Register();
        _languages = languages;
    }

    public byte[] Render(CreditNoteContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var locale = _languages.For(content.Locale);
        string T(string key, params (string Name, object? Value)[] args) => locale.Text("creditNote." + key, args);
        string Amount(long minor) => locale.Money(new Money(minor, content.Currency));

        using var writer = new CreditNoteWriter(
            T("documentTitle", ("code", content.Code)),
            $"{content.ShopName} · {content.Code}",
            (page, pages) => T("page", ("page", page), ("pages", pages)));

        writer.Header(content.ShopName, T("title"));
        writer.Fields(
        [
            (T("number"), content.Code),
            (T("date"), locale.Date(content.IssuedAt)),
            (T("validUntil"), content.ExpiresAt is { } expires ? locale.Date(expires) : T("noExpiry")),
            (T("customer"), content.CustomerName),
            (T("returnId"), content.ReturnId),
            (T("order"), content.OrderNumber),
        ], columns: 3);
        writer.Gap(4);
        writer.Paragraph(T("intro", ("shop", content.ShopName)));
        writer.Gap(14);

        if (content.Lines.Count > 0)
        {
            writer.Heading(T("itemsTitle"));
            writer.Table(
                [new(T("item"), 64), new(T("quantity"), 14, AlignRight: true), new(T("amount"), 22, AlignRight: true)],
                content.Lines.Select(l => (IReadOnlyList<string>)[l.Name, l.Quantity.ToString("N0", locale.Culture), Amount(l.Amount)]));
        }

        var totals = new List<(string, string, bool)>();
        if (content.Lines.Count > 0 && content.LinesTotal != content.Amount)
        {
            totals.Add((T("itemsValue"), Amount(content.LinesTotal), false));
            totals.Add((T("adjustments"), Amount(content.Amount - content.LinesTotal), false));
        }

        totals.Add((T("creditAmount"), Amount(content.Amount), false));
        if (content.BonusPercent > 0 || content.Bonus > 0)
            totals.Add((T("bonus", ("percent", content.BonusPercent)), Amount(content.Bonus), false));
        totals.Add((T("total"), Amount(content.Total), true));
        writer.Totals(totals);

        writer.Box(
            T("redeemTitle"),
            content.Code,
            [
                T("redeem", ("code", content.Code), ("shop", content.ShopName)),
                content.ExpiresAt is { } until ? T("redeemBy", ("date", locale.Date(until))) : T("redeemNoExpiry"),
            ]);
        return writer.ToPdf();
    }
}
