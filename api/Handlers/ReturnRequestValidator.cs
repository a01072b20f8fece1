using Returns.Orchestrations.Domain;

namespace Returns.Api.Handlers;

/// <summary>Checks the shape of a return request against its order: known lines, quantities, reasons, resolution.</summary>
public static class ReturnRequestValidator
{
    public const int MaxCommentLength = 2000;

    public static (IReadOnlyList<ReturnLine>? Lines, string? Error) Validate(Order order, CreateReturnRequest r)
    {
        if (!Resolutions.IsKnown(r.Resolution))
            return (null, $"resolution must be one of: {string.Join(", ", Resolutions.All)}.");
        if (r.Lines is not { Count: > 0 })
            return (null, "Choose at least one item to return.");
        if (r.Resolution == Resolutions.Exchange && r.ExchangeSku is { Length: > 100 })
            return (null, "exchangeSku is too long.");

        var lines = new List<ReturnLine>();
        foreach (var line in r.Lines)
        {
            if (line is null || string.IsNullOrWhiteSpace(line.Sku))
                return (null, "Every line needs a sku.");
            var orderLine = order.FindLine(line.Sku);
            if (orderLine is null)
                return (null, $"{line.Sku} is not part of order {order.OrderNumber}.");
            if (lines.Any(l => string.Equals(l.Sku, orderLine.Sku, StringComparison.OrdinalIgnoreCase)))
                return (null, $"{line.Sku} is listed twice; give one line with the total quantity.");
            if (line.Quantity is null or < 1)
                return (null, $"{line.Sku}: quantity must be at least 1.");
            if (line.Quantity > orderLine.Quantity)
                return (null, $"{line.Sku}: only {orderLine.Quantity} were ordered.");
            if (!ReturnReasons.IsKnown(line.Reason))
                return (null, $"{line.Sku}: reason must be one of: {string.Join(", ", ReturnReasons.All)}.");
            if (line.Comment is { Length: > MaxCommentLength })
                return (null, $"{line.Sku}: the comment is longer than {MaxCommentLength} characters.");
            lines.Add(new ReturnLine(orderLine.Sku, orderLine.Name, line.Quantity.Value, orderLine.UnitPrice, line.Reason!,
                string.IsNullOrWhiteSpace(line.Comment) ? null : line.Comment.Trim()));
        }

        return (lines, null);
    }
}
