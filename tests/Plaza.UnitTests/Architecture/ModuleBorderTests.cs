namespace Plaza.UnitTests.Architecture;

/// <summary>
/// The border rule (ADR 0015): code reaches another module only through that module's Contracts namespace, so
/// a module can change its tables, entities and pages without breaking anyone. Only the demo seeder and the
/// importer, which create data for every module at once, may reach further.
/// </summary>
public sealed class ModuleBorderTests
{
    /// <summary>
    /// Today's known leaks, by type, while they are being mended. The list only shrinks: a type that no longer
    /// leaks must leave it, and a new module never appears in it.
    /// </summary>
    private static readonly HashSet<string> KnownLeaks = new(StringComparer.Ordinal)
    {
        "Plaza.Web.Kits.Deals.SkuDealsPageModel`4",
        "Plaza.Web.Modules.BackOffice.Pages.DashboardModel",
        "Plaza.Web.Modules.BackOffice.Pages.Modules_BackOffice_Pages_Dashboard",
        "Plaza.Web.Modules.BackOffice.Pages.Modules_BackOffice_Pages_ProductEdit",
        "Plaza.Web.Modules.BackOffice.Pages.Modules_BackOffice_Pages_Settings",
        "Plaza.Web.Modules.BackOffice.Pages.Modules_BackOffice_Pages_StaffOrder",
        "Plaza.Web.Modules.BackOffice.Pages.Modules_BackOffice_Pages__OrderActions",
        "Plaza.Web.Modules.BackOffice.Pages.Modules_BackOffice_Pages__ProductFields",
        "Plaza.Web.Modules.BackOffice.Pages.ProductEditModel",
        "Plaza.Web.Modules.BackOffice.Pages.ProductNewModel",
        "Plaza.Web.Modules.BackOffice.Pages.ProductsModel",
        "Plaza.Web.Modules.BackOffice.Pages.SettingsModel",
        "Plaza.Web.Modules.BackOffice.Pages.SettingsModel/PointInput",
        "Plaza.Web.Modules.BackOffice.Pages.StaffHomeModel",
        "Plaza.Web.Modules.BackOffice.Pages.StaffOrderModel",
        "Plaza.Web.Modules.BackOffice.StoreDashboard",
        "Plaza.Web.Modules.Bargaining.Pages.BargainPageModel",
        "Plaza.Web.Modules.Bargaining.Pages.Modules_Bargaining_Pages_BargainPage",
        "Plaza.Web.Modules.GroupBuying.Pages.GroupBuyOffersModel",
        "Plaza.Web.Modules.GroupBuying.Pages.GroupBuyOffersViewComponent",
        "Plaza.Web.Modules.GroupBuying.Pages.Modules_GroupBuying_Pages__JoinFields",
        "Plaza.Web.Modules.GroupBuying.Pages.TeamPageModel",
        "Plaza.Web.Modules.Leaders.Applications",
        "Plaza.Web.Modules.Leaders.Pages.StaffLeadersModel",
        "Plaza.Web.Modules.Privacy.DeleteMyAccount",
        "Plaza.Web.Modules.Privacy.Pages.MyPrivacyModel",
        "Plaza.Web.Modules.Privacy.PrivacyModule",
        "Plaza.Web.Modules.Promotions.Pages.CouponPageModel",
        "Plaza.Web.Modules.Promotions.Pages.CouponsModel",
        "Plaza.Web.Modules.Promotions.Pages.FlashSaleBannerViewComponent",
        "Plaza.Web.Modules.Promotions.Pages.FlashSalesModel",
        "Plaza.Web.Modules.Promotions.Pages.Modules_Promotions_Pages_Coupons",
        "Plaza.Web.Modules.Promotions.Pages.Modules_Promotions_Pages_FlashSales",
        "Plaza.Web.Modules.Promotions.Pages.Modules_Promotions_Pages_StaffCoupons",
        "Plaza.Web.Modules.Promotions.Pages.Modules_Promotions_Pages_StaffFlashSales",
        "Plaza.Web.Modules.Promotions.Pages.StaffCatalog",
        "Plaza.Web.Modules.Promotions.Pages.StaffCouponsModel",
        "Plaza.Web.Modules.Promotions.Pages.StaffFlashSalesModel",
        "Plaza.Web.Pages.Account.IndexModel",
        "Plaza.Web.Pages.Account.Pages_Account_Index",
        "Plaza.Web.Pages.Account.RegisterModel",
        "Plaza.Web.Pages.Account.SignInModel",
        "Plaza.Web.Pages.Account.SignOutModel",
        "Plaza.Web.Pages.Admin.Pages_Admin_Users",
        "Plaza.Web.Pages.Admin.UsersModel",
        "Plaza.Web.Pages.IndexModel",
        "Plaza.Web.Pages.Pages_Index",
        "Plaza.Web.Pages.Stores.Pages_Stores_Product",
        "Plaza.Web.Pages.Stores.Pages_Stores_Store",
        "Plaza.Web.Pages.Stores.ProductModel",
        "Plaza.Web.Pages.Stores.StoreModel",
    };

