namespace Plaza.Web.Modules.Referral;

internal sealed class ReferralOptions
{
    /// <summary>How long after signing up through a promoter's link the customer's orders earn that promoter commission.</summary>
    public int BindingDays { get; set; } = 30;

    /// <summary>How long after completion a commission stays frozen (the after-sales window), before it is released into the wallet.</summary>
    public int AfterSalesDays { get; set; } = 7;

    /// <summary>How often the release job looks for commissions whose window closed.</summary>
    public int ReleaseSweepSeconds { get; set; } = 300;

    public TimeSpan BindingPeriod => TimeSpan.FromDays(Math.Clamp(BindingDays, 1, 3650));
    public TimeSpan AfterSalesWindow => TimeSpan.FromDays(Math.Clamp(AfterSalesDays, 0, 365));
}
