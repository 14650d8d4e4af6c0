using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.Demo;

/// <param name="Label">What the start-up banner calls this sign-in.</param>
/// <param name="Login">An email address or a mobile number, as typed at sign-in.</param>
/// <param name="ExtraRoles">Roles beyond shopper, which every account has.</param>
/// <param name="StaffAtAllStores">Added as staff at every demo store.</param>
internal sealed record DemoAccount(
    string Label, string Login, string DisplayName, string Culture, IReadOnlyList<string> ExtraRoles, bool StaffAtAllStores = false);

/// <summary>One sign-in per kind of person the demo needs, all with the same published password.</summary>
internal static class DemoAccounts
{
    /// <summary>Public by design: it is printed at start-up. Only ever seeded into a demo database.</summary>
    public const string Password = "plaza-demo-2026";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("Shopper", "shopper@plaza.test", "Sam Shopper", "en", []),
        // Signs in with a mobile number; the walk-in customer staff place orders for at the counter.
        new("Shopper (mobile, walk-in)", "+447700900123", "Margaret Ellis", "en", []),
        new("Store staff (both stores)", "staff@plaza.test", "Priya Patel", "en", [], StaffAtAllStores: true),
        new("Community leader", "leader@plaza.test", "Li Wei", "en", [Roles.CommunityLeader]),
        new("Moderator", "moderator@plaza.test", "Tom Okafor", "en", [Roles.Moderator]),
        new("Admin", "admin@plaza.test", "Grace Adeyemi", "en", [Roles.Admin]),
        new("Shopper (Spanish)", "lucia@plaza.test", "Lucía García", "es", []),
        new("Shopper (Chinese)", "wang@plaza.test", "Wang Fang", "zh-Hans", []),
    ];
}
