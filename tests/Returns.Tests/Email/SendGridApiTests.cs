using Returns.Adapters.Email;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Localization;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow;
using Returns.Tests.Domain;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Returns.Tests.Email;

/// <summary>
/// The SendGrid adapter through the real SendGrid SDK against a local server that checks requests as SendGrid's
/// v3 mail/send API expects them: every customer email of every stage, in every portal language, greets the
/// customer by name and travels with a plain-text and an HTML body; so does the customer's reminder.
/// </summary>
public sealed class SendGridApiTests : IAsyncLifetime
{
    private static readonly string[] CustomerStages =
    [
        ReturnStages.AwaitingConfirmation, ReturnStages.AwaitingApproval, ReturnStages.LabelIssued, ReturnStages.InTransit, ReturnStages.CustomsHold,
        ReturnStages.Received, ReturnStages.Inspected, ReturnStages.RefundIssued, ReturnStages.CreditIssued, ReturnStages.ExchangeShipped,
        ReturnStages.Rejected, ReturnStages.Expired, ReturnStages.Cancelled,
    ];

    private SendGridStub _stub = null!;

    public async Task InitializeAsync() => _stub = await SendGridStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private SendGridNotifier Notifier() =>
        new(new SendGridClient(new SendGridClientOptions { ApiKey = SendGridStub.ApiKey, Host = _stub.Host }), new EmailAddress("returns@demo-shop.example", "Demo Shop Returns"));

    public static TheoryData<string> Languages() => [.. CustomerLanguages.Default.Supported];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task SendAsync_EveryStageEmailInALanguage_ReachesSendGridAsItsApiExpects(string language)
    {
        var record = DomainSamples.Return() with
        {
            Locale = language, CustomerName = "Mei-Ling Chen", Refund = new RefundInfo(Resolutions.Refund, 5000, "EUR", "succeeded", "re_1", DomainSamples.DeliveredAt),
            Label = new LabelInfo("Returns Post", "standard", "RP123", DomainSamples.DeliveredAt),
        };
        var composer = DomainSamples.Composer();
        var sent = 0;
        foreach (var stage in CustomerStages)
        {
            var email = composer.ForStage(record with { Stage = stage }, new StageChange(record.ReturnId, sent + 3, stage, DomainSamples.DeliveredAt, true));
            Assert.NotNull(email);
            await Notifier().SendAsync(email);
            sent++;

            var (method, path, authorization, contentType, body) = _stub.Requests[^1];
            Assert.Equal(("POST", "/v3/mail/send", "Bearer " + SendGridStub.ApiKey), (method, path, authorization));
            Assert.StartsWith("application/json", contentType);
            var to = body!["personalizations"]![0]!["to"]![0]!;
            Assert.Equal(("anna@example.de", "Mei-Ling Chen"), (to["email"]!.GetValue<string>(), to["name"]!.GetValue<string>()));
            Assert.Equal("returns@demo-shop.example", body["from"]!["email"]!.GetValue<string>());
            // The subject may be the message's or the personalization's (SendGrid takes the personalization's first).
            Assert.Equal(email.Subject, (body["personalizations"]![0]!["subject"] ?? body["subject"])!.GetValue<string>());
            var content = body["content"]!.AsArray();
            // SendGrid requires text/plain before text/html.
            Assert.Equal(["text/plain", "text/html"], content.Select(c => c!["type"]!.GetValue<string>()));
            Assert.Contains("Mei-Ling Chen", content[0]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains($"lang=\"{language}\"", content[1]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
            // The email id rides as a custom argument (personalization or message level), so SendGrid's events name it.
            Assert.Equal(email.Id, (body["personalizations"]![0]!["custom_args"] ?? body["custom_args"])!["emailId"]!.GetValue<string>());
        }

        // The customer's reminder (an unused label) goes the same way, in the same language.
        var reminder = composer.ForReminder(record with { Stage = ReturnStages.LabelIssued }, new ReminderRequest(record.ReturnId, ReminderKinds.LabelUnused, 9));
        await Notifier().SendAsync(reminder);
        var reminderBody = _stub.Requests[^1].Body!;
        Assert.Contains("Mei-Ling Chen", reminderBody["content"]![0]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"lang=\"{language}\"", reminderBody["content"]![1]!["value"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.Equal(CustomerStages.Length + 1, _stub.Requests.Count);
        Assert.Equal(CustomerStages.Length + 1, _stub.Requests.Select(r => (r.Body!["personalizations"]![0]!["subject"] ?? r.Body["subject"])!.GetValue<string>()).Distinct().Count());
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(401)]
    public async Task SendAsync_SendGridRefuses_ThrowsSoTheStepIsRetried(int status)
    {
        _stub.Fail(status);
        var email = DomainSamples.Composer().ForStage(DomainSamples.Return(), new StageChange("ret-0123456789abcdef", 2, ReturnStages.InTransit, DomainSamples.DeliveredAt, true))!;

        var error = await Assert.ThrowsAsync<EmailRefusedException>(() => Notifier().SendAsync(email));

        Assert.Equal(status, (int?)error.StatusCode);
        await Notifier().SendAsync(email); // delivered on the retry
        Assert.Equal(2, _stub.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_WrongApiKey_IsRefusedBySendGrid()
    {
        var notifier = new SendGridNotifier(new SendGridClient(new SendGridClientOptions { ApiKey = "SG.wrong", Host = _stub.Host }), new EmailAddress("returns@demo-shop.example"));
        var email = DomainSamples.Composer().ForStage(DomainSamples.Return(), new StageChange("ret-0123456789abcdef", 2, ReturnStages.InTransit, DomainSamples.DeliveredAt, true))!;

        var error = await Assert.ThrowsAsync<EmailRefusedException>(() => notifier.SendAsync(email));

        Assert.Equal(401, (int?)error.StatusCode);
    }
}
