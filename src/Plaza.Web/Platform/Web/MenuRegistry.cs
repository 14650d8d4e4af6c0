using System.Security.Claims;

namespace Plaza.Web.Platform.Web;

/// <summary>An entry as one page shows it: its link filled in, and whether it is the page one is on.</summary>
internal sealed record MenuItem(MenuEntry Entry, string Href, bool IsCurrent)
{
    public string Label => Entry.Label;
    public string? TestId => Entry.TestId;
}

/// <summary>
/// The menus' entries as registered by the modules: what a person sees of one menu, in order, with the current
/// entry marked. Where several entries match the path, the longest pattern wins, so "/staff/stores/{storeId}"
/// (the orders) does not shadow "/staff/stores/{storeId}/coupons".
/// </summary>
internal sealed class MenuRegistry(IEnumerable<MenuEntry> entries)
{
    private readonly ILookup<string, MenuEntry> _byMenu = entries.OrderBy(e => e.Order).ToLookup(e => e.Menu, StringComparer.Ordinal);

    /// <param name="values">What fills the placeholders of links, like storeId.</param>
    public IReadOnlyList<MenuItem> Items(string menu, ClaimsPrincipal user, string path, IReadOnlyDictionary<string, string>? values = null)
    {
        var visible = _byMenu[menu].Where(e => e.VisibleTo(user))
            .Select(e => (Entry: e, Match: e.CurrentFor.Max(p => MatchLength(Fill(p, values), path)))).ToList();
        var best = visible.Where(v => v.Match >= 0).Select(v => v.Match).DefaultIfEmpty(-1).Max();
        var current = best < 0 ? null : visible.First(v => v.Match == best).Entry;
        return visible.Select(v => new MenuItem(v.Entry, Fill(v.Entry.Href, values), ReferenceEquals(v.Entry, current))).ToList();
    }

    /// <summary>The badge's count for this person, or 0 when the entry has none.</summary>
    public static async Task<int> BadgeCount(MenuItem item, HttpContext http) =>
        item.Entry.Badge is { } badge
            ? await ((IMenuBadge)http.RequestServices.GetRequiredService(badge.Counter)).Count(http.User, http.RequestAborted)
            : 0;

    /// <summary>How much of the path the pattern covers, or -1 when it does not match. Paths route case-insensitively.</summary>
    private static int MatchLength(string pattern, string path) =>
        pattern.EndsWith('*')
            ? path.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase) ? pattern.Length - 1 : -1
            : string.Equals(pattern, path, StringComparison.OrdinalIgnoreCase) ? pattern.Length : -1;

    private static string Fill(string template, IReadOnlyDictionary<string, string>? values) =>
        values is null ? template : values.Aggregate(template, (t, v) => t.Replace("{" + v.Key + "}", Uri.EscapeDataString(v.Value), StringComparison.Ordinal));
}
