using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Social;

/// <summary>
/// Who follows a person and whom they follow, newest first, a page at a time, by display name only.
/// Deleted accounts are left out of the items (the total counts the rows).
/// </summary>
internal static class ListFollows
{
    public const int DefaultPageSize = 20, MaxPageSize = 100;

    private static Validator CheckPaging(int? page, int? pageSize) => new Validator()
        .Check(page is null or >= 1 and <= 10_000, "page", "Pages are numbered from 1 to 10000.")
        .Check(pageSize is null or >= 1 and <= MaxPageSize, "pageSize", $"Between 1 and {MaxPageSize} per page.");

    /// <returns>null when there is no such person (or their account is deleted).</returns>
    public static async Task<Outcome<PersonPage>?> Followers(Guid accountId, int? page, int? pageSize, PlazaDb db, IAccountDirectory accounts,
        CancellationToken ct)
    {
        var v = CheckPaging(page, pageSize);
        if (!v.IsValid) return v;
        if (!(await accounts.People([accountId], ct)).ContainsKey(accountId)) return null;
        var rows = db.Set<Follow>().AsNoTracking().Where(f => f.TargetKind == FollowTargetKind.Person && f.TargetId == accountId);
        return await People(rows, f => f.FollowerId, page ?? 1, pageSize ?? DefaultPageSize, accounts, ct);
    }

    /// <returns>null when there is no such person (or their account is deleted).</returns>
    public static async Task<Outcome<PersonPage>?> Following(Guid accountId, int? page, int? pageSize, PlazaDb db, IAccountDirectory accounts,
        CancellationToken ct)
    {
        var v = CheckPaging(page, pageSize);
        if (!v.IsValid) return v;
        if (!(await accounts.People([accountId], ct)).ContainsKey(accountId)) return null;
        var rows = db.Set<Follow>().AsNoTracking().Where(f => f.FollowerId == accountId && f.TargetKind == FollowTargetKind.Person);
        return await People(rows, f => f.TargetId, page ?? 1, pageSize ?? DefaultPageSize, accounts, ct);
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

    /// <summary>The people and stores the caller follows, newest first.</summary>
    public static async Task<Outcome<FollowingPage>> MyFollowing(ClaimsPrincipal user, int? page, int? pageSize, PlazaDb db, IAccountDirectory accounts,
        IStoreDirectory stores, CancellationToken ct)
    {
        var v = CheckPaging(page, pageSize);
        if (!v.IsValid) return v;
        var (p, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        var me = user.RequiredAccountId();
        var rows = db.Set<Follow>().AsNoTracking().Where(f => f.FollowerId == me);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(f => f.CreatedAtUtc).ThenBy(f => f.TargetKind).ThenBy(f => f.TargetId)
            .Skip((p - 1) * size).Take(size).ToListAsync(ct);
        var people = await accounts.People(items.Where(f => f.TargetKind == FollowTargetKind.Person).Select(f => f.TargetId).ToList(), ct);
        var storeNames = await stores.Names(items.Where(f => f.TargetKind == FollowTargetKind.Store).Select(f => f.TargetId).ToList(), ct);
        string? Name(Follow f) =>
            f.TargetKind == FollowTargetKind.Person ? people.GetValueOrDefault(f.TargetId)?.DisplayName : storeNames.GetValueOrDefault(f.TargetId);
        return new FollowingPage(
            items.Where(f => Name(f) is not null).Select(f => new FollowingView(f.TargetKind, f.TargetId, Name(f)!, f.CreatedAtUtc)).ToList(), p, size, total);
    }

    public static async Task<Results<Ok<PersonPage>, ValidationProblem, NotFound>> HandleFollowers(Guid accountId, int? page, int? pageSize, PlazaDb db,
        IAccountDirectory accounts, CancellationToken ct) =>
        (await Followers(accountId, page, pageSize, db, accounts, ct)).OkOr(x => x);

    public static async Task<Results<Ok<PersonPage>, ValidationProblem, NotFound>> HandleFollowing(Guid accountId, int? page, int? pageSize, PlazaDb db,
        IAccountDirectory accounts, CancellationToken ct) =>
        (await Following(accountId, page, pageSize, db, accounts, ct)).OkOr(x => x);

    public static async Task<Results<Ok<PersonPage>, ValidationProblem, NotFound>> HandleMyFollowers(ClaimsPrincipal user, int? page, int? pageSize, PlazaDb db,
        IAccountDirectory accounts, CancellationToken ct) =>
        (await Followers(user.RequiredAccountId(), page, pageSize, db, accounts, ct)).OkOr(x => x);

    public static async Task<Results<Ok<FollowingPage>, ValidationProblem>> HandleMyFollowing(ClaimsPrincipal user, int? page, int? pageSize, PlazaDb db,
        IAccountDirectory accounts, IStoreDirectory stores, CancellationToken ct) =>
        (await MyFollowing(user, page, pageSize, db, accounts, stores, ct)).OkOr(x => x);
}
