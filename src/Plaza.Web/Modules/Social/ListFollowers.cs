using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Social;

/// <summary>Who follows a person (or me).</summary>
internal static class ListFollowers
{
    /// <returns>null when there is no such person (or their account is deleted).</returns>
    public static Task<Outcome<PersonPage>?> Execute(Guid accountId, int? page, int? pageSize, PlazaDb db, IAccountDirectory accounts,
        CancellationToken ct) =>
        FollowPages.OfPerson(accountId, page, pageSize,
            db.Set<Follow>().AsNoTracking().Where(f => f.TargetKind == FollowTargetKind.Person && f.TargetId == accountId), f => f.FollowerId, accounts, ct);

    public static async Task<Results<Ok<PersonPage>, ValidationProblem, NotFound>> Handle(Guid accountId, int? page, int? pageSize, PlazaDb db,
        IAccountDirectory accounts, CancellationToken ct) =>
        (await Execute(accountId, page, pageSize, db, accounts, ct)).OkOr(x => x);

    public static async Task<Results<Ok<PersonPage>, ValidationProblem, NotFound>> HandleMine(ClaimsPrincipal user, int? page, int? pageSize, PlazaDb db,
        IAccountDirectory accounts, CancellationToken ct) =>
        (await Execute(user.RequiredAccountId(), page, pageSize, db, accounts, ct)).OkOr(x => x);
}
