namespace Returns.Orchestrations.Compliance;

/// <summary>The event a statutory refund deadline counts from.</summary>
public static class RefundClocks
{
    /// <summary>The customer's notice of withdrawal (the return request).</summary>
    public const string Notice = "notice";

    /// <summary>The merchant receiving the goods back (or proof of dispatch, where the law allows it).</summary>
    public const string GoodsReceived = "goodsReceived";

    public static IReadOnlyList<string> All { get; } = [Notice, GoodsReceived];
}