    [Fact]
    public void Modules_use_each_other_only_through_their_contracts()
    {
        var leaks = Borders.Modules.Except(Borders.SeedersAndImporters)
            .SelectMany(module => Leaks(Borders.ModuleNamespace(module)));
        CheckAgainstKnownLeaks(leaks, Borders.ModulesRoot);
    }

    [Fact]
    public void Kits_and_shell_pages_use_modules_only_through_their_contracts() =>
        CheckAgainstKnownLeaks(Leaks(Borders.Kits).Concat(Leaks(Borders.Shell)), Borders.Kits, Borders.Shell);

    [Fact]
    public void Platform_knows_no_module_no_kit_and_no_page()
    {
        string[] forbidden = [Borders.ModulesRoot, Borders.Kits, Borders.Shell];
        var result = Borders.AppTypes().That().ResideInNamespace(Borders.Platform)
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        var failing = result.FailingTypeNames ?? [];
        failing.ShouldBeEmpty(Borders.Explain(failing, u => !forbidden.Any(f => u.StartsWith(f, StringComparison.Ordinal))));
    }

    [Fact]
    public void The_known_leaks_name_only_types_that_exist()
    {
        var names = Borders.App.GetTypes().Select(t => t.FullName!.Replace('+', '/')).ToHashSet(StringComparer.Ordinal);
        KnownLeaks.Where(l => !names.Contains(l)).ShouldBeEmpty();
    }

    private static IEnumerable<string> Leaks(string own) =>
        Borders.AppTypes().That().ResideInNamespace(own)
            .ShouldNot().HaveDependencyOnAny(Borders.InternalsOutside(own)).GetResult().FailingTypeNames ?? [];

    private static void CheckAgainstKnownLeaks(IEnumerable<string> leaks, params string[] scope)
    {
        var found = leaks.ToHashSet(StringComparer.Ordinal);
        var mended = KnownLeaks.Where(l => scope.Any(s => l.StartsWith(s + ".", StringComparison.Ordinal)) && !found.Contains(l)).ToList();
        mended.ShouldBeEmpty("These types no longer leak: take them off the known leaks.");
        var newLeaks = found.Where(l => !KnownLeaks.Contains(l)).Order(StringComparer.Ordinal).ToList();
        newLeaks.ShouldBeEmpty("These types reach past another module's Contracts:" + Environment.NewLine +
            string.Join(Environment.NewLine, newLeaks.Select(l => Borders.Explain([l], u => !Forbidden(l, u)))));
    }

    /// <summary>For the message: whether <paramref name="user"/> may not use <paramref name="used"/> (another module's non-contract type).</summary>
    private static bool Forbidden(string user, string used) =>
        used.StartsWith(Borders.ModulesRoot + ".", StringComparison.Ordinal)
        && !used.StartsWith(Borders.ContractsOf(Borders.ModuleOf(used)), StringComparison.Ordinal)
        && !(user.StartsWith(Borders.ModulesRoot + ".", StringComparison.Ordinal) && Borders.ModuleOf(user) == Borders.ModuleOf(used));
}
