using System.Text.RegularExpressions;

namespace Plaza.UnitTests.Architecture;

/// <summary>
/// Razor names partials and pages by path ("/Modules/Ordering/Pages/_X.cshtml"), which the type-based border test
/// cannot see. A module's views and code name another module's files only under that module's Contracts folder;
/// anything else goes by public URL or through a registered component (ADR 0015).
/// </summary>
public sealed partial class RazorPathBorderTests
{
    [Fact]
    public void Views_name_other_modules_files_only_under_their_contracts()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Plaza.Web");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(web, file).Replace('\\', '/');
            var owner = OwnerOf(relative);
            if (owner is "Demo" or "Import") continue;
            foreach (Match m in ModulePath().Matches(File.ReadAllText(file)))
                if (m.Groups["module"].Value != owner && m.Groups["rest"].Value.Split('/')[0] != "Contracts")
                    found.Add($"{relative} names {m.Value}");
        }
        found.ShouldBeEmpty();
    }

    [Fact]
    public void The_border_test_sees_a_leak_where_there_is_one()
    {
        // Demo seeds every module's tables, so it is exempt; it is also the proof that the rule can fail.
        var result = Borders.AppTypes().That().ResideInNamespace(Borders.ModuleNamespace("Demo"))
            .ShouldNot().HaveDependencyOnAny(Borders.InternalsOutside(Borders.ModuleNamespace("Demo"))).GetResult();
        (result.FailingTypeNames ?? []).ShouldNotBeEmpty();
    }

    /// <summary>"Modules/Catalog/Pages/X.cshtml" → "Catalog"; files outside Modules (shell pages, kits) → "".</summary>
    private static string OwnerOf(string relative) =>
        relative.StartsWith("Modules/", StringComparison.Ordinal) ? relative.Split('/')[1] : "";

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Plaza.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository: Plaza.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"/Modules/(?<module>[A-Za-z]+)/(?<rest>[A-Za-z0-9_./]+)")]
    private static partial Regex ModulePath();
}
