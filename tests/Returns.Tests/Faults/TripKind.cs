namespace Returns.Tests.Faults;

/// <summary>How a return of the fault load travels: received on the carrier's "delivered" scan, on the warehouse's receipt, or after a merchant review.</summary>
internal enum TripKind
{
    DeliveredScan,
    WarehouseReceipt,
    MerchantReview,
}
