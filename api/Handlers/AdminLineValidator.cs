using Returns.Orchestrations.Domain;

namespace Returns.Api.Handlers;

/// <summary>Checks receipt and inspection lines against the lines the customer announced.</summary>
public static class AdminLineValidator
{
    public static (IReadOnlyList<ReceivedLine>? Lines, string? Error) Receipt(ReturnRecord record, IReadOnlyList<ReceiptLineRequest>? lines, IReadOnlyList<string>? flags = null)
    {
        if (flags?.FirstOrDefault(f => !ReceiptFlags.All.Contains(f)) is { } unknown)
            return (null, $"flags: {unknown} is not one of {string.Join(", ", ReceiptFlags.All)}.");
        if (flags?.Contains(ReceiptFlags.EmptyBox) == true)
            return lines is { Count: > 0 } ? (null, "an empty box has no lines.") : ([], null);
        // A parcel holding only wrong items has nothing announced to list.
        if (lines is not { Count: > 0 } && flags?.Contains(ReceiptFlags.WrongItem) == true)
            return ([], null);
        if (lines is not { Count: > 0 })
            return (null, "lines must list what arrived (sku and quantity), or flag an empty_box or a wrong_item.");
        var result = new List<ReceivedLine>();
        foreach (var line in lines)
        {
            if (CheckLine(record, line?.Sku, line?.Quantity) is { } error)
                return (null, error);
            result.Add(new ReceivedLine(record.FindLine(line!.Sku!)!.Sku, line.Quantity!.Value));
        }

        return (result, null);
    }

    /// <summary>Whether the text can be a photo id (url-safe base64); the store answers whether it exists.</summary>
    public static bool IsPhotoId(string? id) =>
        id is { Length: >= 16 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static (IReadOnlyList<InspectedLine>? Lines, string? Error) Inspection(ReturnRecord record, IReadOnlyList<InspectionLineRequest>? lines)
    {
        // A parcel with nothing announced in it (an empty box, only wrong items) may be closed with nothing inspected
        // (nothing is refunded), or refunded by inspecting units.
        if (lines is not { Count: > 0 } && record.Receipt is { Lines.Count: 0, Flags.Count: > 0 })
            return ([], null);
        if (lines is not { Count: > 0 })
            return (null, "lines must list each inspected item (sku, quantity, grade).");
        var result = new List<InspectedLine>();
        foreach (var line in lines)
        {
            if (CheckLine(record, line?.Sku, line?.Quantity) is { } error)
                return (null, error);
            if (!Grades.IsKnown(line!.Grade))
                return (null, $"{line.Sku}: grade must be one of {string.Join(", ", Grades.All)}.");
            if (line.Notes is { Length: > 2000 })
                return (null, $"{line.Sku}: notes are longer than 2000 characters.");
            if (line.Disposition is { } disposition && !Orchestrations.Backoffice.DispositionKinds.IsKnown(disposition))
                return (null, $"{line.Sku}: disposition must be one of {string.Join(", ", Orchestrations.Backoffice.DispositionKinds.All)}.");
            result.Add(new InspectedLine(record.FindLine(line.Sku!)!.Sku, line.Quantity!.Value, line.Grade!, line.Notes?.Trim(), line.Disposition));
        }

        foreach (var group in result.GroupBy(l => l.Sku))
        {
            var announced = record.FindLine(group.Key)!.Quantity;
            if (group.Sum(l => l.Quantity) > announced)
                return (null, $"{group.Key}: more units inspected than the {announced} announced.");
        }

        return (result, null);
    }

    private static string? CheckLine(ReturnRecord record, string? sku, int? quantity)
    {
        if (string.IsNullOrWhiteSpace(sku))
            return "Every line needs a sku.";
        var line = record.FindLine(sku);
        if (line is null)
            return $"{sku} is not part of return {record.ReturnId}.";
        if (quantity is null or < 1)
            return $"{sku}: quantity must be at least 1.";
        if (quantity > line.Quantity)
            return $"{sku}: only {line.Quantity} were announced.";
        return null;
    }
}
