using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Returns.Adapters.Payments;
using Returns.Adapters.Payments.Stripe;
using Returns.Adapters.Storage;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Payments;

public sealed class StripePaymentsTests : IAsyncLifetime
{
    private readonly Mock<IPayments> _ledger = new(MockBehavior.Strict);
    private StripeStub _stub = null!;

    public async Task InitializeAsync() => _stub = await StripeStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private StripePayments Payments(int retries = 0, TimeSpan? timeout = null, string apiKey = StripeStub.ApiKey) =>
        new(new StripeSettings(apiKey) { ApiBase = _stub.ApiBase, MaxNetworkRetries = retries, Timeout = timeout ?? TimeSpan.FromSeconds(10) }.CreateClient(),
            _ledger.Object);

    private static PaymentInstruction Refund(string reference = "pi_3MtwBwLkdIwHu7ix28a3tqPa", long amount = 2500, string currency = "EUR",
        string key = "RT-7F3K9Q:refund") =>
        new(key, "TW-1001", "refund", amount, currency, reference);

    [Fact]
    public async Task RefundAsync_PaymentIntent_PostsTheRefundFormWithKeyAndMetadata()
    {
        var result = await Payments().RefundAsync(Refund());

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/refunds", request.Path);
        Assert.Equal("Bearer " + StripeStub.ApiKey, request.Header("Authorization"));
        Assert.Equal("RT-7F3K9Q:refund", request.Header("Idempotency-Key"));
        Assert.StartsWith("application/x-www-form-urlencoded", request.Header("Content-Type"));
        Assert.False(string.IsNullOrEmpty(request.Header("Stripe-Version")));
        Assert.Equal("pi_3MtwBwLkdIwHu7ix28a3tqPa", request.Form["payment_intent"]);
        Assert.Equal("2500", request.Form["amount"]);
        Assert.Equal("requested_by_customer", request.Form["reason"]);
        Assert.Equal("TW-1001", request.Form["metadata[order_number]"]);
        Assert.Equal("RT-7F3K9Q", request.Form["metadata[return_id]"]);
        Assert.Equal("amount=2500&metadata[order_number]=TW-1001&metadata[return_id]=RT-7F3K9Q&payment_intent=pi_3MtwBwLkdIwHu7ix28a3tqPa&reason=requested_by_customer", request.Body);
        Assert.False(request.Form.ContainsKey("charge"));
        Assert.False(request.Form.ContainsKey("currency"));

        var refund = Assert.Single(_stub.Refunds);
        Assert.Equal(refund["id"]!.GetValue<string>(), result.Reference);
        Assert.StartsWith("re_", result.Reference);
        Assert.Equal("succeeded", result.Status);
        _ledger.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RefundAsync_SameInstructionTwice_OneStripeRefundAndTheSameReference()
    {
        var payments = Payments();

        var first = await payments.RefundAsync(Refund());
        var second = await Payments().RefundAsync(Refund());

        Assert.Equal(first, second);
        Assert.Single(_stub.Refunds);
        Assert.Equal(2, _stub.Requests.Count);
        Assert.All(_stub.Requests, r => Assert.Equal("RT-7F3K9Q:refund", r.Header("Idempotency-Key")));
    }

    [Fact]
    public async Task RefundAsync_Charge_RefundsTheCharge()
    {
        var result = await Payments().RefundAsync(Refund("ch_3MmlLrLkdIwHu7ix0snN0B15", 990));

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("ch_3MmlLrLkdIwHu7ix0snN0B15", request.Form["charge"]);
        Assert.False(request.Form.ContainsKey("payment_intent"));
        Assert.Equal("990", request.Form["amount"]);
        Assert.Equal("ch_3MmlLrLkdIwHu7ix0snN0B15", Assert.Single(_stub.Refunds)["charge"]!.GetValue<string>());
        Assert.StartsWith("re_", result.Reference);
    }

    [Theory]
    [InlineData("JPY", 1500)]
    [InlineData("KRW", 32000)]
    [InlineData("USD", 1)]
    public async Task RefundAsync_AmountInStripesUnits_SentAsItIs(string currency, long amount)
    {
        await Payments().RefundAsync(Refund(amount: amount, currency: currency));

        Assert.Equal(amount.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(_stub.Requests).Form["amount"]);
    }

    [Theory]
    [InlineData("succeeded")]
    [InlineData("pending")]
    [InlineData("requires_action")]
    [InlineData("failed")]
    [InlineData("canceled")]
    public async Task RefundAsync_StripeStatus_IsTheResultStatus(string status)
    {
        _stub.RefundStatus = status;

        var result = await Payments().RefundAsync(Refund());

        Assert.Equal(status, result.Status);
    }

    [Fact]
    public async Task RefundAsync_StoreCredit_GoesToTheInnerLedgerNotStripe()
    {
        var credit = new PaymentInstruction("RT-7F3K9Q:storeCredit", "TW-1001", "storeCredit", 2500, "EUR", "pi_3MtwBwLkdIwHu7ix28a3tqPa");
        _ledger.Setup(l => l.RefundAsync(credit, It.IsAny<CancellationToken>())).ReturnsAsync(new PaymentResult("SC-0123456789AB", "succeeded"));

        var result = await Payments().RefundAsync(credit);

        Assert.Equal(new PaymentResult("SC-0123456789AB", "succeeded"), result);
        _ledger.Verify(l => l.RefundAsync(credit, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task RefundAsync_ZeroAmount_RecordedByTheLedgerWithoutAStripeRefund()
    {
        var nothing = Refund(amount: 0);
        _ledger.Setup(l => l.RefundAsync(nothing, It.IsAny<CancellationToken>())).ReturnsAsync(new PaymentResult("RF-0123456789AB", "succeeded"));

        var result = await Payments().RefundAsync(nothing);

        Assert.Equal("RF-0123456789AB", result.Reference);
        Assert.Empty(_stub.Requests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task RefundAsync_NoPaymentReference_PermanentErrorToRefundByHand(string? reference)
    {
        var e = await Assert.ThrowsAsync<StripePaymentException>(() => Payments().RefundAsync(Refund(reference!)));

        Assert.Equal("returns_no_payment_reference", e.Code);
        Assert.False(e.IsTransient);
        Assert.Contains("TW-1001", e.Message);
        Assert.Contains("by hand", e.Message);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task RefundAsync_ReferenceNotAStripePayment_PermanentError()
    {
        var e = await Assert.ThrowsAsync<StripePaymentException>(() => Payments().RefundAsync(Refund("PAYPAL-9XY12345")));

        Assert.Equal("returns_unsupported_payment_reference", e.Code);
        Assert.False(e.IsTransient);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task RefundAsync_NegativeAmount_PermanentErrorAndNoRequest()
    {
        var e = await Assert.ThrowsAsync<StripePaymentException>(() => Payments().RefundAsync(Refund(amount: -1)));

        Assert.False(e.IsTransient);
        Assert.Empty(_stub.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(402)]
    public async Task RefundAsync_ChargeAlreadyRefunded_PermanentWithStripesCodeAndMessage(int status)
    {
        _stub.Fail(status, StripeStub.Error("invalid_request_error", "charge_already_refunded", "Charge ch_3MmlLrLkdIwHu7ix0snN0B15 has already been refunded."));

        var e = await Assert.ThrowsAsync<StripePaymentException>(() => Payments().RefundAsync(Refund()));

        Assert.IsNotType<StripeTransientPaymentException>(e);
        Assert.False(e.IsTransient);
        Assert.Equal("charge_already_refunded", e.Code);
        Assert.Equal("invalid_request_error", e.ErrorType);
        Assert.Equal((HttpStatusCode)status, e.StatusCode);
        Assert.Equal("Charge ch_3MmlLrLkdIwHu7ix0snN0B15 has already been refunded.", e.Reason);
        Assert.Contains("charge_already_refunded", e.Message);
        Assert.Contains("has already been refunded", e.Message);
        Assert.StartsWith("req_", e.RequestId);
        Assert.Empty(_stub.Refunds);
    }

    [Fact]
    public async Task RefundAsync_CardError_Permanent()
    {
        _stub.Fail(402, StripeStub.Error("card_error", "expired_card", "The card has expired."));

        var e = await Assert.ThrowsAsync<StripePaymentException>(() => Payments().RefundAsync(Refund()));

        Assert.False(e.IsTransient);
        Assert.Equal("expired_card", e.Code);
        Assert.Equal("card_error", e.ErrorType);
    }

    [Fact]
    public async Task RefundAsync_SameKeyOtherAmount_IdempotencyErrorIsPermanent()
    {
        await Payments().RefundAsync(Refund(amount: 2500));

        var e = await Assert.ThrowsAsync<StripePaymentException>(() => Payments().RefundAsync(Refund(amount: 9900)));

        Assert.False(e.IsTransient);
        Assert.Equal("idempotency_error", e.ErrorType);
        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Single(_stub.Refunds);
    }

    [Theory]
    [InlineData(500, "api_error")]
    [InlineData(503, "api_error")]
    public async Task RefundAsync_ServerError_Transient(int status, string type)
    {
        _stub.Fail(status, StripeStub.Error(type, null, "An unknown error occurred."));

        var e = await Assert.ThrowsAsync<StripeTransientPaymentException>(() => Payments().RefundAsync(Refund()));

        Assert.True(e.IsTransient);
        Assert.Equal((HttpStatusCode)status, e.StatusCode);
        Assert.Equal(type, e.Code);
        Assert.Empty(_stub.Refunds);
    }

    [Fact]
    public async Task RefundAsync_ServerErrorWithoutJson_Transient()
    {
        _stub.Fail(502, "<html><body>Bad Gateway</body></html>");

        var e = await Assert.ThrowsAsync<StripeTransientPaymentException>(() => Payments().RefundAsync(Refund()));

        Assert.Equal(HttpStatusCode.BadGateway, e.StatusCode);
    }

    [Fact]
    public async Task RefundAsync_RateLimited_TransientEvenThoughAnInvalidRequestError()
    {
        _stub.Fail(429, StripeStub.Error("invalid_request_error", "rate_limit", "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests."));

        var e = await Assert.ThrowsAsync<StripeTransientPaymentException>(() => Payments().RefundAsync(Refund()));

        Assert.Equal("rate_limit", e.Code);
        Assert.Equal(HttpStatusCode.TooManyRequests, e.StatusCode);
    }

    [Fact]
    public async Task RefundAsync_StripeNetRetriesA503_WithTheSameKey_OneRefund()
    {
        _stub.Fail(503, StripeStub.Error("api_error", null, "An unknown error occurred."));

        var result = await Payments(retries: 1).RefundAsync(Refund());

        Assert.Equal(2, _stub.Requests.Count);
        Assert.All(_stub.Requests, r => Assert.Equal("RT-7F3K9Q:refund", r.Header("Idempotency-Key")));
        Assert.Equal(Assert.Single(_stub.Refunds)["id"]!.GetValue<string>(), result.Reference);
    }

    [Fact]
    public async Task RefundAsync_WrongApiKey_Permanent()
    {
        var e = await Assert.ThrowsAsync<StripePaymentException>(() => Payments(apiKey: "sk_test_wrongwrongwrongwrong").RefundAsync(Refund()));

        Assert.False(e.IsTransient);
        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
        Assert.Contains("Invalid API Key", e.Message);
    }

    [Fact]
    public async Task RefundAsync_NoServer_TransientNetworkError()
    {
        var payments = Payments();
        await _stub.DisposeAsync();
        _stub = await StripeStub.StartAsync(); // DisposeAsync of the test stops this one

        var e = await Assert.ThrowsAsync<StripeTransientPaymentException>(() => payments.RefundAsync(Refund()));

        Assert.Equal("returns_network_error", e.Code);
        Assert.IsType<HttpRequestException>(e.InnerException);
    }

    [Fact]
    public async Task RefundAsync_NoAnswerInTime_TransientTimeout()
    {
        _stub.Fail(200, "{}", delay: TimeSpan.FromSeconds(10));

        var e = await Assert.ThrowsAsync<StripeTransientPaymentException>(() => Payments(timeout: TimeSpan.FromMilliseconds(300)).RefundAsync(Refund()));

        Assert.Equal("returns_timeout", e.Code);
    }

    [Fact]
    public async Task RefundAsync_CallerCancels_CancellationNotATransientError()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Payments().RefundAsync(Refund(), cancelled.Token));

        Assert.IsNotAssignableFrom<StripePaymentException>(e);
    }

    [Theory]
    [InlineData("RT-7F3K9Q:refund", "RT-7F3K9Q")]
    [InlineData("RT-7F3K9Q", "RT-7F3K9Q")]
    public void ReturnId_IsTheKeyBeforeTheColon(string key, string returnId) => Assert.Equal(returnId, StripePayments.ReturnId(key));

    [Fact]
    public void AddStripePayments_StripeIsThePaymentsWithTheLedgerForStoreCredit()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new ReturnsStorage("UseDevelopmentStorage=true"));
        services.AddSingleton<IPayments, LedgerPayments>();

        services.AddStripePayments(new StripeSettings(StripeStub.ApiKey) { ApiBase = _stub.ApiBase });

        using var provider = services.BuildServiceProvider();
        var payments = Assert.IsType<StripePayments>(Assert.Single(provider.GetServices<IPayments>()));
        Assert.Same(provider.GetRequiredService<LedgerPayments>(), payments.StoreCredit);
    }
}
