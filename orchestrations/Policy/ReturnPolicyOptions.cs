namespace Returns.Orchestrations.Policy;

/// <summary>
/// The configured defaults of the merchant's policy (section "Returns:Policy"); the policy saved through the admin
/// API (<see cref="MerchantPolicy"/>) replaces them.
/// </summary>
public sealed class ReturnPolicyOptions
{
    /// <summary>Days from delivery (or from the order when delivery is unknown) during which lines can be returned.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>Order lines carrying this tag cannot be returned.</summary>
    public string FinalSaleTag { get; set; } = "final_sale";

    /// <summary>Returns worth more than this (minor units of the order currency) wait for a merchant decision.</summary>
    public long ReviewAboveAmount { get; set; } = 50_000;

    /// <summary>What happens when the merchant does not decide in time.</summary>
    public bool ApproveOnReviewTimeout { get; set; } = true;

    /// <summary>Returns worth less than this are refunded without sending the goods back (0 = never).</summary>
    public long ReturnlessBelowAmount { get; set; }

    /// <summary>Who pays return postage: "merchant" (a free label) or "customer" (deducted from the refund).</summary>
    public string ReturnPostagePaidBy { get; set; } = PostagePayers.Merchant;

    /// <summary>The postage deducted when the customer pays it, in minor units of the order currency.</summary>
    public long ReturnPostageFee { get; set; }

    /// <summary>A restocking fee in percent of the returned value (0 = none).</summary>
    public int RestockingFeePercent { get; set; }

    /// <summary>The shop shows its return policy and the statutory information before the sale.</summary>
    public bool PolicyDisplayed { get; set; } = true;
}
