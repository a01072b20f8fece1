using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;
using Returns.Tests.Api;

namespace Returns.Tests.Security;

/// <summary>
/// Every signed link the customer gets: the confirmation link (GET /api/returns/confirm) and the read link of the
/// tracking page, status, label, QR code and documents. Forged links change nothing and tell nothing; expired ones say
/// so in the customer's language; a confirmation link used again confirms once.
/// </summary>
public sealed class EmailLinkSecurityTests : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    private ReturnLinks Links => _api.Get<ReturnLinks>();

    private TrackingHandlers Tracking => _api.Get<TrackingHandlers>();

    public static TheoryData<string> Forgeries => new()
    {
        "another return id in the payload",
        "a later expiry in the payload",
        "another purpose in the payload",
        "one character of the signature changed",
        "the signature cut short",
        "the signature with bytes added",
        "the payload without a signature",
        "the payload and a dot",
        "the signature without a payload",
        "signed with another key",
        "signed for another purpose",
        "expired and re-signed with another key",
        "not a token at all",
        "two kilobytes of characters",
        "an empty token",
    };

    public static TheoryData<string> Reads => new() { "status", "label", "qr", "commercial-invoice" };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task ConfirmLink_Forged_400PageAndNothingRaised(string forgery)
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingConfirmation);

        var response = await ConfirmAsync(Forge(forgery, record.ReturnId, ReturnLinks.ConfirmPurpose), "lang=en");

        Assert.Equal(400, response.Status);
        Assert.StartsWith("text/html", response.ContentType);
        Assert.Contains("This link is not valid", response.Body);
        Assert.DoesNotContain(record.ReturnId, response.Body);
        Assert.Empty(_api.RaisedFor(record.ReturnId));
        Assert.Equal(ReturnStages.AwaitingConfirmation, (await _api.Get<IReturnStore>().GetAsync(record.ReturnId))!.Stage);
    }

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task ReadLink_Forged_SameAnswerAsAReturnThatDoesNotExist(string forgery)
    {
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued);
        var nobody = await ReadAsync("status", "RT-ZZZZZZZZ", "token=" + Links.AccessToken("RT-ZZZZZZZZ"));

        foreach (var read in Reads)
        {
            var response = await ReadAsync(read, record.ReturnId, "token=" + Uri.EscapeDataString(Forge(forgery, record.ReturnId, ReturnLinks.TrackPurpose)));

            Assert.Equal(404, response.Status);
            Assert.Equal(nobody.Json.GetProperty("detail").GetString(), response.Detail);
            Assert.Equal("returnNotFound", response.Json.GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task ReadLink_AnotherReturnsLink_SameAnswerAsAReturnThatDoesNotExist()
    {
        var mine = await _api.SeedReturnAsync(ReturnStages.LabelIssued);
        var theirs = await _api.SeedReturnAsync(ReturnStages.LabelIssued);

        foreach (var read in Reads)
        {
            var response = await ReadAsync(read, theirs.ReturnId, "token=" + Links.AccessToken(mine.ReturnId));

            Assert.Equal(404, response.Status);
            Assert.Equal("returnNotFound", response.Json.GetProperty("code").GetString());
        }
    }

    [Theory]
    [InlineData("de-DE", "Dieser Link ist abgelaufen")]
    [InlineData("zh-TW", "此連結已過期")]
    [InlineData("ja-JP", "このリンクは有効期限が切れています")]
    public async Task ConfirmLink_Expired_410PageInTheCustomersLanguageWithAWayOn(string locale, string expected)
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingConfirmation, change: r => r with { Locale = locale });

        var response = await ConfirmAsync(Links.Signer.Sign(new LinkToken(record.ReturnId, ReturnLinks.ConfirmPurpose, DateTimeOffset.UtcNow.AddMinutes(-1))));

        Assert.Equal(410, response.Status);
        Assert.StartsWith("text/html", response.ContentType);
        Assert.Contains(expected, response.Body);
        Assert.Contains($"lang=\"{CustomerLanguageOf(locale)}\"", response.Body);
        Assert.Contains("/portal?lang=", response.Body); // the way to start again
        Assert.Empty(_api.RaisedFor(record.ReturnId));
    }

    [Theory]
    [InlineData("zh-TW", "此連結已過期。請重新查詢您的訂單")]
    [InlineData("de-DE", "Dieser Link ist abgelaufen. Suchen Sie Ihre Bestellung erneut")]
    public async Task ReadLink_Expired_410InTheCustomersLanguage(string locale, string expected)
    {
        var record = await _api.SeedReturnAsync(ReturnStages.LabelIssued, change: r => r with { Locale = locale });
        var expired = Links.Signer.Sign(new LinkToken(record.ReturnId, ReturnLinks.TrackPurpose, DateTimeOffset.UtcNow.AddMinutes(-1)));

        foreach (var read in Reads)
        {
            var response = await ReadAsync(read, record.ReturnId, "token=" + expired);

            Assert.Equal(410, response.Status);
            Assert.Equal("linkExpired", response.Json.GetProperty("code").GetString());
            Assert.Contains(expected, response.Detail);
        }
    }

    [Fact]
    public async Task ConfirmLink_ClickedTwiceBeforeTheWorkflowMovedOn_RaisesTheSameEventIdSoItCountsOnce()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingConfirmation);
        var token = Links.Signer.Sign(new LinkToken(record.ReturnId, ReturnLinks.ConfirmPurpose, DateTimeOffset.UtcNow.AddDays(1)));

        var first = await ConfirmAsync(token, "lang=en");
        var second = await ConfirmAsync(token, "lang=en");

        Assert.Equal(200, first.Status);
        Assert.Equal(200, second.Status);
        var raised = _api.RaisedFor(record.ReturnId);
        Assert.Equal(2, raised.Count);
        Assert.Single(raised.Select(e => e.EventId).Distinct()); // the workflow drops a repeated event id
    }

    [Fact]
    public async Task ConfirmLink_UsedAgainAfterConfirmation_SamePageNoSecondEffect()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.AwaitingConfirmation);
        var token = Links.Signer.Sign(new LinkToken(record.ReturnId, ReturnLinks.ConfirmPurpose, DateTimeOffset.UtcNow.AddDays(1)));
        Assert.Equal(200, (await ConfirmAsync(token, "lang=en")).Status);
        await _api.Get<IReturnStore>().SaveAsync(record with { Stage = ReturnStages.LabelIssued });

        var answers = new List<ApiResponse>();
        for (var i = 0; i < 3; i++)
            answers.Add(await ConfirmAsync(token, "lang=en"));

        Assert.All(answers, a =>
        {
            Assert.Equal(200, a.Status);
            Assert.Contains("Already confirmed", a.Body);
        });
        Assert.Single(_api.RaisedFor(record.ReturnId));
    }

    /// <summary>A link for <paramref name="returnId"/> made wrong in the way <paramref name="forgery"/> names.</summary>
    private string Forge(string forgery, string returnId, string purpose)
    {
        var genuine = Links.Signer.Sign(new LinkToken(returnId, purpose, DateTimeOffset.UtcNow.AddDays(1)));
        var dot = genuine.IndexOf('.', StringComparison.Ordinal);
        var (payload, signature) = (genuine[..dot], genuine[(dot + 1)..]);
        var claims = JsonNode.Parse(Base64Url.DecodeFromChars(payload))!.AsObject();
        string Edited(Action<JsonObject> edit)
        {
            var copy = claims.DeepClone().AsObject();
            edit(copy);
            return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(copy.ToJsonString())) + "." + signature;
        }

        var otherKey = new LinkTokenSigner(Encoding.UTF8.GetBytes("another-signing-key-of-the-same-length!!"));
        var otherPurpose = purpose == ReturnLinks.ConfirmPurpose ? ReturnLinks.TrackPurpose : ReturnLinks.ConfirmPurpose;
        return forgery switch
        {
            "another return id in the payload" => Edited(c => c["R"] = "RT-ZZZZZZZZ"),
            "a later expiry in the payload" => Edited(c => c["E"] = DateTimeOffset.UtcNow.AddYears(5).ToUnixTimeSeconds()),
            "another purpose in the payload" => Edited(c => c["P"] = otherPurpose),
            "one character of the signature changed" => payload + "." + signature[..^2] + (signature[^2] == 'A' ? 'B' : 'A') + signature[^1],
            "the signature cut short" => genuine[..^4],
            "the signature with bytes added" => genuine + "AAAA",
            "the payload without a signature" => payload,
            "the payload and a dot" => payload + ".",
            "the signature without a payload" => "." + signature,
            "signed with another key" => otherKey.Sign(new LinkToken(returnId, purpose, DateTimeOffset.UtcNow.AddDays(1))),
            "signed for another purpose" => Links.Signer.Sign(new LinkToken(returnId, otherPurpose, DateTimeOffset.UtcNow.AddDays(1))),
            "expired and re-signed with another key" => otherKey.Sign(new LinkToken(returnId, purpose, DateTimeOffset.UtcNow.AddDays(-1))),
            "not a token at all" => "<script>alert(1)</script>",
            "two kilobytes of characters" => new string('A', 1024) + "." + new string('B', 1024),
            "an empty token" => "",
            _ => throw new ArgumentOutOfRangeException(nameof(forgery), forgery, null),
        };
    }

    private static string CustomerLanguageOf(string locale) => locale switch
    {
        "zh-TW" => "zh-Hant",
        _ => locale[..2],
    };

    private Task<ApiResponse> ConfirmAsync(string token, string? extraQuery = null)
    {
        var context = _api.Context(query: "?token=" + Uri.EscapeDataString(token) + (extraQuery is null ? "" : "&" + extraQuery));
        return ApiHarness.RunAsync(context, _api.Get<ConfirmationHandlers>().ConfirmAsync(context.Request, _api.Client, CancellationToken.None));
    }

    private Task<ApiResponse> ReadAsync(string read, string returnId, string query)
    {
        var context = _api.Context(query: query);
        return ApiHarness.RunAsync(context, read switch
        {
            "status" => Tracking.GetReturnAsync(context.Request, returnId, CancellationToken.None),
            "label" => Tracking.GetLabelAsync(context.Request, returnId, CancellationToken.None),
            "qr" => Tracking.GetQrAsync(context.Request, returnId, CancellationToken.None),
            _ => Tracking.GetDocumentAsync(context.Request, returnId, read, CancellationToken.None),
        });
    }
}
