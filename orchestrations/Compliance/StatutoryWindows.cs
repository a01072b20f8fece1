namespace Returns.Orchestrations.Compliance;

/// <summary>
/// Counts statutory periods. A period of N days from a day ends at the end of the Nth day after it (UTC), as the
/// EU Regulation on time limits counts; the EU and German rules move a last day on a weekend to the Monday.
/// Public holidays are not modelled, so a period may end a working day early in a holiday week (never late).
/// </summary>
public static class StatutoryWindows
{
    /// <summary>When a right that starts at <paramref name="start"/> ends; <paramref name="informed"/> false applies the extension.</summary>
    public static DateTimeOffset EndOf(StatutoryRight right, DateTimeOffset start, bool informed)
    {
        var end = Add(start, right.WindowDays ?? 0, right.WindowUnit);
        if (!informed && right.NotInformedExtension is { } extension)
            end = EndOfDay((extension.PlusWindow ? end : start).AddMonths(extension.Months));
        if (right.RollsToNextWorkingDay)
        {
            while (end.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                end = end.AddDays(1);
        }

        return end;
    }

    /// <summary>The last moment of a refund deadline counted from <paramref name="from"/>.</summary>
    public static DateTimeOffset DueBy(RefundDeadline deadline, DateTimeOffset from) =>
        deadline.Days == 0 ? from : Add(from, deadline.Days, deadline.Unit);

    /// <summary>The end of the day <paramref name="count"/> units after <paramref name="start"/>'s day.</summary>
    public static DateTimeOffset Add(DateTimeOffset start, int count, string unit) => unit switch
    {
        WindowUnits.BusinessDays => EndOfDay(AddBusinessDays(start, count)),
        WindowUnits.Months => EndOfDay(start.AddMonths(count)),
        _ => EndOfDay(start.AddDays(count)),
    };

    private static DateTimeOffset AddBusinessDays(DateTimeOffset start, int count)
    {
        var day = start;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                count--;
        }

        return day;
    }

    private static DateTimeOffset EndOfDay(DateTimeOffset t)
    {
        var utc = t.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, 23, 59, 59, TimeSpan.Zero);
    }
}
