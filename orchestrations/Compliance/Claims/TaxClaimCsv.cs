using System.Globalization;
using System.Text;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Reporting;

namespace Returns.Orchestrations.Compliance.Claims;

/// <summary>The claim pack's lines as CSV (RFC 4180), one row per claim with the evidence it needs.</summary>
public static class TaxClaimCsv
{
    private static readonly string[] Header =
    [
        "returnId", "orderNumber", "ruleId", "kind", "jurisdiction", "name", "law", "codes", "status",
        "estimate", "currency", "deadline", "how", "evidence", "explanation", "verification", "sources",
    ];

    public static string Write(IEnumerable<TaxClaimAssessment> assessments)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, Header);
        foreach (var a in assessments)
        {
            foreach (var c in a.Claims)
            {
                CsvText.AppendRow(csv,
                [
                    a.ReturnId, a.OrderNumber, c.RuleId, c.Kind, c.Jurisdiction, c.Name, c.Law, string.Join(" ", c.Codes), c.Status,
                    c.Estimate is { } e ? MoneyFormat.ToMajor(e).ToString(CultureInfo.InvariantCulture) : "", c.Estimate?.Currency ?? a.ReturnedValue.Currency,
                    c.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", c.How, string.Join(" | ", c.Evidence), c.Explanation,
                    c.Verification, string.Join(" ", c.Sources),
                ]);
            }
        }

        return csv.ToString();
    }
}
