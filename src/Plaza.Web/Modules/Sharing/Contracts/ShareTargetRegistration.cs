using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Sharing.Contracts;

/// <summary>How a module registers what it lets people share, from its own AddX().</summary>
internal static class ShareTargetRegistration
{
    /// <summary>The share_links column holds at most this many characters.</summary>
    public const int MaxNameLength = 20;

    /// <summary>
    /// Adds the kind <paramref name="name"/>, found by <typeparamref name="TFinder"/> (a scoped service). Refused at
    /// start-up when the name is not a capital letter then letters and digits (at most <see cref="MaxNameLength"/>), or
    /// when a kind of the same name in any case is registered already (the API takes any case).
    /// </summary>
    public static IServiceCollection AddShareTarget<TFinder>(this IServiceCollection services, string name, int order, bool inStore = false)
        where TFinder : class, IShareTargetFinder =>
        services.AddNamed(new ShareTargetDefinition(name, order, inStore, typeof(TFinder)), k => k.Name, MaxNameLength, "Share target")
            .AddScoped<TFinder>();
}
