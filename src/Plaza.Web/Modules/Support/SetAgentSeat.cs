using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// A store's people set how many open conversations each of them takes automatically (1–50), and step away or come back
/// (away: nothing new is given to them). Their seats and open counts are listed for the inbox.
/// </summary>
internal static class SetAgentSeat
{
    public sealed record SeatRequest(int? MaxOpen, bool? Away);

    public sealed record SeatView(Guid AccountId, string? Name, int MaxOpen, int OpenCount, bool Away, bool Online);

    public static async Task<IReadOnlyList<SeatView>> List(Guid storeId, PlazaDb db, Identity.Contracts.IAccountDirectory accounts, DateTime now,
        CancellationToken ct)
    {
        var seats = await db.Set<SupportAgent>().AsNoTracking().Where(a => a.StoreId == storeId).ToListAsync(ct);
        var names = await accounts.People(seats.Select(s => s.AccountId).ToList(), ct);
        return seats.Select(s => new SeatView(s.AccountId, names.GetValueOrDefault(s.AccountId)?.DisplayName, s.MaxOpen, s.OpenCount, s.Away,
            s.IsOnline(now))).OrderBy(s => s.Name).ToList();
    }

    /// <returns>null when the caller is not the store's, or the person does not work there.</returns>
    public static async Task<Outcome<SupportAgent>?> Execute(Guid storeId, Guid accountId, SeatRequest r, ClaimsPrincipal user, PlazaDb db,
        IStoreDirectory stores, AgentSeats seats, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId) || !await stores.IsStaff(storeId, accountId, ct)) return null;
        var v = new Validator().Check(r.MaxOpen is null or >= 1 and <= SupportAgent.MaxLimit, "maxOpen",
            $"Choose 1 to {SupportAgent.MaxLimit} open conversations.");
        if (!v.IsValid) return v;
        await seats.Ensure(storeId, accountId, clock.GetUtcNow().UtcDateTime, ct);
        var seat = await db.Set<SupportAgent>().FirstAsync(a => a.StoreId == storeId && a.AccountId == accountId, ct);
        seat.Set(r.MaxOpen, r.Away);
        await db.SaveChangesAsync(ct);
        return seat;
    }

    public static async Task<Results<Ok<SeatView>, ValidationProblem, NotFound>> Handle(Guid storeId, Guid accountId, SeatRequest request,
        ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, AgentSeats seats, TimeProvider clock, CancellationToken ct)
    {
        if (await Execute(storeId, accountId, request, user, db, stores, seats, clock, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        var s = outcome.Value!;
        return TypedResults.Ok(new SeatView(s.AccountId, null, s.MaxOpen, s.OpenCount, s.Away, s.IsOnline(clock.GetUtcNow().UtcDateTime)));
    }
}
