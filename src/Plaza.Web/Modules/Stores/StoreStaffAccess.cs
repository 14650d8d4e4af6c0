using System.Security.Claims;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.Stores;

/// <summary>A staff member as the store's settings page and the API show them.</summary>
internal sealed record StaffMemberView(Guid AccountId, string DisplayName, string? Email, string? Phone, DateTime AddedAtUtc);

/// <summary>Who may see and change a store's staff: its own staff, or an admin.</summary>
internal static class StoreStaffAccess
{
    public static bool MayManage(ClaimsPrincipal user, Guid storeId) => user.IsStaffOf(storeId) || user.IsInRole(Roles.Admin);
}
