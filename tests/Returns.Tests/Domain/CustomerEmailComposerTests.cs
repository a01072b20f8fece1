using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Workflow;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Domain;

public sealed class CustomerEmailComposerTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 5, 10, 0, 0, TimeSpan.Zero);

    private static StageChange Change(string stage, int sequence = 1, string? note = null) => new("ret-0123456789abcdef", sequence, stage, At, true, note);

    private static string TokenOf(string url)
    {
        const string marker = "/api/returns/confirm?token=";
        var index = url.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index > 0, url);
        return Uri.UnescapeDataString(url[(index + marker.Length)..].Split('&')[0]);
    }

    [Fact]
    public void ForStage_AwaitingConfirmation_ContainsConfirmLinkThatVerifies()
    {
        var record = Return(TeeLine(2)) with { Locale = "en-US" };

        var email = Composer().ForStage(record, Change(ReturnStages.AwaitingConfirmation))!;

        var link = Assert.Single(email.Links);
        Assert.StartsWith("https://returns.example.com/api/returns/confirm?token=", link);
        Assert.Contains(link, email.Text);
        Assert.Contains("2 item(s)", email.Text);
        Assert.EndsWith("&lang=en", link);
        Assert.Contains("TW-1001", email.Text);
        var check = new LinkTokenSigner(SigningKey).Verify(TokenOf(link), ReturnLinks.ConfirmPurpose, At.AddDays(1));
        Assert.Equal(new LinkToken(record.ReturnId, ReturnLinks.ConfirmPurpose, At.AddDays(2)), check.Token);
        Assert.Equal(LinkTokenStatus.Valid, check.Status);
        Assert.Equal(LinkTokenStatus.Expired, new LinkTokenSigner(SigningKey).Verify(TokenOf(link), ReturnLinks.ConfirmPurpose, At.AddDays(2).AddSeconds(1)).Status);
    }

    [Fact]
    public void ForStage_SameStep_GivesSameIdAndNextStepAnother()
    {
        var record = Return();
        var composer = Composer();

        var first = composer.ForStage(record, Change(ReturnStages.InTransit, 4))!;
        var again = composer.ForStage(record, Change(ReturnStages.InTransit, 4))!;
        var next = composer.ForStage(record, Change(ReturnStages.Received, 5))!;

        Assert.Equal("ret-0123456789abcdef-4", first.Id);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal("ret-0123456789abcdef-5", next.Id);
    }

    [Fact]
    public void ForStage_Customer_GreetedByNameInTextAndEncodedInHtml()
    {
        var record = Return() with { CustomerName = "Anna <Schmidt>", Locale = "en-GB" };

        var email = Composer().ForStage(record, Change(ReturnStages.Received))!;

        Assert.Equal(record.Email, email.To);
        Assert.Equal("Anna <Schmidt>", email.ToName);
        Assert.StartsWith("Hello Anna <Schmidt>,", email.Text);
        Assert.Contains(">Hello Anna &lt;Schmidt&gt;,</p>", email.Html);
        Assert.DoesNotContain("<Schmidt>", email.Html);
    }

    [Fact]
    public void ForStage_ApprovedOrClosed_NoEmail()
    {
        Assert.Null(Composer().ForStage(Return(), Change(ReturnStages.Approved)));
        Assert.Null(Composer().ForStage(Return(), Change(ReturnStages.Closed)));
    }

    [Fact]
    public void ForStage_Rejected_BodyIsTheReason()
    {
        var email = Composer().ForStage(Return(), Change(ReturnStages.Rejected, 3, "Worn and washed."))!;

        Assert.Contains("Worn and washed.", email.Text);
    }

    [Fact]
    public void ForStage_RefundIssued_StatesFormattedAmount()
    {
        var record = Return() with { Refund = new RefundInfo(Resolutions.Refund, 123456, "EUR", "succeeded", "re_1", At) };

        var german = Composer().ForStage(record, Change(ReturnStages.RefundIssued, 7))!;
        var english = Composer().ForStage(record with { Locale = "en-US" }, Change(ReturnStages.RefundIssued, 7))!;

        Assert.Contains("Wir haben 1.234,56 €", german.Text.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Contains("We refunded €1,234.56", english.Text);
    }

    [Fact]
    public void ForStage_EveryCustomerStage_ComposesAnEmail()
    {
        var silent = new[] { ReturnStages.Approved, ReturnStages.Closed };
        foreach (var stage in ReturnStages.All.Except(silent))
            Assert.NotNull(Composer().ForStage(Return(), Change(stage)));
    }

    [Fact]
    public void ForReminder_InspectionLate_GoesToMerchantWithStableKindSpecificId()
    {
        var record = Return();

        var email = Composer().ForReminder(record, new ReminderRequest(record.ReturnId, ReminderKinds.InspectionLate, 6));

        Assert.Equal("ret-0123456789abcdef-6-inspection_late", email.Id);
        Assert.Equal("merchant@shop.example", email.To);
        Assert.StartsWith("Hello,", email.Text);
        Assert.Equal(["https://returns.example.com/admin?return=ret-0123456789abcdef"], email.Links);
    }

    [Fact]
    public void ForReminder_LabelUnused_GoesToCustomerWithLabelLink()
    {
        var record = Return();

        var email = Composer().ForReminder(record, new ReminderRequest(record.ReturnId, ReminderKinds.LabelUnused, 3));

        Assert.Equal("ret-0123456789abcdef-3-label_unused", email.Id);
        Assert.Equal(record.Email, email.To);
        Assert.Contains(email.Links, l => l.StartsWith("https://returns.example.com/api/returns/ret-0123456789abcdef/label?token=", StringComparison.Ordinal));
        Assert.DoesNotContain(email.Links, l => l.Contains("anna", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("de-DE", "de", "Hallo Anna Schmidt,")]
    [InlineData("ja-JP", "ja", "Anna Schmidt")]
    [InlineData("zh-TW", "zh-Hant", "Anna Schmidt")]
    [InlineData("ko-KR", "ko", "Anna Schmidt")]
    public void ForStage_CustomerLocale_WritesTheEmailInTheirLanguage(string locale, string language, string greeting)
    {
        var record = Return() with { Locale = locale, CustomerName = "Anna Schmidt" };
        var text = Returns.Orchestrations.Localization.CustomerLanguages.Default.For(locale);

        var email = Composer().ForStage(record, Change(ReturnStages.Received))!;

        Assert.Equal(text.Text("email.stages.received.subject", ("id", record.ReturnId)), email.Subject);
        Assert.Contains(text.Text("email.stages.received.body"), email.Text);
        Assert.Contains(greeting, email.Text.Split('\n')[0]);
        Assert.Contains($"<html lang=\"{language}\">", email.Html);
        Assert.Contains($"&lang={language}", Assert.Single(email.Links));
    }

    [Fact]
    public void ForReminder_UnknownKind_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Composer().ForReminder(Return(), new ReminderRequest("ret-1", "nonsense", 1)));
    }
}
