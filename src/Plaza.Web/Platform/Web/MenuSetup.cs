using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Plaza.Web.Platform.Web;

internal static class MenuSetup
{
    /// <summary>
    /// Adds a link to a menu (<see cref="Menus"/>): <paramref name="label"/> is the English key, <paramref name="order"/>
    /// its place among the menu's entries (lower first). See <see cref="MenuEntry"/> for placeholders and <paramref name="currentFor"/>.
    /// </summary>
    public static IServiceCollection AddMenuEntry(this IServiceCollection services, string menu, string label, string href, int order,
        string? testId = null, Func<ClaimsPrincipal, bool>? visibleTo = null, string[]? currentFor = null, MenuBadge? badge = null)
    {
        if (badge is not null) services.TryAddScoped(badge.Counter);
        var entry = new MenuEntry(menu, label, href, order) { TestId = testId, VisibleTo = visibleTo ?? MenuAudience.Everyone, Badge = badge };
        services.AddSingleton(currentFor is null ? entry : entry with { CurrentFor = currentFor });
        return services;
    }
}
