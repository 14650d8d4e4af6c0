using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Communities;

/// <summary>Browse public communities: by name, kind or store, biggest first, a page at a time.</summary>
internal static class ListCommunities
{
    public const int DefaultPageSize = 20, MaxPageSize = 100;

    public sealed record Query(string? Q, string? Kind, Guid? StoreId, int? Page, int? PageSize);

    public static async Task<Outcome<CommunityPage>> Execute(Query query, PlazaDb db, CancellationToken ct)
    {
        var v = new Validator();
        if (query.Q is not null) v.Check(query.Q.Length <= 100, "q", "Search at most 100 characters.");
        var kind = v.ParseEnum<CommunityKind>(query.Kind, "kind", required: false);
        v.Check(query.Page is null or >= 1 and <= 10_000, "page", "Pages are numbered from 1 to 10000.");
        v.Check(query.PageSize is null or >= 1 and <= MaxPageSize, "pageSize", $"Between 1 and {MaxPageSize} per page.");
        if (!v.IsValid) return v;

        var q = db.Set<Community>().AsNoTracking().Where(c => c.Visibility == CommunityVisibility.Public);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim().ToLowerInvariant();
            q = q.Where(c => c.Name.ToLower().Contains(term));
        }
        if (kind is { } k) q = q.Where(c => c.Kind == k);
        if (query.StoreId is { } storeId) q = q.Where(c => c.StoreId == storeId);

        var page = query.Page ?? 1;
        var size = query.PageSize ?? DefaultPageSize;
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(c => c.MemberCount).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new CommunityPage(items.Select(CommunityView.From).ToList(), page, size, total);
    }

    public static async Task<Results<Ok<CommunityPage>, ValidationProblem>> Handle(PlazaDb db, string? q, string? kind, Guid? storeId, int? page, int? pageSize,
        CancellationToken ct)
        => (await Execute(new Query(q, kind, storeId, page, pageSize), db, ct)).OkOr(p => p);
}
