namespace Returns.Orchestrations.Workflow;

public static class RouteKinds
{
    public const string Direct = "direct";
    public const string Returnless = "returnless";
}
