using System.Net;
using System.Text.Json;
using Moq;
using Returns.Adapters.Email;
using Returns.Orchestrations.Ports;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Returns.Tests.Adapters;

public class SendGridNotifierTests
{
    private static readonly EmailMessage Message = new(
        "email-RT-ABCD1234-confirm", "anna@example.de", "Anna Schmidt", "Bitte bestätigen Sie Ihre Rücksendung",
        "Plain body", "<p>Html body</p>", ["http://test.local/confirm"]);

    private static (Mock<ISendGridClient> Client, List<SendGridMessage> Sent) Client(HttpStatusCode status)
    {
        var sent = new List<SendGridMessage>();
        var client = new Mock<ISendGridClient>(MockBehavior.Strict);
        client.Setup(c => c.SendEmailAsync(It.IsAny<SendGridMessage>(), It.IsAny<CancellationToken>()))
            .Callback<SendGridMessage, CancellationToken>((m, _) => sent.Add(m))
            .ReturnsAsync(() => new Response(status, new StringContent(""), null));
        return (client, sent);
    }

    private static SendGridNotifier Notifier(ISendGridClient client) =>
        new(client, new EmailAddress("returns@demo-shop.example", "Demo Shop Returns"));

    [Fact]
    public async Task SendAsync_Accepted_SendsOneMailWithFromToSubjectAndBothBodies()
    {
        var (client, sent) = Client(HttpStatusCode.Accepted);

        await Notifier(client.Object).SendAsync(Message);

        // The JSON SendGrid's v3 mail/send API receives.
        using var json = JsonDocument.Parse(Assert.Single(sent).Serialize());
        var root = json.RootElement;
        Assert.Equal("returns@demo-shop.example", root.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Demo Shop Returns", root.GetProperty("from").GetProperty("name").GetString());
        var personalization = Assert.Single(root.GetProperty("personalizations").EnumerateArray());
        var to = Assert.Single(personalization.GetProperty("to").EnumerateArray());
        Assert.Equal("anna@example.de", to.GetProperty("email").GetString());
        Assert.Equal("Anna Schmidt", to.GetProperty("name").GetString());
        // SendGrid takes the subject from the personalization, else from the top level.
        var subject = personalization.TryGetProperty("subject", out var own) ? own : root.GetProperty("subject");
        Assert.Equal(Message.Subject, subject.GetString());
        var content = root.GetProperty("content").EnumerateArray()
            .ToDictionary(c => c.GetProperty("type").GetString()!, c => c.GetProperty("value").GetString());
        Assert.Equal("Plain body", content["text/plain"]);
        Assert.Equal("<p>Html body</p>", content["text/html"]);
    }

    [Fact]
    public async Task SendAsync_AnyMail_CarriesTheEmailIdAsCustomArg()
    {
        var (client, sent) = Client(HttpStatusCode.Accepted);

        await Notifier(client.Object).SendAsync(Message);

        using var json = JsonDocument.Parse(Assert.Single(sent).Serialize());
        var root = json.RootElement;
        var args = root.TryGetProperty("custom_args", out var top)
            ? top
            : root.GetProperty("personalizations")[0].GetProperty("custom_args");
        Assert.Equal("email-RT-ABCD1234-confirm", args.GetProperty("emailId").GetString());
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task SendAsync_NonSuccessResponse_Throws(HttpStatusCode status)
    {
        var (client, _) = Client(status);

        var error = await Assert.ThrowsAsync<EmailRefusedException>(() => Notifier(client.Object).SendAsync(Message));

        Assert.Equal(status, error.StatusCode);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }
}
