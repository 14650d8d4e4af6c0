using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Identity;

/// <summary>Admins list accounts (not deleted ones), oldest first, 50 a page, optionally matching an email, phone or name.</summary>
internal static class ListAccounts
{
    public sealed record AccountPage(IReadOnlyList<RegisterAccount.AccountView> Items, int Total);

    public static async Task<AccountPage> Execute(PlazaDb db, string? q, int page, CancellationToken ct)
    {
        var query = db.Set<Account>().AsNoTracking().Where(a => a.DeletedAtUtc == null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            query = query.Where(a => (a.Email != null && a.Email.Contains(term)) || (a.Phone != null && a.Phone.Contains(term))
                || a.DisplayName.ToLower().Contains(term));
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(a => a.CreatedAtUtc).Skip(Math.Max(0, page - 1) * 50).Take(50).ToListAsync(ct);
        return new AccountPage(items.Select(RegisterAccount.ToView).ToList(), total);
    }

    public static async Task<Ok<AccountPage>> Handle(PlazaDb db, string? q, int? page, CancellationToken ct) =>
        TypedResults.Ok(await Execute(db, q, page ?? 1, ct));
}
