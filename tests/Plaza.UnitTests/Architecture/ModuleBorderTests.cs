namespace Plaza.UnitTests.Architecture;

/// <summary>
/// The border rule (ADR 0015): code reaches another module only through that module's Contracts namespace, so
/// a module can change its tables, entities and pages without breaking anyone. Only the demo seeder and the
/// importer, which create data for every module at once, may reach further.
/// </summary>
public sealed class ModuleBorderTests
{
    [Fact]
    public void Modules_use_each_other_only_through_their_contracts()
    {
        var leaks = Borders.Modules.Except(Borders.SeedersAndImporters)
            .SelectMany(module => Leaks(Borders.ModuleNamespace(module)));
        ShouldHaveNone(leaks);
    }

    [Fact]
    public void Kits_and_shell_pages_use_modules_only_through_their_contracts() =>
        ShouldHaveNone(Leaks(Borders.Kits).Concat(Leaks(Borders.Shell)));

    [Fact]
    public void Platform_knows_no_module_no_kit_and_no_page()
    {
        string[] forbidden = [Borders.ModulesRoot, Borders.Kits, Borders.Shell];
        var result = Borders.AppTypes().That().ResideInNamespace(Borders.Platform)
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        var failing = result.FailingTypeNames ?? [];
        failing.ShouldBeEmpty(Borders.Explain(failing, u => !forbidden.Any(f => u.StartsWith(f, StringComparison.Ordinal))));
    }

    private static IEnumerable<string> Leaks(string own) =>
        Borders.AppTypes().That().ResideInNamespace(own)
            .ShouldNot().HaveDependencyOnAny(Borders.InternalsOutside(own)).GetResult().FailingTypeNames ?? [];

    private static void ShouldHaveNone(IEnumerable<string> leaks)
    {
        var found = leaks.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        found.ShouldBeEmpty("These types reach past another module's Contracts:" + Environment.NewLine +
            string.Join(Environment.NewLine, found.Select(l => Borders.Explain([l], u => !Forbidden(l, u)))));
    }

    /// <summary>For the message: whether <paramref name="user"/> may not use <paramref name="used"/> (another module's non-contract type).</summary>
    private static bool Forbidden(string user, string used) =>
        used.StartsWith(Borders.ModulesRoot + ".", StringComparison.Ordinal)
        && !used.StartsWith(Borders.ContractsOf(Borders.ModuleOf(used)), StringComparison.Ordinal)
        && !(user.StartsWith(Borders.ModulesRoot + ".", StringComparison.Ordinal) && Borders.ModuleOf(user) == Borders.ModuleOf(used));
}
