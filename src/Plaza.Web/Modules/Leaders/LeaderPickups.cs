using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Leaders;

/// <summary>
/// At the leader's pickup point: the leader confirms a campaign's delivery arrived (its paid orders there become
/// ready for pickup — also before the cut-off, when the store delivers early), and hands an order over when the
/// shopper shows its pickup code. Both go through Ordering's <see cref="IPartnerPickups"/>, limited to this
/// leader's own orders at their own pickup point. Only the leader (the account that applied) may do either.
/// </summary>
internal static class LeaderPickups
{
    public sealed record HandOverRequest(string? PickupCode);

    public sealed record ReceiptView(int OrdersReady);

    public sealed record HandOverView(Guid OrderId);

    /// <returns>null when there is no such approved leader of this account or no such campaign at its store.</returns>
    public static async Task<int?> ConfirmReceipt(Guid leaderId, Guid campaignId, Guid accountId, PlazaDb db, IPartnerPickups pickups, CancellationToken ct)
    {
        if (await Mine(leaderId, accountId, db, ct) is not { PickupPointId: { } point } leader) return null;
        if (!await db.Set<Campaign>().AnyAsync(c => c.Id == campaignId && c.StoreId == leader.StoreId, ct)) return null;
        var orders = await db.Set<LeaderOrder>().Where(o => o.LeaderId == leaderId && o.CampaignId == campaignId && o.State == LeaderOrderState.Placed)
            .Select(o => o.OrderId).ToListAsync(ct);
        return await pickups.MarkArrived(point, orders, accountId, ct);
    }

    /// <returns>null when there is no such approved leader of this account; otherwise the order or a 400 on pickupCode.</returns>
    public static async Task<Outcome<Guid>?> HandOver(Guid leaderId, string? pickupCode, Guid accountId, PlazaDb db, IPartnerPickups pickups,
        CancellationToken ct)
    {
        var v = new Validator().Text(pickupCode, "pickupCode", 12);
        if (!v.IsValid) return v;
        if (await Mine(leaderId, accountId, db, ct) is not { PickupPointId: { } point }) return null;
        var orders = await db.Set<LeaderOrder>().Where(o => o.LeaderId == leaderId && o.State == LeaderOrderState.Placed)
            .OrderByDescending(o => o.PlacedAtUtc).Select(o => o.OrderId).Take(1000).ToListAsync(ct);
        return await pickups.HandOver(point, orders, pickupCode!, accountId, ct) is { } order
            ? order
            : v.Add("pickupCode", "No order is ready for pickup here with that code.");
    }

    private static Task<Leader?> Mine(Guid leaderId, Guid accountId, PlazaDb db, CancellationToken ct) =>
        db.Set<Leader>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == leaderId && l.AccountId == accountId && l.Status == LeaderStatus.Approved, ct);

    public static async Task<Results<Ok<ReceiptView>, NotFound>> HandleReceipt(Guid id, Guid campaignId, ClaimsPrincipal user, PlazaDb db,
        IPartnerPickups pickups, CancellationToken ct) =>
        await ConfirmReceipt(id, campaignId, user.RequiredAccountId(), db, pickups, ct) is { } n
            ? TypedResults.Ok(new ReceiptView(n)) : TypedResults.NotFound();

    public static async Task<Results<Ok<HandOverView>, ValidationProblem, NotFound>> HandleHandOver(Guid id, HandOverRequest request, ClaimsPrincipal user,
        PlazaDb db, IPartnerPickups pickups, CancellationToken ct) =>
        (await HandOver(id, request.PickupCode, user.RequiredAccountId(), db, pickups, ct)).OkOr(o => new HandOverView(o));
}
