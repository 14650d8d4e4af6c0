using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Identity.Pages;

/// <summary>Admins find accounts and grant or take away roles.</summary>
[Authorize(Roles = Platform.Auth.Roles.Admin)]
internal sealed class UsersModel(PlazaDb db) : PageModel
{
    public const int PageSize = 50;

    public ListAccounts.AccountPage Accounts { get; private set; } = new([], 0);
    public string? Q { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Accounts.Total + PageSize - 1) / PageSize);

    [TempData]
    public string? Done { get; set; }

    [TempData]
    public string? DoneFor { get; set; }

    public async Task OnGetAsync(string? q, int? p, CancellationToken ct) => await Load(q, p, ct);

    public Task<IActionResult> OnPostGrantAsync(Guid accountId, string? role, string? q, int? p, CancellationToken ct) =>
        Change(accountId, role, grant: true, q, p, ct);

    public Task<IActionResult> OnPostRevokeAsync(Guid accountId, string? role, string? q, int? p, CancellationToken ct) =>
        Change(accountId, role, grant: false, q, p, ct);

    private async Task<IActionResult> Change(Guid accountId, string? role, bool grant, string? q, int? p, CancellationToken ct)
    {
        try
        {
            var outcome = await ManageRoles.Change(accountId, role, grant, db, ct);
            if (outcome.Ok)
            {
                Done = grant ? "granted" : "revoked";
                DoneFor = outcome.Value!.DisplayName;
                return Redirect(Link(q, p));
            }
            foreach (var (field, messages) in outcome.Errors!)
                foreach (var message in messages)
                    ModelState.AddModelError("", field == "accountId" ? "No such account." : "Choose one of the roles shown.");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        await Load(q, p, ct);
        return Page();
    }

    private async Task Load(string? q, int? p, CancellationToken ct)
    {
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        PageNumber = p is >= 1 and <= 100_000 ? p.Value : 1;
        Accounts = await ListAccounts.Execute(db, Q, PageNumber, ct);
    }

    public static string Link(string? q, int? p)
    {
        var query = new Dictionary<string, string?>
            { ["q"] = q, ["p"] = p is > 1 ? p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null };
        return QueryHelpers.AddQueryString("/admin/users", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
