using Returns.Orchestrations.Analytics.Themes;

namespace Returns.Orchestrations.Analytics;

/// <summary>Turns facts into cell contributions: what each order and each return adds to the aggregates.</summary>
public static class Contributions
{
    /// <summary>Comment themes with no theme are counted under this id, their words under <see cref="CellKinds.Term"/>.</summary>
    public const string OtherTheme = "other";

    public static SubjectUpdate ForOrder(OrderFact order)
    {
        var contribution = new AnalyticsContribution();
        var notes = new Dictionary<string, CellNote>(StringComparer.Ordinal);
        foreach (var line in order.Lines)
        {
            var cell = SkuCell(order.Market, line.Category, line.Product, line.Sku);
            contribution.Add(cell, CellCounters.Sold, line.Quantity).Add(cell, CellCounters.OrderLines, 1).Add(cell, CellCounters.SoldValue, line.Value);
            notes[cell] = new CellNote(line.ProductName);
        }

        return new SubjectUpdate(order.Period, SubjectUpdate.OrderSubject(order.OrderNumber), contribution, notes);
    }

    public static SubjectUpdate ForReturn(ReturnFact fact)
    {
        var contribution = new AnalyticsContribution();
        var notes = new Dictionary<string, CellNote>(StringComparer.Ordinal);
        var update = new SubjectUpdate(fact.Period, SubjectUpdate.ReturnSubject(fact.ReturnId), contribution, notes) { Version = fact.Version };
        if (!fact.Requested)
            return update;

        foreach (var line in fact.Lines)
        {
            var cell = SkuCell(fact.Market, line.Category, line.Product, line.Sku);
            notes[cell] = new CellNote(line.ProductName);
            contribution.Add(cell, CellCounters.Requested, line.Quantity);
            if (fact.Returned)
                AddReturnedLine(contribution, cell, line);
            AddComment(contribution, notes, fact, line);
        }

        var returns = CellKinds.Key(CellKinds.Returns, fact.Market, fact.Carrier, fact.Route);
        contribution.Add(returns, CellCounters.Requested, 1)
            .Add(returns, CellCounters.Returned, fact.Returned ? 1 : 0)
            .Add(returns, CellCounters.Cost, fact.Cost)
            .Add(returns, CellCounters.Refunded, fact.Refunded)
            .Add(returns, CellCounters.Recovered, fact.Recovered)
            .Add(returns, CellCounters.Costed, fact.Costed ? 1 : 0);
        if (fact.Outcome is { } outcome)
            contribution.Add(returns, CellCounters.Outcome(outcome), 1);

        var stages = CellKinds.Key(CellKinds.Stages, fact.Market, fact.Carrier);
        foreach (var span in fact.Stages)
        {
            contribution.Add(stages, CellCounters.StageCount(span.Stage), 1)
                .Add(stages, CellCounters.StageSeconds(span.Stage), span.Seconds)
                .Add(stages, CellCounters.StageBucket(span.Stage, DurationBuckets.Of(span.Seconds)), 1);
        }

        return update;
    }

    public static string SkuCell(string market, string category, string product, string sku) =>
        CellKinds.Key(CellKinds.Sku, market, category, product, sku);

    private static void AddReturnedLine(AnalyticsContribution contribution, string cell, ReturnLineFact line)
    {
        contribution.Add(cell, CellCounters.Returned, line.Quantity)
            .Add(cell, CellCounters.ReturnedLines, 1)
            .Add(cell, CellCounters.Reason(line.Reason), line.Quantity)
            .Add(cell, CellCounters.Resolution(line.Resolution), line.Quantity)
            .Add(cell, CellCounters.Value, line.Value)
            .Add(cell, CellCounters.Refunded, line.Refunded)
            .Add(cell, CellCounters.Recovered, line.Recovered)
            .Add(cell, CellCounters.Cost, line.Cost);
        foreach (var graded in line.Grades)
        {
            contribution.Add(cell, CellCounters.Grade(graded.Grade), graded.Units)
                .Add(cell, CellCounters.GradeDisposition(graded.Grade, graded.Disposition), graded.Units);
        }
    }

    /// <summary>
    /// A comment counts once per theme it matches (or under "other", with its words) in the language it is written in.
    /// An erased comment counts the same from its kept analysis, with no example.
    /// </summary>
    private static void AddComment(AnalyticsContribution contribution, Dictionary<string, CellNote> notes, ReturnFact fact, ReturnLineFact line)
    {
        var noText = string.IsNullOrWhiteSpace(line.Comment);
        var analysis = noText ? line.Topics ?? CommentAnalysis.Empty : CommentThemes.Analyze(line.Comment, fact.Language);
        if (analysis.IsEmpty)
            return;
        var sample = noText ? null : new CommentSample(SubjectUpdate.ReturnSubject(fact.ReturnId), analysis.Language, line.Sku, line.Comment!.Trim());
        foreach (var theme in analysis.Themes.Count > 0 ? analysis.Themes : [OtherTheme])
        {
            var cell = CellKinds.Key(CellKinds.Theme, fact.Market, analysis.Language, theme);
            contribution.Add(cell, CellCounters.Count, 1);
            if (sample is not null)
                notes[cell] = new CellNote(Sample: sample);
        }

        if (analysis.Themes.Count > 0)
            return;
        foreach (var term in analysis.Terms)
            contribution.Add(CellKinds.Key(CellKinds.Term, fact.Market, analysis.Language, term), CellCounters.Count, 1);
    }
}
