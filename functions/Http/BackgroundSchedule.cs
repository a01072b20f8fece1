namespace Returns.Functions.Http;

/// <summary>
/// When the background rounds (integration-event dispatch, analytics) run on Azure. Once a minute, both at second 0:
/// Flex Consumption bills each active second of an instance, so two timers firing together on one instance every
/// minute cost a sixtieth of what ten-second timers cost, and a shop with no returns pays next to nothing.
/// </summary>
public static class BackgroundSchedule
{
    public const string EveryMinute = "0 * * * * *";
}
