using System.Net;
using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Tests.Api;

namespace Returns.Tests.Security;

/// <summary>
/// Everything a guest can guess is counted (ApiHarness allows <see cref="ApiHarness.LookupFailureLimit"/> failures per
/// client and twice that per target): order lookups, return requests and photo uploads by order number and email, and
/// reading a return (status, label, QR code, documents) by return id and email. Signed links cannot be guessed and
/// are never limited.
/// </summary>
public sealed class GuestRateLimitTests : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    private TrackingHandlers Tracking => _api.Get<TrackingHandlers>();

    [Theory]
    [InlineData("status")]
    [InlineData("label")]
    [InlineData("qr")]
    [InlineData("document")]
    public async Task ReturnRead_RepeatedWrongEmailsFromOneClient_429EvenForTheRightEmail(string read)
    {
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued, "RS" + Guid.NewGuid().ToString("N")[..9] + "DE");
        var ip = ApiHarness.RandomIp();
        for (var i = 0; i < ApiHarness.LookupFailureLimit; i++)
            Assert.Equal(404, (await ReadAsync(read, record.ReturnId, $"email=guess{i}@example.de", ip)).Status);

        var blocked = await ReadAsync(read, record.ReturnId, "email=" + Uri.EscapeDataString(record.Email), ip);
        var otherClient = await ReadAsync("status", record.ReturnId, "email=" + Uri.EscapeDataString(record.Email), ApiHarness.RandomIp());
        var signedLink = await ReadAsync("status", record.ReturnId, "token=" + _api.Get<ReturnLinks>().AccessToken(record.ReturnId), ip);

        Assert.Equal(429, blocked.Status);
        Assert.Equal("tooManyAttempts", blocked.Json.GetProperty("code").GetString());
        Assert.Equal(200, otherClient.Status);
        Assert.Equal(200, signedLink.Status);
    }

    [Fact]
    public async Task ReturnRead_ManyClientsGuessingOneReturnsEmail_GetThatReturn429()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued);
        for (var i = 0; i < ApiHarness.LookupFailureLimit * 2; i++)
            Assert.Equal(404, (await ReadAsync("status", record.ReturnId, $"email=guess{i}@example.de", ApiHarness.RandomIp())).Status);

        var next = await ReadAsync("status", record.ReturnId, "email=" + Uri.EscapeDataString(record.Email), ApiHarness.RandomIp());
        var otherReturn = await _api.SeedReturnAsync(ReturnStages.LabelIssued);
        var unaffected = await ReadAsync("status", otherReturn.ReturnId, "email=" + Uri.EscapeDataString(otherReturn.Email), ApiHarness.RandomIp());

        Assert.Equal(429, next.Status);
        Assert.Equal(200, unaffected.Status);
    }

    [Fact]
    public async Task ReturnRead_WalkingReturnIdsFromOneClient_Gets429()
    {
        var ip = ApiHarness.RandomIp();
        for (var i = 0; i < ApiHarness.LookupFailureLimit; i++)
            Assert.Equal(404, (await ReadAsync("status", $"RT-0000000{i}", "email=anna%40example.de", ip)).Status);

        Assert.Equal(429, (await ReadAsync("status", "RT-00000099", "email=anna%40example.de", ip)).Status);
    }

    [Fact]
    public async Task ForgedLinks_AreNotCountedAgainstTheClient()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued);
        var ip = ApiHarness.RandomIp();
        for (var i = 0; i < ApiHarness.LookupFailureLimit * 3; i++)
            Assert.Equal(404, (await ReadAsync("status", record.ReturnId, $"token=forged{i}.AAAA", ip)).Status);

        Assert.Equal(200, (await ReadAsync("status", record.ReturnId, "email=" + Uri.EscapeDataString(record.Email), ip)).Status);
    }

    [Fact]
    public async Task ReturnRequests_WrongEmails_CountTowardsTheSameLimitAsLookups()
    {
        var order = await _api.SeedOrderAsync();
        var ip = ApiHarness.RandomIp();
        for (var i = 0; i < ApiHarness.LookupFailureLimit; i++)
        {
            var create = _api.Json("POST", new { email = $"guess{i}@example.de", orderNumber = order.OrderNumber, locale = "de-DE", resolution = "refund",
                lines = new[] { new { sku = "TEE-BLK-M", quantity = 1, reason = "changed_mind" } } }, ip: ip);
            Assert.Equal(404, (await ApiHarness.RunAsync(create, _api.Get<PortalHandlers>().CreateReturnAsync(create.Request, _api.Client, CancellationToken.None))).Status);
        }

        var lookup = _api.Json("POST", new { email = order.Email, orderNumber = order.OrderNumber }, ip: ip);
        Assert.Equal(429, (await ApiHarness.RunAsync(lookup, _api.Get<PortalHandlers>().LookupAsync(lookup.Request, CancellationToken.None))).Status);
        Assert.Empty(_api.Started);
    }

    [Fact]
    public async Task Clients_OneIpv6Network_IsOneClient()
    {
        var order = await _api.SeedOrderAsync();
        for (var i = 0; i < ApiHarness.LookupFailureLimit; i++)
        {
            // A new address of the same /64 for every guess, as anyone holding a /64 can.
            var ip = IPAddress.Parse($"2001:db8:1234:5678:{i:x}::{i + 1:x}");
            Assert.Equal(404, (await LookupAsync(order.OrderNumber, $"guess{i}@example.de", ip)).Status);
        }

        Assert.Equal(429, (await LookupAsync(order.OrderNumber, order.Email, IPAddress.Parse("2001:db8:1234:5678:ffff::1"))).Status);
        Assert.Equal(200, (await LookupAsync(order.OrderNumber, order.Email, IPAddress.Parse("2001:db8:1234:5679::1"))).Status);
    }

    [Theory]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData(null, "unknown")]
    public void ClientNetwork_CountsIpv6By64AndIpv4ByAddress(string? address, string expected)
    {
        Assert.Equal(expected, GuestAccess.ClientNetwork(address is null ? null : IPAddress.Parse(address)));
    }

    private Task<ApiResponse> LookupAsync(string orderNumber, string email, IPAddress ip)
    {
        var context = _api.Json("POST", new { email, orderNumber }, ip: ip);
        return ApiHarness.RunAsync(context, _api.Get<PortalHandlers>().LookupAsync(context.Request, CancellationToken.None));
    }

    private Task<ApiResponse> ReadAsync(string read, string returnId, string query, IPAddress ip)
    {
        var context = _api.Context(query: query, ip: ip);
        var request = context.Request;
        return ApiHarness.RunAsync(context, read switch
        {
            "status" => Tracking.GetReturnAsync(request, returnId, CancellationToken.None),
            "label" => Tracking.GetLabelAsync(request, returnId, CancellationToken.None),
            "qr" => Tracking.GetQrAsync(request, returnId, CancellationToken.None),
            _ => Tracking.GetDocumentAsync(request, returnId, "commercial-invoice", CancellationToken.None),
        });
    }
}
