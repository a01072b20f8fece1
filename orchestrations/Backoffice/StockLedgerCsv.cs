using System.Globalization;
using System.Text;
using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Backoffice;

/// <summary>
/// The returned-stock ledger as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
/// break quoted), one row per unit. Money is in major units with the currency's decimals, times in UTC (ISO 8601).
/// </summary>
public static class StockLedgerCsv
{
    private static readonly string[] Header =
    [
        "returnId", "sku", "unit", "grade", "disposition", "dispositionOverride", "effectiveDisposition", "location", "status",
        "valueRecovered", "currency", "updatedAt", "notes",
    ];

    public static string Write(IEnumerable<StockUnit> units)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var u in units)
        {
            AppendRow(csv,
            [
                u.ReturnId, u.Sku, u.Unit.ToString(CultureInfo.InvariantCulture), u.Grade, u.Disposition, u.DispositionOverride ?? "",
                u.EffectiveDisposition, u.Location, u.Status, Major(u.ValueRecovered, u.Currency), u.Currency,
                u.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), u.Notes ?? "",
            ]);
        }

        return csv.ToString();
    }

    private static string Major(long amount, string currency) =>
        MoneyFormat.ToMajor(new Money(amount, currency)).ToString("F" + MoneyFormat.Decimals(currency), CultureInfo.InvariantCulture);

    private static void AppendRow(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append("\r\n");
    }

    /// <summary>
    /// Quotes a field; one starting with =, +, -, @, a tab or a carriage return is prefixed with ' so spreadsheets do not
    /// run it as a formula (SKUs, locations and notes come from people).
    /// </summary>
    private static string Quote(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
    }
}
