using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Social;

/// <summary>
/// Lists of follows come newest first, a page at a time, by display name only. Deleted accounts are left out of the
/// items (the total counts the rows).
/// </summary>
internal static class FollowPages
{
    public const int DefaultPageSize = 20, MaxPageSize = 100;

    public static Validator CheckPaging(int? page, int? pageSize) => new Validator()
        .Check(page is null or >= 1 and <= 10_000, "page", "Pages are numbered from 1 to 10000.")
        .Check(pageSize is null or >= 1 and <= MaxPageSize, "pageSize", $"Between 1 and {MaxPageSize} per page.");

    /// <summary>A page of the people in <paramref name="rows"/>, the follows of one person.</summary>
    /// <returns>null when there is no such person (or their account is deleted).</returns>
    public static async Task<Outcome<PersonPage>?> OfPerson(Guid accountId, int? page, int? pageSize, IQueryable<Follow> rows, Func<Follow, Guid> person,
        IAccountDirectory accounts, CancellationToken ct)
    {
        var v = CheckPaging(page, pageSize);
        if (!v.IsValid) return v;
        if (!(await accounts.People([accountId], ct)).ContainsKey(accountId)) return null;
        return await People(rows, person, page ?? 1, pageSize ?? DefaultPageSize, accounts, ct);
    }

    private static async Task<PersonPage> People(IQueryable<Follow> rows, Func<Follow, Guid> person, int page, int size, IAccountDirectory accounts,
        CancellationToken ct)
    {
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(f => f.CreatedAtUtc).ThenBy(f => f.FollowerId).ThenBy(f => f.TargetId)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var people = await accounts.People(items.Select(person).ToList(), ct);
        return new PersonPage(items.Where(f => people.ContainsKey(person(f)))
            .Select(f => new PersonView(person(f), people[person(f)].DisplayName, f.CreatedAtUtc)).ToList(), page, size, total);
    }
}
