namespace Returns.Orchestrations.Privacy;

/// <summary>What an erasure counts, grouped as the answer and the audit record report it.</summary>
public static class ErasureKinds
{
    // Erased: deleted outright.
    public const string Photos = "photos";
    public const string Documents = "documents";
    public const string OutboxEmails = "outboxEmails";
    public const string CommentSamples = "commentSamples";
    public const string AnalyticsKeywords = "analyticsKeywords";
    public const string CarrierEventPayloads = "carrierEventPayloads";
    public const string WorkflowHistories = "workflowHistories";

    // Anonymised: kept with the personal fields replaced by the pseudonym or dropped.
    public const string Orders = "orders";
    public const string Returns = "returns";
    public const string AnalyticsFacts = "analyticsFacts";
    public const string StoreCredits = "storeCredits";
    public const string StockUnitNotes = "stockUnitNotes";
    public const string IntegrationEvents = "integrationEvents";
    public const string OutboxEvents = "outboxEvents";

    // Retained: records the law requires keeping, under the pseudonym (documents re-issued with it).
    public const string CreditNotes = "creditNotes";
    public const string CustomsPapers = "customsPapers";
    public const string Refunds = "refunds";
    public const string LedgerEntries = "ledgerEntries";
    public const string TaxClaims = "taxClaims";

    public static readonly IReadOnlyList<string> Erased =
        [Photos, Documents, OutboxEmails, CommentSamples, AnalyticsKeywords, CarrierEventPayloads, WorkflowHistories];

    public static readonly IReadOnlyList<string> Anonymised =
        [Orders, Returns, AnalyticsFacts, StoreCredits, StockUnitNotes, IntegrationEvents, OutboxEvents];

    public static readonly IReadOnlyList<string> Retained = [CreditNotes, CustomsPapers, Refunds, LedgerEntries, TaxClaims];
}
