using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Handlers;
using Returns.Api.Http;
using Returns.Orchestrations.Compliance;

namespace Returns.Api.Integrations;

/// <summary>
/// Stores an order a shop platform sent, once its signature has been checked and its JSON mapped. Platforms retry
/// every answer but 2xx, and WooCommerce disables a webhook after five failures, so an order that cannot be used is
/// answered 202 with the reason (and logged) rather than 4xx: sending it again would not change it.
/// </summary>
public sealed partial class PlatformOrderSync(OrderIntake intake, ComplianceRules rules, IOptions<ReturnsSettings> settings, ILogger<PlatformOrderSync> logger)
{
    private readonly ILogger _logger = logger;

    /// <summary>
    /// 200 with the order stored, 202 when it was left alone (older than the stored version, unusable), 503 while the
    /// shop's own address is not configured. <paramref name="sourceUpdatedAt"/> orders the platform's deliveries.
    /// </summary>
    public async Task<IResult> ApplyAsync(string platform, OrderRequest mapped, DateTimeOffset? sourceUpdatedAt, CancellationToken cancellationToken)
    {
        var s = settings.Value;
        if (string.IsNullOrWhiteSpace(s.ShopOriginCountry))
        {
            LogNoOrigin(platform);
            return Problems.Unavailable("RETURNS_SHOP_ORIGIN_COUNTRY is not set: orders from shop platforms need the country the shop ships from.");
        }

        var request = WithoutUnusableHsCodes(mapped with
        {
            ShipFrom = new AddressRequest(s.ShopOriginCountry.Trim(), s.ShopName, s.ShopOriginCity, s.ShopOriginPostalCode, s.ShopOriginAddress, null),
        });
        var (order, error) = OrderValidator.Validate(request, rules.Current);
        if (error is not null)
        {
            LogUnusable(platform, error);
            return Ignored("invalid", request.OrderNumber, error);
        }

        order = order! with { SourceUpdatedAt = sourceUpdatedAt };
        var previous = await intake.GetSameAsync(order.OrderNumber, cancellationToken);
        if (previous?.SourceUpdatedAt is { } stored && sourceUpdatedAt is { } incoming && incoming < stored)
        {
            LogOlder(platform, order.OrderNumber);
            return Ignored("older", order.OrderNumber, "A newer version of this order is already stored.");
        }

        order = PlatformOrderMerge.KeepKnown(previous, order);
        var created = await intake.SaveAsync(previous, order, cancellationToken);
        return Results.Json(new { orderNumber = order.OrderNumber, created, lines = order.Lines.Count }, ApiJson.Options);
    }

    /// <summary>
    /// The platform's order mapped to ours; a 202 "invalid" instead when an amount or quantity is too large to
    /// compute with (a hostile or broken payload), as for any other unusable order.
    /// </summary>
    public static (OrderRequest? Order, IResult? Answer) Map<T>(T payload, Func<T, OrderRequest> map)
    {
        try
        {
            return (map(payload), null);
        }
        catch (OverflowException)
        {
            return (null, Ignored("invalid", detail: "An amount or quantity is out of range."));
        }
    }

    /// <summary>202 for a delivery that was received and deliberately left alone.</summary>
    public static IResult Ignored(string why, string? orderNumber = null, string? detail = null, string? topic = null) =>
        Results.Json(new { ignored = why, orderNumber, topic, detail }, ApiJson.Options, statusCode: StatusCodes.Status202Accepted);

    /// <summary>A tariff code the markets would reject is dropped, not the order: compliance then asks the merchant for one.</summary>
    private OrderRequest WithoutUnusableHsCodes(OrderRequest r) =>
        r.ShipTo?.Country is not { Length: 2 } to || r.Lines is null
            ? r
            : r with
            {
                Lines = r.Lines.Select(l => l.HsCode is { } hs && OrderValidator.HsCodeProblem(hs, r.ShipFrom!.Country!, to, rules.Current) is not null
                    ? l with { HsCode = null }
                    : l).ToList(),
            };

    [LoggerMessage(Level = LogLevel.Error, Message = "An order from {Platform} was refused: RETURNS_SHOP_ORIGIN_COUNTRY is not set")]
    private partial void LogNoOrigin(string platform);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An order from {Platform} could not be used: {Reason}")]
    private partial void LogUnusable(string platform, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderNumber} from {Platform} was older than the stored version and left alone")]
    private partial void LogOlder(string platform, string orderNumber);
}
