using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes.Pages;

/// <summary>
/// /feed: the Following and Discover tabs (links, so they work without JavaScript), one page of note cards and a
/// "Load more" link that carries the cursor. Without a tab: Following when signed in, else Discover. An
/// unusable cursor (an old link) shows the newest page with a notice rather than an error.
/// </summary>
internal sealed class FeedModel(PlazaDb db, NoteReader reader, IFollowGraph follows, ICommunityAccess communities, IAccountDirectory accounts,
    TimeProvider clock) : PageModel
{
    public FeedTab Tab { get; private set; }
    public NotePage? Notes { get; private set; }
    public bool NeedsSignIn { get; private set; }
    public bool CursorExpired { get; private set; }
    public bool IsLaterPage { get; private set; }

    public static string Link(FeedTab tab, string? cursor = null) =>
        $"/feed?tab={(tab == FeedTab.Following ? "following" : "discover")}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));

    public async Task OnGetAsync(string? tab, string? cursor, CancellationToken ct)
    {
        var viewer = User.AccountId();
        Tab = tab?.ToLowerInvariant() switch
        {
            "following" => FeedTab.Following,
            "discover" => FeedTab.Discover,
            _ => viewer is null ? FeedTab.Discover : FeedTab.Following,
        };
        var name = Tab == FeedTab.Following ? "following" : "discover";
        var d = new Feed.Dependencies(db, reader, follows, communities, accounts, clock);
        var outcome = await Feed.Execute(name, cursor, null, viewer, d, ct);
        if (outcome is { Ok: false })
        {
            CursorExpired = true;
            outcome = await Feed.Execute(name, null, null, viewer, d, ct);
        }
        if (outcome is not { } o)
        {
            NeedsSignIn = true;
            return;
        }
        Notes = o.Value;
        IsLaterPage = !CursorExpired && !string.IsNullOrEmpty(cursor);
    }
}
