using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Compliance;

namespace Returns.Api.Handlers;

/// <summary>Orders pushed by the shop site.</summary>
public sealed class OrderHandlers(OrderIntake intake, ComplianceRules rules, IOptions<ReturnsSettings> settings)
{
    /// <summary>POST /api/orders: create or replace, idempotent by order number (201 new, 200 replaced).</summary>
    public async Task<IResult> PutOrderAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var body = await RequestBody.ReadJsonAsync<OrderRequest>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error;
        var (order, error) = OrderValidator.Validate(body.Value!, rules.Current);
        if (error is not null)
            return Problems.BadRequest(error);

        var previous = await intake.GetSameAsync(order!.OrderNumber, cancellationToken);
        var created = await intake.SaveAsync(previous, order, cancellationToken);
        var answer = new { orderNumber = order.OrderNumber, created, lines = order.Lines.Count };
        return created ? Results.Json(answer, ApiJson.Options, statusCode: StatusCodes.Status201Created) : Results.Json(answer, ApiJson.Options);
    }
}
