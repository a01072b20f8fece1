using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;

namespace Returns.Tests.Api;

/// <summary>Asking for an instant exchange: only for exchanged lines, only where the shop offers it.</summary>
public sealed class InstantExchangeRequestTests : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<ApiResponse> CreateAsync(Order order, string resolution)
    {
        var context = _api.Json("POST", new
        {
            email = "anna@example.de",
            orderNumber = order.OrderNumber,
            resolution,
            instantExchange = true,
            lines = new[] { new { sku = "TEE-BLK-M", quantity = 1, reason = "size_too_small" } },
        }, acceptLanguage: "de");
        return await ApiHarness.RunAsync(context, _api.Get<PortalHandlers>().CreateReturnAsync(context.Request, _api.Client, CancellationToken.None));
    }

    [Fact]
    public async Task InstantExchange_ShopDoesNotOfferIt_400InTheCustomersLanguageAndNothingCreated()
    {
        var order = await _api.SeedOrderAsync();

        var response = await CreateAsync(order, Resolutions.Exchange);

        Assert.Equal(400, response.Status);
        Assert.Equal(CustomerLanguages.Default.For("de").Text("errors.instantExchangeUnavailable"), response.Detail);
        Assert.Empty(await _api.Get<IReturnStore>().ListByOrderAsync(order.OrderNumber));
    }

    [Fact]
    public async Task InstantExchange_Offered_TheWorkflowStartsWithIt_ButNotForARefund()
    {
        var put = _api.Json("PUT", new { allowInstantExchange = true }, adminKey: true);
        Assert.Equal(200, (await ApiHarness.RunAsync(put, _api.Get<ComplianceHandlers>().PutPolicyAsync(put.Request, CancellationToken.None))).Status);
        var order = await _api.SeedOrderAsync();

        var refund = await CreateAsync(order, Resolutions.Refund);
        var exchange = await CreateAsync(order, Resolutions.Exchange);

        Assert.Equal(400, refund.Status);
        Assert.Equal(202, exchange.Status);
        var input = Assert.IsType<ReturnWorkflowInput>(Assert.Single(_api.Started).Input);
        Assert.True(input.InstantExchange);
        var stored = await _api.Get<IReturnStore>().GetAsync(exchange.Json.GetProperty("returnId").GetString()!);
        Assert.True(stored!.InstantExchange);
    }
}
