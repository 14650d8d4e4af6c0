using System.Security.Claims;
using Plaza.Web.Modules.Leaders.Contracts;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.Live;

/// <summary>Who may do what in a room: its host and the store's staff run it; moderators may also keep its chat civil.</summary>
internal static class RoomAccess
{
    public static bool CanHost(LiveRoom room, ClaimsPrincipal user) =>
        user.AccountId() is { } me && (me == room.HostAccountId || user.IsStaffOf(room.StoreId));

    public static bool CanModerate(LiveRoom room, ClaimsPrincipal user) => CanHost(room, user) || user.IsInRole(Roles.Moderator);

    /// <summary>Store staff, or an approved group-buy leader of the store, may schedule rooms for it.</summary>
    public static async Task<bool> MayHostAt(Guid storeId, ClaimsPrincipal user, ILeaderDirectory leaders, CancellationToken ct) =>
        user.IsStaffOf(storeId) || (user.AccountId() is { } me && await leaders.IsApprovedLeader(storeId, me, ct));
}
