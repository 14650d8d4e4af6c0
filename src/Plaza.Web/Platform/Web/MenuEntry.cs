using System.Security.Claims;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Platform.Web;

/// <summary>The menus modules add entries to, each from its own AddX() (<see cref="MenuSetup.AddMenuEntry"/>).</summary>
internal static class Menus
{
    /// <summary>The site's navigation in the page header, after the shell's Home and Search.</summary>
    public const string Main = "main";

    /// <summary>The menu on every back-office page of one store; its links hold {storeId}.</summary>
    public const string Staff = "staff";

    /// <summary>The administrators' menu on every /admin page.</summary>
    public const string Admin = "admin";
}

/// <summary>
/// One link of a menu, registered by the module whose page it opens. <see cref="Label"/> is the English key the
/// page translates. <see cref="Href"/> and <see cref="CurrentFor"/> may hold placeholders ("{storeId}") the page
/// fills in. A pattern of <see cref="CurrentFor"/> ending in * matches the paths that start with what comes before
/// it; any other pattern matches that path only.
/// </summary>
internal sealed record MenuEntry(string Menu, string Label, string Href, int Order)
{
    public string? TestId { get; init; }

    /// <summary>Where this entry is the page one is on; by default its link and everything under it.</summary>
    public IReadOnlyList<string> CurrentFor { get; init; } = [Href + "*"];

    public Func<ClaimsPrincipal, bool> VisibleTo { get; init; } = MenuAudience.Everyone;

    public MenuBadge? Badge { get; init; }
}

/// <summary>Who sees an entry: the rules the header applied inline before modules registered their entries.</summary>
internal static class MenuAudience
{
    public static readonly Func<ClaimsPrincipal, bool> Everyone = _ => true;
    public static readonly Func<ClaimsPrincipal, bool> SignedIn = u => u.Identity?.IsAuthenticated == true;
    public static readonly Func<ClaimsPrincipal, bool> SignedOut = u => u.Identity?.IsAuthenticated != true;
    public static readonly Func<ClaimsPrincipal, bool> Staff = u => u.IsStaff();

    public static Func<ClaimsPrincipal, bool> InAnyRole(params string[] roles) => u => roles.Any(u.IsInRole);
}

/// <summary>
/// A count beside an entry, like unread notifications: <see cref="Counter"/> is the module's <see cref="IMenuBadge"/>
/// (scoped), <see cref="Label"/> the English key screen readers hear after the number. Nothing shows at zero.
/// </summary>
internal sealed record MenuBadge(Type Counter, string Label, string TestId)
{
    public static MenuBadge Of<T>(string label, string testId) where T : class, IMenuBadge => new(typeof(T), label, testId);
}

internal interface IMenuBadge
{
    Task<int> Count(ClaimsPrincipal user, CancellationToken ct);
}
