using System.Text.Json;
using Microsoft.DurableTask.Client;
using Moq;
using Returns.Orchestrations.Analytics;
using Returns.Orchestrations.Backoffice;
using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ledger;
using Returns.Orchestrations.Ports;
using Returns.Orchestrations.Privacy;
using Returns.Orchestrations.StoreCredit;
using Returns.Orchestrations.Workflow;
using Returns.Orchestrations.Workflow.Activities;
using Returns.Tests.Api;
using Returns.Tests.Photos;

namespace Returns.Tests.Privacy;

/// <summary>
/// A customer with a finished cross-border return refunded in store credit, seeded through the real services of an
/// <see cref="ApiHarness"/>: photos, label, customs papers, credit note, carrier webhooks, integration events, dev-outbox
/// mail, stock notes, ledger entries and analytics — every place a customer's data ends up — and a finished workflow
/// instance in the mocked durable client, which a purge removes.
/// </summary>
internal sealed class ErasureScenario
{
    private bool _purged;

    private ErasureScenario(ApiHarness api, PrivacyCustomer customer, Order order, ReturnRecord record, string[] photos, CustomerKey key)
    {
        (Api, Customer, Order, Return, Photos, Key) = (api, customer, order, record, photos, key);
    }

    /// <summary>The customer's hash and pseudonym under the deployment's salt.</summary>
    public CustomerKey Key { get; }

    public ApiHarness Api { get; }
    public PrivacyCustomer Customer { get; }
    public Order Order { get; }
    public ReturnRecord Return { get; }
    public string[] Photos { get; }

    public static async Task<ErasureScenario> SeedAsync(ApiHarness api, string stage = ReturnStages.Closed)
    {
        var now = DateTimeOffset.UtcNow;
        var customer = PrivacyCustomer.New();
        var order = customer.Order(ApiHarness.NewOrderNumber()) with { PlacedAt = now.AddDays(-20), DeliveredAt = now.AddDays(-15) };
        await api.Get<IOrderStore>().UpsertAsync(order);

        var photos = api.Get<IPhotoStore>();
        string[] photoIds = [await photos.SaveAsync(order.OrderNumber, JpegSamples.Phone(), "image/jpeg"), await photos.SaveAsync(order.OrderNumber, JpegSamples.Phone(), "image/jpeg")];
        var finished = PersonalDataTests.FinishedReturn(customer, orderNumber: order.OrderNumber);
        var record = finished with
        {
            Stage = stage,
            Resolution = Resolutions.StoreCredit,
            Lines = [finished.Lines[0] with { Photos = [photoIds[0]] }],
            Receipt = finished.Receipt! with { Photos = [photoIds[1]] },
            Refund = null,
            Documents = [IssueReturnLabel.DocumentKind, CustomsPaperBuilder.CommercialInvoiceKind, CustomsPaperBuilder.PackingListKind, CreditNoteContent.DocumentKind],
        };
        var created = await api.Get<IReturnStore>().CreateAsync(record, "TEE-BLK-M:1");
        Assert.True(created.Created);

        var documents = api.Get<IDocumentStore>();
        await documents.SaveAsync(record.ReturnId, IssueReturnLabel.DocumentKind, System.Text.Encoding.UTF8.GetBytes($"LABEL {customer.Name} {customer.Street}"), "application/pdf");
        var paper = api.Get<CustomsPaperBuilder>().Build(order, record, now.AddDays(-9));
        var renderer = api.Get<ICustomsPaperRenderer>();
        await documents.SaveAsync(record.ReturnId, CustomsPaperBuilder.CommercialInvoiceKind, renderer.CommercialInvoice(paper), "application/pdf");
        await documents.SaveAsync(record.ReturnId, CustomsPaperBuilder.PackingListKind, renderer.PackingList(paper), "application/pdf");
        var entry = await api.Get<StoreCreditIssuer>().IssueAsync(record, 2500, now.AddDays(-6));
        record = record with { Credit = new RefundInfo(Resolutions.StoreCredit, entry.Total, "EUR", "succeeded", entry.Code, now.AddDays(-6)) };
        await api.Get<IReturnStore>().SaveAsync(record);

        await api.Get<ICarrierEventLog>().TryRecordAsync(new CarrierEventRecord("generic", "evt-" + record.ReturnId, record.Label!.TrackingNumber, "picked_up",
            now.AddDays(-8), record.ReturnId, JsonSerializer.Serialize(new { description = "picked up at " + customer.Street, name = customer.Name })));
        await api.Get<IIntegrationOutbox>().StoreAsync(new IntegrationEvent($"{record.ReturnId}-5", "returns.return.received", $"returns/{record.ReturnId}", now.AddDays(-7),
            JsonSerializer.Serialize(new { returnId = record.ReturnId, stage = ReturnStages.Received, note = customer.Note })));
        // Sent already (the workflow's notifier would only have queued it): it waits in the dev outbox.
        await api.Get<IEmailSender>().SendAsync(new EmailMessage("mail-" + record.ReturnId, customer.Email, customer.Name, "Ihre Rücksendung " + record.ReturnId,
            $"Hallo {customer.Name}", $"<p>Hallo {customer.Name}</p>", []));
        await api.Get<IEventBroker>().SendAsync(new OutboundEvent($"{record.ReturnId}-5", "returns.return.received", Returns.Adapters.Events.CloudEventJson.Serialize(
            new IntegrationEvent($"{record.ReturnId}-5", "returns.return.received", $"returns/{record.ReturnId}", now.AddDays(-7), JsonSerializer.Serialize(new { note = customer.Note })))));
        await api.Get<IStockLedger>().RecordAsync(new StockUnit(record.ReturnId, "TEE-BLK-M", 1, "A", DispositionKinds.Restock, null, "hub-tw",
            StockStatuses.Restocked, 0, "EUR", now.AddDays(-5), customer.Note));
        await api.Get<ICostLedger>().PostAsync(new LedgerEntry(record.ReturnId, "label", LedgerKinds.Label, 900, "EUR", now.AddDays(-9), "DE", Carrier: "Returns Post"));

        var feed = api.Get<IAnalyticsFeed>();
        Assert.True(await feed.TryRecordOrderAsync(null, order));
        Assert.True(await feed.TryRecordReturnAsync(record));
        await api.Get<AnalyticsAggregator>().ApplyPendingAsync();

        var key = CustomerKey.For(customer.Email, await api.Get<IErasureLog>().SaltAsync());
        var scenario = new ErasureScenario(api, customer, order, record, photoIds, key);
        scenario.FinishedWorkflow();
        return scenario;
    }

    /// <summary>The return's workflow instance as finished, until a purge removes it.</summary>
    public void FinishedWorkflow(OrchestrationRuntimeStatus status = OrchestrationRuntimeStatus.Completed)
    {
        var id = Return.ReturnId;
        Api.Durable.Setup(c => c.GetInstanceAsync(id, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => _purged ? null : new OrchestrationMetadata(nameof(ReturnOrchestrator), id) { RuntimeStatus = status });
        Api.Durable.Setup(c => c.GetInstanceAsync(Returns.Orchestrations.Exchanges.InstantExchangeOrchestrator.InstanceIdFor(id), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OrchestrationMetadata?)null);
        Api.Durable.Setup(c => c.PurgeInstanceAsync(id, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                var count = _purged ? 0 : 1;
                _purged = true;
                return new PurgeResult(count);
            });
    }
}
