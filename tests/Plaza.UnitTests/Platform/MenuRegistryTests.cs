using System.Security.Claims;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Web;

namespace Plaza.UnitTests.Platform;

public sealed class MenuRegistryTests
{
    private static readonly Guid Store = Guid.Parse("0197a5d2-7c4e-7b1a-9f00-000000000001");
    private static readonly Dictionary<string, string> AtStore = new() { ["storeId"] = Store.ToString() };

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    private static ClaimsPrincipal Person(params Claim[] claims) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), .. claims], "test"));

    private static ClaimsPrincipal InRole(string role) => Person(new Claim(ClaimTypes.Role, role));

    /// <summary>The back office's menu as the modules register it, deliberately not in menu order.</summary>
    private static MenuRegistry StaffMenu() => new([
        new MenuEntry(Menus.Staff, "Coupons", "/staff/stores/{storeId}/coupons", 30),
        new MenuEntry(Menus.Staff, "Orders", "/staff/stores/{storeId}", 10),
        new MenuEntry(Menus.Staff, "Products and stock", "/staff/stores/{storeId}/products", 20),
        new MenuEntry(Menus.Main, "Cart", "/cart", 5),
    ]);

    private static MenuRegistry MainMenu() => new([
        new MenuEntry(Menus.Main, "Notifications", "/notifications", 50) { VisibleTo = MenuAudience.SignedIn },
        new MenuEntry(Menus.Main, "Account", "/account", 60) { VisibleTo = MenuAudience.SignedIn },
        new MenuEntry(Menus.Main, "Sign in", "/account/sign-in", 60) { VisibleTo = MenuAudience.SignedOut, CurrentFor = ["/account*"] },
        new MenuEntry(Menus.Main, "Staff", "/staff", 70) { VisibleTo = MenuAudience.Staff },
        new MenuEntry(Menus.Main, "Moderation", "/moderation", 80) { VisibleTo = MenuAudience.InAnyRole(Roles.Moderator, Roles.Admin) },
        new MenuEntry(Menus.Main, "Admin", "/admin/users", 90) { VisibleTo = MenuAudience.InAnyRole(Roles.Admin), CurrentFor = ["/admin*"] },
        new MenuEntry(Menus.Main, "Feed", "/feed", 10),
    ]);

    private static List<string> Labels(MenuRegistry menu, ClaimsPrincipal user, string menuName = Menus.Main) =>
        menu.Items(menuName, user, "/").Select(i => i.Label).ToList();

    [Fact]
    public void A_menu_lists_its_own_entries_by_their_order_with_the_store_filled_in()
    {
        var items = StaffMenu().Items(Menus.Staff, Person(), "/staff/stores/" + Store, AtStore);

        items.Select(i => i.Label).ShouldBe(["Orders", "Products and stock", "Coupons"]);
        items.Select(i => i.Href).ShouldBe([$"/staff/stores/{Store}", $"/staff/stores/{Store}/products", $"/staff/stores/{Store}/coupons"]);
    }

    [Theory]
    [InlineData("", "Orders")]
    [InlineData("/orders/0197a5d2-0000-7000-8000-000000000009", "Orders")]
    [InlineData("/products", "Products and stock")]
    [InlineData("/coupons", "Coupons")]
    public void The_entry_whose_link_covers_most_of_the_path_is_the_only_current_one(string below, string current)
    {
        var items = StaffMenu().Items(Menus.Staff, Person(), $"/staff/stores/{Store}{below}", AtStore);

        items.Where(i => i.IsCurrent).Select(i => i.Label).ShouldBe([current]);
    }

    [Fact]
    public void No_entry_is_current_on_a_page_outside_the_menu()
    {
        StaffMenu().Items(Menus.Staff, Person(), "/staff/stores/" + Guid.NewGuid(), AtStore).ShouldAllBe(i => !i.IsCurrent);
        MainMenu().Items(Menus.Main, Anonymous, "/").ShouldAllBe(i => !i.IsCurrent);
    }

    [Fact]
    public void A_pattern_without_a_star_matches_its_path_only_and_one_with_a_star_every_path_under_it()
    {
        var menu = new MenuRegistry([
            new MenuEntry(Menus.Main, "Home", "/", 1) { CurrentFor = ["/"] },
            new MenuEntry(Menus.Main, "Search", "/search", 2) { CurrentFor = ["/stores/*"] },
        ]);

        menu.Items(Menus.Main, Anonymous, "/").Single(i => i.IsCurrent).Label.ShouldBe("Home");
        menu.Items(Menus.Main, Anonymous, "/stores/x/products/y").Single(i => i.IsCurrent).Label.ShouldBe("Search");
        menu.Items(Menus.Main, Anonymous, "/search").ShouldAllBe(i => !i.IsCurrent);
        menu.Items(Menus.Main, Anonymous, "/cart").ShouldAllBe(i => !i.IsCurrent);
    }

    [Fact]
    public void The_sign_in_entry_is_current_on_every_account_page()
    {
        MainMenu().Items(Menus.Main, Anonymous, "/account/register").Single(i => i.IsCurrent).Label.ShouldBe("Sign in");
        MainMenu().Items(Menus.Main, InRole(Roles.Admin), "/admin/payouts").Single(i => i.IsCurrent).Label.ShouldBe("Admin");
    }

    [Fact]
    public void Each_person_sees_the_entries_meant_for_them()
    {
        var menu = MainMenu();

        Labels(menu, Anonymous).ShouldBe(["Feed", "Sign in"]);
        Labels(menu, Person()).ShouldBe(["Feed", "Notifications", "Account"]);
        Labels(menu, Person(new Claim(AuthSchemes.StaffStoreClaim, Store.ToString()))).ShouldBe(["Feed", "Notifications", "Account", "Staff"]);
        Labels(menu, InRole(Roles.Moderator)).ShouldBe(["Feed", "Notifications", "Account", "Moderation"]);
        Labels(menu, InRole(Roles.Admin)).ShouldBe(["Feed", "Notifications", "Account", "Moderation", "Admin"]);
    }

    [Fact]
    public void Entries_of_the_same_order_keep_the_order_they_were_added_in()
    {
        var menu = new MenuRegistry([new MenuEntry(Menus.Staff, "B", "/b", 1), new MenuEntry(Menus.Staff, "A", "/a", 1)]);

        Labels(menu, Anonymous, Menus.Staff).ShouldBe(["B", "A"]);
    }
}
