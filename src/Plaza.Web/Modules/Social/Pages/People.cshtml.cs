using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Social.Pages;

/// <summary>Who follows a person, or whom they follow: display names linking to profiles, a page at a time.</summary>
internal sealed class PeopleModel(PlazaDb db, IAccountDirectory accounts) : PageModel
{
    public const int PageSize = 50;

    public Guid AccountId { get; private set; }
    public string DisplayName { get; private set; } = "";
    public bool IsFollowers { get; private set; }
    public PersonPage People { get; private set; } = new([], 1, PageSize, 0);
    public int PageNumber => People.Page;
    public int PageCount => Math.Max(1, (People.Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(Guid accountId, string list, int? p, CancellationToken ct)
    {
        if (list is not ("followers" or "following")) return NotFound();
        if ((await accounts.People([accountId], ct)).GetValueOrDefault(accountId) is not { } person) return NotFound();
        ModelState.Remove(nameof(p));
        var outcome = list == "followers"
            ? await ListFollowers.Execute(accountId, p is >= 1 and <= 10_000 ? p : 1, PageSize, db, accounts, ct)
            : await ListFollowing.Execute(accountId, p is >= 1 and <= 10_000 ? p : 1, PageSize, db, accounts, ct);
        if (outcome is not { Ok: true } o) return NotFound();
        (AccountId, DisplayName, IsFollowers, People) = (accountId, person.DisplayName, list == "followers", o.Value!);
        return Page();
    }

    public string Link(int page) => $"/people/{AccountId}/{(IsFollowers ? "followers" : "following")}?p={page}";
}
