namespace Returns.Orchestrations.Policy;

public static class PostagePayers
{
    public const string Merchant = "merchant";
    public const string Customer = "customer";
}
