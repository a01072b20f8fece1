using System.Globalization;
using System.Text;
using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Reporting;

/// <summary>
/// CSV as spreadsheets read it (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
/// quoted). Money is written in major units with the currency's decimals.
/// </summary>
public static class CsvText
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder();
        AppendRow(csv, header);
        foreach (var row in rows)
            AppendRow(csv, row);
        return csv.ToString();
    }

    public static void AppendRow(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append("\r\n");
    }

    public static string Major(long amount, string currency) =>
        MoneyFormat.ToMajor(new Money(amount, currency)).ToString("F" + MoneyFormat.Decimals(currency), CultureInfo.InvariantCulture);

    public static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Quotes a field; one starting with =, +, -, @, a tab or a carriage return is prefixed with ' so spreadsheets do not
    /// run it as a formula (SKUs, locations, notes and comments come from people).
    /// </summary>
    public static string Quote(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
    }
}
