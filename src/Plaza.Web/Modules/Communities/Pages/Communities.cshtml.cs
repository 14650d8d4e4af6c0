using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Communities.Pages;

/// <summary>Browse public communities: search by name, filter by kind, biggest first.</summary>
internal sealed class CommunitiesModel(PlazaDb db) : PageModel
{
    public const int PageSize = 20;

    public CommunityPage Results { get; private set; } = new([], 1, PageSize, 0);
    public string? Q { get; private set; }
    public string? Kind { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Results.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(string? q, string? kind, int? p, CancellationToken ct)
    {
        ModelState.Remove(nameof(p));
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        Kind = Enum.TryParse<CommunityKind>(kind, true, out var k) && Enum.IsDefined(k) ? k.ToString().ToLowerInvariant() : null;
        PageNumber = p is >= 1 and <= 10_000 ? p.Value : 1;
        var outcome = await ListCommunities.Execute(new ListCommunities.Query(Q, Kind, null, PageNumber, PageSize), db, ct);
        if (outcome.Ok) Results = outcome.Value!;
        else
            foreach (var (field, messages) in outcome.Errors!)
                foreach (var message in messages) ModelState.AddModelError(field, message);
    }

    public string Link(int page) => QueryHelpers.AddQueryString("/communities",
        new Dictionary<string, string?> { ["q"] = Q, ["kind"] = Kind, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
