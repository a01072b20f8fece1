namespace Returns.Orchestrations.Compliance;

/// <summary>Who pays return postage under a statutory right.</summary>
public static class PostageRules
{
    /// <summary>The customer, but only if the merchant said so before the sale; otherwise the merchant (EU, GB).</summary>
    public const string ConsumerIfInformed = "consumerIfInformed";

    /// <summary>The customer (JP, KR for change of mind, CN, MX).</summary>
    public const string Consumer = "consumer";

    /// <summary>The merchant; the customer bears no cost (TW, BR, faulty goods).</summary>
    public const string Business = "business";

    /// <summary>The law says nothing: the merchant's policy decides.</summary>
    public const string SellerPolicy = "sellerPolicy";

    public static IReadOnlyList<string> All { get; } = [ConsumerIfInformed, Consumer, Business, SellerPolicy];
}
