namespace Plaza.Web.Modules.Support.ServiceLevels;

/// <summary>
/// A store's service levels: how soon a person should first answer a conversation that came to the store's people, and how
/// soon it should be resolved — in minutes of the store's opening hours, not counting time spent waiting for the customer.
/// A store that never set them has <see cref="Default"/>.
/// </summary>
internal sealed class ServiceTargets
{
    public const int DefaultFirstResponseMinutes = 30, DefaultResolutionMinutes = 8 * 60;
    public const int MaxMinutes = 30 * 24 * 60;

    private ServiceTargets() { }

    public Guid StoreId { get; private set; }
    public int FirstResponseMinutes { get; private set; }
    public int ResolutionMinutes { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public TimeSpan FirstResponse => TimeSpan.FromMinutes(FirstResponseMinutes);
    public TimeSpan Resolution => TimeSpan.FromMinutes(ResolutionMinutes);

    public static ServiceTargets Default(Guid storeId) => new()
    {
        StoreId = storeId, FirstResponseMinutes = DefaultFirstResponseMinutes, ResolutionMinutes = DefaultResolutionMinutes,
    };

    public static ServiceTargets For(Guid storeId, int firstResponseMinutes, int resolutionMinutes, DateTime now) => new()
    {
        StoreId = storeId, FirstResponseMinutes = firstResponseMinutes, ResolutionMinutes = resolutionMinutes, UpdatedAtUtc = now,
    };

    public void Change(int firstResponseMinutes, int resolutionMinutes, DateTime now)
    {
        FirstResponseMinutes = firstResponseMinutes;
        ResolutionMinutes = resolutionMinutes;
        UpdatedAtUtc = now;
    }
}
