using System.Globalization;
using System.Text;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Reporting;

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
        CsvText.AppendRow(csv, Header);
        foreach (var u in units)
        {
            CsvText.AppendRow(csv,
            [
                u.ReturnId, u.Sku, u.Unit.ToString(CultureInfo.InvariantCulture), u.Grade, u.Disposition, u.DispositionOverride ?? "",
                u.EffectiveDisposition, u.Location, u.Status, CsvText.Major(u.ValueRecovered, u.Currency), u.Currency,
                u.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), u.Notes ?? "",
            ]);
        }

        return csv.ToString();
    }
}
