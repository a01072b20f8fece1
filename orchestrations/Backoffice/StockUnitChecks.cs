using System.Text.RegularExpressions;
using Returns.Orchestrations.Domain;

namespace Returns.Orchestrations.Backoffice;

/// <summary>What a <see cref="StockUnit"/> must satisfy before it is recorded.</summary>
public static partial class StockUnitChecks
{
    public const int MaxIdLength = 200;
    public const int MaxNotesLength = 4000;

    /// <summary>The first thing wrong with <paramref name="unit"/>, as an English sentence; null when it can be recorded.</summary>
    public static string? Problem(StockUnit? unit)
    {
        if (unit is null)
            return "The stock unit is missing.";
        if (string.IsNullOrWhiteSpace(unit.ReturnId) || unit.ReturnId.Length > MaxIdLength)
            return $"The stock unit needs a return id of 1 to {MaxIdLength} characters.";
        if (string.IsNullOrWhiteSpace(unit.Sku) || unit.Sku.Length > MaxIdLength)
            return $"The stock unit needs a SKU of 1 to {MaxIdLength} characters.";
        var where = $"Unit {unit.Unit} of {unit.Sku} in return {unit.ReturnId}";
        if (unit.Unit < 1)
            return $"{where}: the unit number must be 1 or more.";
        if (!Grades.IsKnown(unit.Grade))
            return $"{where} has grade \"{unit.Grade}\"; it must be one of {string.Join(", ", Grades.All)}.";
        if (!DispositionKinds.IsKnown(unit.Disposition))
            return $"{where} has disposition \"{unit.Disposition}\"; it must be one of {string.Join(", ", DispositionKinds.All)}.";
        if (unit.DispositionOverride is not null && !DispositionKinds.IsKnown(unit.DispositionOverride))
            return $"{where} has dispositionOverride \"{unit.DispositionOverride}\"; it must be one of {string.Join(", ", DispositionKinds.All)} or null.";
        if (string.IsNullOrWhiteSpace(unit.Location) || unit.Location.Length > MaxIdLength)
            return $"{where} needs a location of 1 to {MaxIdLength} characters.";
        if (!StockStatuses.IsKnown(unit.Status))
            return $"{where} has status \"{unit.Status}\"; it must be one of {string.Join(", ", StockStatuses.All)}.";
        if (unit.ValueRecovered < 0)
            return $"{where} has valueRecovered {unit.ValueRecovered}; it must not be negative.";
        if (unit.Currency is null || !CurrencyCode().IsMatch(unit.Currency))
            return $"{where} has currency \"{unit.Currency}\"; it must be a 3-letter currency code.";
        if (unit.Notes is { Length: > MaxNotesLength })
            return $"{where} has notes of {unit.Notes.Length} characters; at most {MaxNotesLength} are kept.";
        return null;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
