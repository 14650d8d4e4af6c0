using System.Security.Claims;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// Who may see a conversation: the shopper who opened it, and the people of its store. Anyone else gets 404, as if it did
/// not exist. Internal notes are for the store's people only.
/// </summary>
internal static class SupportAccess
{
    public static bool IsCustomer(Conversation c, ClaimsPrincipal user) => user.AccountId() == c.CustomerId;

    public static bool IsAgent(Conversation c, ClaimsPrincipal user) => user.IsStaffOf(c.StoreId);

    public static bool CanSee(Conversation c, ClaimsPrincipal user) => IsCustomer(c, user) || IsAgent(c, user);
}
