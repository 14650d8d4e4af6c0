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

/// <summary>Whom a person follows; for me, the stores too.</summary>
internal static class ListFollowing
{
    /// <returns>null when there is no such person (or their account is deleted).</returns>
    public static Task<Outcome<PersonPage>?> Execute(Guid accountId, int? page, int? pageSize, PlazaDb db, IAccountDirectory accounts,
        CancellationToken ct) =>
        FollowPages.OfPerson(accountId, page, pageSize,
            db.Set<Follow>().AsNoTracking().Where(f => f.FollowerId == accountId && f.TargetKind == FollowTargetKind.Person), f => f.TargetId, accounts, ct);

    /// <summary>The people and stores the caller follows, newest first.</summary>
    public static async Task<Outcome<FollowingPage>> Mine(ClaimsPrincipal user, int? page, int? pageSize, PlazaDb db, IAccountDirectory accounts,
        IStoreDirectory stores, CancellationToken ct)
    {
        var v = FollowPages.CheckPaging(page, pageSize);
        if (!v.IsValid) return v;
        var (p, size) = (page ?? 1, pageSize ?? FollowPages.DefaultPageSize);
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

    public static async Task<Results<Ok<PersonPage>, ValidationProblem, NotFound>> Handle(Guid accountId, int? page, int? pageSize, PlazaDb db,
        IAccountDirectory accounts, CancellationToken ct) =>
        (await Execute(accountId, page, pageSize, db, accounts, ct)).OkOr(x => x);

    public static async Task<Results<Ok<FollowingPage>, ValidationProblem>> HandleMine(ClaimsPrincipal user, int? page, int? pageSize, PlazaDb db,
        IAccountDirectory accounts, IStoreDirectory stores, CancellationToken ct) =>
        (await Mine(user, page, pageSize, db, accounts, stores, ct)).OkOr(x => x);
}
