using Returns.Orchestrations.Backoffice;

namespace Returns.Tests.Backoffice;

internal static class StockSamples
{
    public static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static StockUnit Unit(string returnId = "RT-ABCDEFGH", string sku = "TEE-BLK-M", int unit = 1) => new(
        returnId, sku, unit, "B", DispositionKinds.Clearance, null, "hub-de", StockStatuses.AwaitingDisposition, 0, "EUR", At, null);
}
