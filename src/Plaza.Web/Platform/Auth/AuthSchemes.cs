using System.Security.Claims;

namespace Plaza.Web.Platform.Auth;

/// <summary>Pages authenticate with a session cookie (plus antiforgery); /api/v1 with a bearer token only.</summary>
internal static class AuthSchemes
{
    public const string Cookie = "PlazaCookie";
    public const string Bearer = "PlazaBearer";
    public const string CookieName = "plaza_session";
    public const string SessionIdClaim = "plaza:sid";
    public const string StaffStoreClaim = "plaza:staff_store";
}

internal static class Roles
{
    public const string Shopper = "shopper";
    public const string CommunityLeader = "community_leader";
    public const string Moderator = "moderator";
    public const string Admin = "admin";
    public static readonly string[] All = [Shopper, CommunityLeader, Moderator, Admin];
}

internal static class ClaimsPrincipalExtensions
{
    public static Guid? AccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid RequiredAccountId(this ClaimsPrincipal user) =>
        user.AccountId() ?? throw new InvalidOperationException("An authenticated account was expected.");

    public static bool IsStaffOf(this ClaimsPrincipal user, Guid storeId) =>
        user.HasClaim(AuthSchemes.StaffStoreClaim, storeId.ToString());

    public static IEnumerable<Guid> StaffStores(this ClaimsPrincipal user) =>
        user.FindAll(AuthSchemes.StaffStoreClaim).Select(c => Guid.Parse(c.Value));

    public static bool IsStaff(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == AuthSchemes.StaffStoreClaim);
}

/// <summary>Lets other modules add claims when a session is authenticated (e.g. Stores adds staff memberships).</summary>
internal interface IClaimsContributor
{
    Task<IEnumerable<Claim>> ClaimsFor(Guid accountId, CancellationToken ct);
}
