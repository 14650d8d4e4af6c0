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
        "Plaza.Web.Modules.Bargaining.Pages.BargainPageModel",
        "Plaza.Web.Modules.GroupBuying.Pages.OpenTeamModel",
        "Plaza.Web.Modules.GroupBuying.Pages.TeamPageModel",
        "Plaza.Web.Modules.Leaders.Pages.LeaderPageModel",
        "Plaza.Web.Modules.Loyalty.Pages.CardPaymentReturnModel",
        "Plaza.Web.Modules.Loyalty.Pages.Modules_Loyalty_Pages_CardPaymentReturn",
        "Plaza.Web.Modules.Ordering.Pages.CheckoutModel",
        "Plaza.Web.Modules.Ordering.Pages.Modules_Ordering_Pages_Checkout",
        "Plaza.Web.Modules.Ordering.Pages.Modules_Ordering_Pages_OrderDetail",
        "Plaza.Web.Modules.Ordering.Pages.OfferCheckout",
        "Plaza.Web.Modules.Ordering.Pages.OrderDetailModel",
        "Plaza.Web.Modules.Ordering.Pages.OrdersModel",
        "Plaza.Web.Modules.Ordering.PlaceOrder",
        "Plaza.Web.Modules.Payments.Pages.Modules_Payments_Pages_PaymentReturn",
        "Plaza.Web.Modules.Payments.Pages.PaymentReturnModel",
        "Plaza.Web.Modules.Payments.PaymentConfiguration",
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
