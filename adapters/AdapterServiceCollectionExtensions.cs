using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Returns.Adapters.Carriers;
using Returns.Adapters.Carriers.EasyPost;
using Returns.Adapters.Documents;
using Returns.Adapters.Email;
using Returns.Adapters.Events;
using Returns.Adapters.Outbox;
using Returns.Adapters.Payments;
using Returns.Adapters.Payments.Stripe;
using Returns.Adapters.Storage;
using Returns.Adapters.Webhooks;
using Returns.Orchestrations.Compliance.Papers;
using Returns.Orchestrations.Integrations;
using Returns.Orchestrations.Routing.Consolidation;
using Returns.Orchestrations.StoreCredit;
using Returns.Orchestrations.Ports;
using SendGrid;

namespace Returns.Adapters;

public static class AdapterServiceCollectionExtensions
{
    /// <summary>The Azure SDK adapters behind the workflow's ports (Azurite locally, Azure in the cloud).</summary>
    public static IServiceCollection AddReturnsAdapters(this IServiceCollection services, AdapterSettings settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new ReturnsStorage(settings.Storage.CreateTableServiceClient(), settings.Storage.CreateBlobServiceClient()));
        services.AddSingleton<IOrderStore, TableOrderStore>();
        services.AddSingleton<IReturnStore, TableReturnStore>();
        services.AddSingleton<ICarrierEventLog, TableCarrierEventLog>();
        services.AddSingleton<IDocumentStore, BlobDocumentStore>();
        services.AddSingleton<IPhotoStore, BlobPhotoStore>();
        services.AddSingleton<IMerchantPolicyStore>(sp => new TableMerchantPolicyStore(sp.GetRequiredService<ReturnsStorage>()));
        services.AddSingleton<ITaxClaimStore, TableTaxClaimStore>();
        services.AddSingleton<ICostLedger, TableCostLedger>();
        services.AddSingleton<IHubBatchStore, TableHubBatchStore>();
        services.AddSingleton<IStockLedger, TableStockLedger>();
        services.AddSingleton<IAnalyticsStore>(sp => new TableAnalyticsStore(sp.GetRequiredService<ReturnsStorage>()));
        services.AddSingleton<IStoreCredit>(sp => new TableStoreCredit(sp.GetRequiredService<ReturnsStorage>(), sp.GetService<StoreCreditCodes>()));
        services.AddSingleton<ICreditNoteRenderer, CreditNoteRenderer>();
        services.AddSingleton<IConsolidationPaperRenderer, ConsolidationManifestRenderer>();
        services.AddSingleton<IRoutingNetworkStore>(sp => new BlobRoutingNetworkStore(sp.GetRequiredService<ReturnsStorage>()));
        services.AddSingleton<ICustomsPaperRenderer, CustomsPaperRenderer>();
        services.AddSingleton<IPayments, LedgerPayments>();
        if (!string.IsNullOrWhiteSpace(settings.StripeApiKey))
            services.AddStripePayments(new StripeSettings(settings.StripeApiKey) { ApiBase = settings.StripeApiBase });
        services.AddSingleton<LabelPdfRenderer>();
        services.AddSingleton<BuiltInCarrier>();
        services.AddSingleton<ILabelCarrier>(sp => sp.GetRequiredService<BuiltInCarrier>());
        if (!string.IsNullOrWhiteSpace(settings.EasyPostApiKey))
        {
            services.AddEasyPostCarrier(new EasyPostSettings(settings.EasyPostApiKey)
            {
                BaseAddress = settings.EasyPostBaseUrl ?? EasyPostSettings.ProductionBaseAddress,
                // The routing network's carrier ids and the carrier names EasyPost answers rates with.
                CarrierNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["easypost-usps"] = "USPS" },
            });
        }

        services.AddSingleton<ILabelCarriers>(sp =>
        {
            var adapters = new Dictionary<string, ILabelCarrier>(StringComparer.OrdinalIgnoreCase);
            if (sp.GetService<EasyPostCarrier>() is { } easyPost)
                adapters[LabelCarriers.EasyPost] = easyPost;
            return new LabelCarriers(adapters, sp.GetRequiredService<BuiltInCarrier>());
        });
        services.AddSingleton<TableOutbox>();
        services.AddSingleton<IDevOutbox>(sp => sp.GetRequiredService<TableOutbox>());
        services.AddSingleton<IErasureLog, TableErasureLog>();

        // The workflow only stores emails; the dispatcher hands them to SendGrid (or the local outbox) with retries.
        services.AddSingleton<INotifier, OutboxEmailNotifier>();
        if (string.IsNullOrWhiteSpace(settings.SendGridApiKey))
        {
            services.AddSingleton<IEmailSender, OutboxNotifier>();
        }
        else
        {
            // A send that hangs counts as failed after 30 s and is retried later (SDK default: 100 s).
            services.AddSingleton<ISendGridClient>(new SendGridClient(
                new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) },
                settings.SendGridApiKey));
            services.AddSingleton<IEmailSender>(sp => new SendGridNotifier(
                sp.GetRequiredService<ISendGridClient>(), new SendGrid.Helpers.Mail.EmailAddress(settings.EmailFrom, settings.EmailFromName)));
        }

        // The workflow only stores integration events; the dispatcher sends them to the broker and the merchant webhooks.
        services.AddSingleton<IIntegrationOutbox>(sp => new TableIntegrationOutbox(
            sp.GetRequiredService<ReturnsStorage>(), TableIntegrationOutbox.TableNameFor(settings.TaskHub)));
        services.AddSingleton<IntegrationDispatcher>();
        services.AddSingleton<IEventPublisher, IntegrationOutboxPublisher>();
        services.AddOptions<IntegrationDispatchOptions>();
        if (settings.ServiceBus is null)
        {
            services.AddSingleton<IEventBroker, OutboxEventBroker>();
        }
        else
        {
            services.AddSingleton(settings.ServiceBus.CreateClient());
            services.AddSingleton<IEventBroker>(sp =>
                new ServiceBusEventBroker(sp.GetRequiredService<ServiceBusClient>().CreateSender(ServiceBusEventBroker.TopicName)));
        }

        services.AddSingleton<IWebhookSender>(sp => new HttpWebhookSender(
            // One long-lived client; the pooled-connection lifetime lets it notice DNS changes without IHttpClientFactory.
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan },
            settings.WebhookSigningSecret ?? [], sp.GetRequiredService<TimeProvider>()));

        return services;
    }
}
