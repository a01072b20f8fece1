using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Analytics.Themes;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Privacy;
using Returns.Orchestrations.Workflow.Activities;
using Returns.Tests.Adapters;

namespace Returns.Tests.Privacy;

public sealed class PersonalDataTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CustomerKey_SameAddressAnyCaseOrSpacing_SameHashAndPseudonym()
    {
        var a = CustomerKey.For(" Anna.Schmidt@Example.DE ", PrivacyCustomer.Salt);
        var b = CustomerKey.For("anna.schmidt@example.de", PrivacyCustomer.Salt);
        var otherSalt = CustomerKey.For("anna.schmidt@example.de", [.. PrivacyCustomer.Salt.Reverse()]);

        Assert.Equal(a, b);
        Assert.Equal(64, a.Hash.Length);
        Assert.Matches("^[0-9a-f]{12}$", a.Pseudonym);
        Assert.NotEqual(a.Hash, otherSalt.Hash);
        Assert.StartsWith("ER-", a.ErasureId, StringComparison.Ordinal);
        Assert.True(CustomerKey.IsPseudonymEmail(a.PseudonymEmail));
        Assert.False(CustomerKey.IsPseudonymEmail("anna@example.de"));
        Assert.DoesNotContain("anna", a.PseudonymEmail + a.PseudonymName, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnonymiseOrder_PersonalFields_ReplacedByPseudonymAndSaleKept()
    {
        var customer = PrivacyCustomer.New();
        var order = customer.Order("TW-1001") with { PaymentReference = "pi_123", OutboundTrackingNumber = "OUT1" };

        var erased = PersonalData.Anonymise(order, customer.Key, At);

        Assert.Equal(customer.Key.PseudonymEmail, erased.Email);
        Assert.Equal(customer.Key.PseudonymName, erased.CustomerName);
        Assert.Equal(new PostalAddress("DE", customer.Key.PseudonymName, Region: "BE"), erased.ShipTo);
        Assert.Equal(At, erased.ErasedAt);
        Assert.Equal(order.Lines, erased.Lines);
        Assert.Equal((order.ShipFrom, order.PlacedAt, order.Currency, order.PaymentReference, order.OutboundTrackingNumber),
            (erased.ShipFrom, erased.PlacedAt, erased.Currency, erased.PaymentReference, erased.OutboundTrackingNumber));
        Assert.Equal(erased, PersonalData.Anonymise(erased, customer.Key, At.AddDays(1)) with { ErasedAt = At }); // repeat-safe
    }

    [Fact]
    public void KeepErased_OrderSentAgain_KeepsThePseudonymAndTakesTheRest()
    {
        var customer = PrivacyCustomer.New();
        var erased = PersonalData.Anonymise(customer.Order("TW-1002"), customer.Key, At);
        var resent = customer.Order("TW-1002") with { DeliveredAt = At.AddDays(2) };

        var kept = PersonalData.KeepErased(resent, erased);

        Assert.Equal((erased.Email, erased.CustomerName, erased.ShipTo, At), (kept.Email, kept.CustomerName, kept.ShipTo, kept.ErasedAt!.Value));
        Assert.Equal(At.AddDays(2), kept.DeliveredAt);
    }

    [Fact]
    public void AnonymiseReturn_FreeTextPhotosAndName_GoneAndFiguresKept()
    {
        var customer = PrivacyCustomer.New();
        var record = FinishedReturn(customer);

        var erased = PersonalData.Anonymise(record, customer.Order(record.OrderNumber), customer.Key, At);

        var json = System.Text.Json.JsonSerializer.Serialize(erased);
        foreach (var needle in customer.Needles)
            Assert.DoesNotContain(needle, json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(customer.Key.PseudonymEmail, erased.Email);
        Assert.All(erased.Lines, l => Assert.Empty(l.Photos));
        Assert.Null(erased.Lines[0].Comment);
        Assert.Equal(["runs_small"], erased.Lines[0].Topics!.Themes);
        Assert.Empty(erased.Receipt!.Photos);
        Assert.Equal("hub-tw", erased.Receipt.Location);
        Assert.All(erased.Timeline, t => Assert.Null(t.Note));
        Assert.Equal(record.Timeline.Select(t => (t.Stage, t.At)), erased.Timeline.Select(t => (t.Stage, t.At)));
        Assert.DoesNotContain(IssueReturnLabel.DocumentKind, erased.Documents);
        Assert.Equal((record.Refund, record.Label, record.Stage, record.Sequence), (erased.Refund, erased.Label, erased.Stage, erased.Sequence));
        Assert.Same(erased, PersonalData.Anonymise(erased, null, customer.Key, At.AddDays(1)));
    }

    [Fact]
    public void Contributions_ErasedReturn_CountTheSameWithoutTheExample()
    {
        var customer = PrivacyCustomer.New();
        var record = FinishedReturn(customer);
        var erased = PersonalData.Anonymise(record, customer.Order(record.OrderNumber), customer.Key, At);
        var currency = new ReportingCurrency("EUR", Returns.Tests.Domain.DomainSamples.Rules.Current);

        var before = Contributions.ForReturn(ReturnFactBuilder.Build(record, null, [], [], currency, "de"));
        var after = Contributions.ForReturn(ReturnFactBuilder.Build(erased, null, [], [], currency, "de"));

        Assert.True(AnalyticsContribution.Difference(after.Contribution, before.Contribution).IsEmpty);
        Assert.Contains(before.Notes.Values, n => n.Sample is not null);
        Assert.DoesNotContain(after.Notes.Values, n => n.Sample is not null);
    }

    [Fact]
    public void AnonymiseReturn_KeywordThatIsTheCustomersName_IsDroppedOthersKept()
    {
        var customer = PrivacyCustomer.New();
        var surname = customer.Name.Split(' ')[1];
        var record = FinishedReturn(customer) is var r
            ? r with { Lines = [r.Lines[0] with { Comment = $"Reißverschluss klemmt, {surname} Geheimweg" }] }
            : null!;

        var erased = PersonalData.Anonymise(record, customer.Order(record.OrderNumber), customer.Key, At);
        var analysis = CommentThemes.Analyze(record.Lines[0].Comment, "de");

        Assert.Empty(analysis.Themes);
        Assert.Contains(surname.ToLowerInvariant(), analysis.Terms);
        Assert.Contains("geheimweg", analysis.Terms);
        Assert.Equal(["reissverschluss", "klemmt"], erased.Lines[0].Topics!.Terms);
    }

    [Fact]
    public void AnonymiseFacts_Comment_ReplacedByTheErasedLinesAnalysis()
    {
        var customer = PrivacyCustomer.New();
        var record = FinishedReturn(customer);
        var erased = PersonalData.Anonymise(record, null, customer.Key, At);
        var currency = new ReportingCurrency("EUR", Returns.Tests.Domain.DomainSamples.Rules.Current);
        var fact = ReturnFactBuilder.Build(record, null, [], [], currency, "de");

        var scrubbed = PersonalData.Anonymise(fact, erased);

        Assert.True(PersonalData.HoldsText(fact));
        Assert.False(PersonalData.HoldsText(scrubbed));
        Assert.Equal(erased.Lines[0].Topics, scrubbed.Lines[0].Topics);
        Assert.True(AnalyticsContribution.Difference(Contributions.ForReturn(scrubbed).Contribution, Contributions.ForReturn(fact).Contribution).IsEmpty);
    }

    [Fact]
    public void ErasureCounts_EveryKindPresent_EvenWhenNothingWasFound()
    {
        var counts = new ErasureCounts();

        Assert.Equal(ErasureKinds.Erased.Order(StringComparer.Ordinal), counts.Erased.Keys);
        Assert.Equal(ErasureKinds.Anonymised.Order(StringComparer.Ordinal), counts.Anonymised.Keys);
        Assert.Equal(ErasureKinds.Retained.Order(StringComparer.Ordinal), counts.Retained.Keys);
        Assert.Equal(0, counts.Total);
        counts.Erased[ErasureKinds.Photos] = 2;
        Assert.Equal(4, counts.Plus(counts).Erased[ErasureKinds.Photos]);
    }

    /// <summary>A closed return full of the customer's words: comment, photos, notes everywhere, a label.</summary>
    internal static ReturnRecord FinishedReturn(PrivacyCustomer customer, string? returnId = null, string? orderNumber = null)
    {
        var created = DateTimeOffset.UtcNow.AddDays(-10);
        var record = AdapterSamples.Return(returnId ?? AdapterSamples.NewReturnId(), orderNumber ?? AdapterSamples.NewOrderNumber(),
            ReturnStages.Closed, created, customer.Email);
        return record with
        {
            CustomerName = customer.Name,
            Lines = [record.Lines[0] with { Comment = customer.Comment, Photos = ["PHOTO-1-aaaaaaaaaaaaaa"] }],
            Timeline =
            [
                new TimelineEntry(ReturnStages.AwaitingConfirmation, created),
                new TimelineEntry(ReturnStages.Approved, created.AddHours(1)),
                new TimelineEntry(ReturnStages.LabelIssued, created.AddHours(2)),
                new TimelineEntry(ReturnStages.InTransit, created.AddDays(1), "picked_up at " + customer.Street),
                new TimelineEntry(ReturnStages.Received, created.AddDays(3), customer.Note),
                new TimelineEntry(ReturnStages.Inspected, created.AddDays(4)),
                new TimelineEntry(ReturnStages.RefundIssued, created.AddDays(4)),
                new TimelineEntry(ReturnStages.Closed, created.AddDays(4)),
            ],
            Label = new LabelInfo("Returns Post", "International Return", "TRK" + AzuriteStorage.Unique(), created.AddHours(2)),
            Documents = [IssueReturnLabel.DocumentKind],
            Receipt = new ReceiptDetails("hub-tw", [new ReceivedLine("TEE-BLK-M", 1)], created.AddDays(3)) { Note = customer.Note, Photos = ["PHOTO-2-bbbbbbbbbbbbbb"] },
            Inspection = [new InspectedLine("TEE-BLK-M", 1, "A", customer.Note)],
            DecisionNote = "Approved for " + customer.Name,
            Refund = new RefundInfo(Resolutions.Refund, 2500, "EUR", "succeeded", "RF-1", created.AddDays(4)),
            Sequence = 8,
        };
    }

}
