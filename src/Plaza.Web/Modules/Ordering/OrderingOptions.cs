namespace Plaza.Web.Modules.Ordering;

internal sealed class OrderingOptions
{
    public int PaymentTimeoutMinutes { get; set; } = 15;
    public int ExpirySweepSeconds { get; set; } = 30;
}
