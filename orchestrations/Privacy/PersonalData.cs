using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Analytics.Themes;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Workflow.Activities;

namespace Returns.Orchestrations.Privacy;

/// <summary>
/// What of a customer's data is personal and how each kept record looks once it is erased. Kept: what the sale and the
/// return were (order and return numbers, lines, amounts, stages and their times, countries, carriers and tracking
/// numbers, grades, refunds), which accounting, customs and the analytics need. Replaced by the pseudonym: email and
/// name. Dropped: the address below the country and region, free text (comments, notes) and photo references. A
/// comment's analysis (language, themes, keywords that are not the customer's own words) stays, so it counts as before.
/// </summary>
public static class PersonalData
{
    public static Order Anonymise(Order order, CustomerKey key, DateTimeOffset at) => order with
    {
        Email = key.PseudonymEmail,
        CustomerName = key.PseudonymName,
        ShipTo = new PostalAddress(order.ShipTo.Country, key.PseudonymName, Region: order.ShipTo.Region),
        ErasedAt = order.ErasedAt ?? at,
    };

    /// <summary>
    /// An erased order sent again by the shop (a platform webhook for an old order): its new content with the erased
    /// customer's pseudonym, so a late update cannot bring the personal data back.
    /// </summary>
    public static Order KeepErased(Order incoming, Order erased) => incoming with
    {
        Email = erased.Email,
        CustomerName = erased.CustomerName,
        ShipTo = new PostalAddress(incoming.ShipTo.Country, erased.ShipTo.Name, Region: incoming.ShipTo.Region),
        ErasedAt = erased.ErasedAt,
    };

    /// <param name="order">The return's order before erasure (its address words are left out of kept keywords); null when gone.</param>
    public static ReturnRecord Anonymise(ReturnRecord record, Order? order, CustomerKey key, DateTimeOffset at)
    {
        if (record.ErasedAt is not null)
            return record;
        var personal = new PersonalWords(
        [
            record.Email, record.CustomerName, order?.Email, order?.CustomerName,
            order?.ShipTo.Name, order?.ShipTo.Line1, order?.ShipTo.Line2, order?.ShipTo.City, order?.ShipTo.PostalCode,
        ]);
        var language = ReturnFactBuilder.LanguageOf(record);
        return record with
        {
            Email = key.PseudonymEmail,
            CustomerName = key.PseudonymName,
            Lines = [.. record.Lines.Select(l => l with { Comment = null, Photos = [], Topics = Topics(l, language, personal) })],
            Timeline = [.. record.Timeline.Select(t => t with { Note = null })],
            DecisionNote = null,
            Receipt = record.Receipt is { } receipt ? receipt with { Note = null, Photos = [] } : null,
            Inspection = record.Inspection?.Select(i => i with { Notes = null }).ToArray(),
            Documents = [.. record.Documents.Where(d => d != IssueReturnLabel.DocumentKind)],
            ErasedAt = at,
        };
    }

    /// <summary>The facts of an erased return: each line's comment replaced by the analysis the erased return keeps.</summary>
    public static ReturnFact Anonymise(ReturnFact fact, ReturnRecord erased) => fact with
    {
        Lines = [.. fact.Lines.Select((line, i) => line.Comment is null ? line : line with
        {
            Comment = null,
            Topics = i < erased.Lines.Count && erased.Lines[i].Sku == line.Sku ? erased.Lines[i].Topics : null,
        })],
    };

    /// <summary>True when the facts still hold text the erased return no longer has.</summary>
    public static bool HoldsText(ReturnFact fact) => fact.Lines.Any(l => l.Comment is not null);

    /// <summary>The photos a return refers to: the customer's, per line, and the warehouse's of the parcel.</summary>
    public static IReadOnlyList<string> Photos(ReturnRecord record) =>
        [.. record.Lines.SelectMany(l => l.Photos).Concat(record.Receipt?.Photos ?? []).Distinct(StringComparer.Ordinal)];

    private static CommentAnalysis? Topics(ReturnLine line, string language, PersonalWords personal)
    {
        if (string.IsNullOrWhiteSpace(line.Comment))
            return line.Topics;
        var analysis = CommentThemes.Analyze(line.Comment, language);
        return analysis.IsEmpty ? null : analysis with { Terms = [.. analysis.Terms.Where(t => !personal.Contains(t))] };
    }
}
