namespace Returns.Orchestrations.Compliance;

public static class WindowUnits
{
    public const string CalendarDays = "calendarDays";

    /// <summary>Monday to Friday; public holidays are not modelled (the window may end a day early on a holiday week).</summary>
    public const string BusinessDays = "businessDays";

    /// <summary>Calendar months (SG lemon law: 6 months).</summary>
    public const string Months = "months";

    public static IReadOnlyList<string> All { get; } = [CalendarDays, BusinessDays, Months];
}
