using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Adapters.Carriers.EasyPost;

/// <summary>
/// Customs lines from the stored return and its order, as the customs papers have them: the return keeps the order's
/// classification (a line without one takes the order's), values are the prices paid. A line of unknown weight gets
/// its share of the parcel weight by quantity, since EasyPost wants a positive weight on every item.
/// </summary>
public sealed class StoreEasyPostCustomsSource(IReturnStore returns, IOrderStore orders) : IEasyPostCustomsSource
{
    public async Task<IReadOnlyList<EasyPostCustomsLine>?> LinesAsync(LabelRequest request, CancellationToken cancellationToken = default)
    {
        if (await returns.GetAsync(request.ReturnId, cancellationToken) is not { Lines.Count: > 0 } record)
            return null;
        var order = await orders.GetAsync(record.OrderNumber, cancellationToken);
        var totalQuantity = Math.Max(record.Lines.Sum(l => l.Quantity), 1);

        return [.. record.Lines.Select(line =>
        {
            var orderLine = order?.FindLine(line.Sku);
            var weight = (orderLine?.WeightGrams ?? 0) * line.Quantity;
            return new EasyPostCustomsLine(
                line.Sku, line.Name, line.Quantity,
                MoneyFormat.ToMajor(new Money(line.UnitPrice * line.Quantity, record.Currency)), record.Currency.ToUpperInvariant(),
                weight > 0 ? weight : Math.Max(request.WeightGrams * line.Quantity / totalQuantity, 1),
                HsCodes.Normalize(line.HsCode ?? orderLine?.HsCode), line.OriginCountry ?? orderLine?.OriginCountry);
        })];
    }
}
