using Microsoft.DurableTask;
using Returns.Tests.Adapters;
using Moq;
using Returns.Orchestrations.Compliance;
using Returns.Orchestrations.Compliance.Claims;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Workflow.Activities;
using Returns.Tests.Domain;

namespace Returns.Tests.Workflow;

/// <summary>Deadline reminders for duty and tax claims: at each lead time once, the nearest when several are due.</summary>
public sealed class SendTaxClaimRemindersTests
{
    private static readonly DateOnly Deadline = new(2026, 3, 31);

    private readonly Mock<ITaxClaimStore> _claims = new();
    private readonly HashSet<string> _sent = [];
    private readonly List<EmailMessage> _emails = [];
    private readonly Mock<INotifier> _notifier = new();

    public SendTaxClaimRemindersTests()
    {
        _claims.Setup(c => c.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() => [Assessment()]);
        _claims.Setup(c => c.ReminderSentAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, string key, CancellationToken _) => _sent.Contains($"{id}/{key}"));
        _claims.Setup(c => c.MarkReminderSentAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, CancellationToken>((id, key, _) => _sent.Add($"{id}/{key}")).Returns(Task.CompletedTask);
        _notifier.Setup(n => n.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Callback<EmailMessage, CancellationToken>((m, _) => _emails.Add(m)).Returns(Task.CompletedTask);
    }

    private static TaxClaim Claim(string rule, string status) => new(
        rule, ClaimKinds.Drawback, "US", "Drawback", "19 U.S.C. 1313(c)", ["1313(c)"], status, new Money(1_980, "EUR"), Deadline,
        "File in ACE.", ["Proof of export"], "99 % of the duty.", "secondary", ["S40"]);

    private static TaxClaimAssessment Assessment() => new(
        "ret-claims-1", "TW-1001", "US", "DE", new Money(2_000, "EUR"), DateTimeOffset.UnixEpoch, "test",
        [Claim("open", TaxClaimStatuses.Claimable), Claim("done", TaxClaimStatuses.NotApplicable)]);

    private Task<int> RunAsync(DateOnly today)
    {
        var clock = new ManualClock(new DateTimeOffset(today, new TimeOnly(6, 0), TimeSpan.Zero));
        var activity = new SendTaxClaimReminders(_claims.Object, DomainSamples.Composer(), _notifier.Object, clock);
        return activity.RunAsync(Mock.Of<TaskActivityContext>(), [30, 7]);
    }

    [Fact]
    public async Task Run_EachLeadTimeOnce_OpenClaimsOnly()
    {
        Assert.Equal(0, await RunAsync(Deadline.AddDays(-31)));
        Assert.Equal(1, await RunAsync(Deadline.AddDays(-30)));
        Assert.Equal(0, await RunAsync(Deadline.AddDays(-29)));
        Assert.Equal(1, await RunAsync(Deadline.AddDays(-7)));
        Assert.Equal(0, await RunAsync(Deadline.AddDays(-1)));
        Assert.Equal(0, await RunAsync(Deadline.AddDays(1)));

        Assert.Equal(2, _emails.Count);
        Assert.All(_emails, m => Assert.Equal("merchant@shop.example", m.To));
        Assert.Contains("30 days left", _emails[0].Subject, StringComparison.Ordinal);
        Assert.Contains("7 days left", _emails[1].Subject, StringComparison.Ordinal);
        Assert.Contains("2026-03-31", _emails[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SeveralLeadTimesDueAtOnce_SendsOnlyTheNearestAndMarksBoth()
    {
        Assert.Equal(1, await RunAsync(Deadline.AddDays(-5)));
        Assert.Equal(0, await RunAsync(Deadline.AddDays(-4)));

        var email = Assert.Single(_emails);
        Assert.Contains("5 days left", email.Subject, StringComparison.Ordinal);
        Assert.Contains("ret-claims-1/open-30d", _sent);
        Assert.Contains("ret-claims-1/open-7d", _sent);
    }

    [Fact]
    public async Task Run_RetriedAfterSendingButBeforeMarking_TheEmailIdIsTheSame()
    {
        _claims.Setup(c => c.MarkReminderSentAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("storage down"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(Deadline.AddDays(-7)));
        _claims.Setup(c => c.MarkReminderSentAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);

        await RunAsync(Deadline.AddDays(-7));

        Assert.Equal(2, _emails.Count);
        Assert.Equal(_emails[0].Id, _emails[1].Id);
    }
}
