using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Returns.Api.Handlers;

namespace Returns.Functions.Http;

/// <summary>The warehouse's routes: find a parcel, grade a unit, the returned-stock ledger (x-api-key, checked by the handlers).</summary>
public sealed class BackofficeFunctions(BackofficeHandlers backoffice)
{
    [Function(nameof(AdminWarehouseFind))]
    public Task<IResult> AdminWarehouseFind(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/warehouse/{code}")] HttpRequest request,
        string code,
        CancellationToken cancellationToken) =>
        backoffice.FindAsync(request, code, cancellationToken);

    [Function(nameof(AdminGradingSuggest))]
    public Task<IResult> AdminGradingSuggest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/grading/suggest")] HttpRequest request,
        CancellationToken cancellationToken) =>
        backoffice.SuggestAsync(request, cancellationToken);

    [Function(nameof(AdminStock))]
    public Task<IResult> AdminStock(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/stock")] HttpRequest request,
        CancellationToken cancellationToken) =>
        backoffice.StockAsync(request, cancellationToken);

    [Function(nameof(AdminUpdateStock))]
    public Task<IResult> AdminUpdateStock(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/admin/stock/{returnId}/{sku}/{unit}")] HttpRequest request,
        string returnId,
        string sku,
        string unit,
        CancellationToken cancellationToken) =>
        backoffice.UpdateStockAsync(request, returnId, sku, unit, cancellationToken);
}
