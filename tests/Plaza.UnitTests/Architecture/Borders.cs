using System.Reflection;
using Mono.Cecil;
using NetArchTest.Rules;

namespace Plaza.UnitTests.Architecture;

/// <summary>
/// Where the app's parts may reach (ADR 0015). A module is a folder under Modules/ with its namespace; its
/// <c>Contracts</c> namespace is the only part other code may use. Platform is plumbing and knows no module;
/// a kit (Kits/) is a building block several modules share and uses modules only through their contracts.
/// </summary>
internal static class Borders
{
    public const string Root = "Plaza.Web";
    public const string ModulesRoot = Root + ".Modules";
    public const string Platform = Root + ".Platform";
    public const string Kits = Root + ".Kits";
    public const string Shell = Root + ".Pages";

    /// <summary>They create or import data for every module at once (demo data, the retail importer).</summary>
    public static readonly string[] SeedersAndImporters = ["Demo", "Import"];

    public static readonly Assembly App = typeof(Plaza.Web.Platform.Data.PlazaDb).Assembly;

    public static Types AppTypes() => Types.InAssembly(App);

    public static IReadOnlyList<string> Modules { get; } = App.GetTypes()
        .Select(t => t.Namespace ?? "")
        .Where(n => n.StartsWith(ModulesRoot + ".", StringComparison.Ordinal))
        .Select(n => n[(ModulesRoot.Length + 1)..].Split('.')[0])
        .Distinct().Order(StringComparer.Ordinal).ToList();

    public static string ModuleNamespace(string module) => $"{ModulesRoot}.{module}";

    public static string ContractsOf(string module) => $"{ModulesRoot}.{module}.Contracts";

    /// <summary>
    /// The types code in <paramref name="own"/> (a module's, the kits' or the shell's namespace) must not use: every other
    /// module's types outside its Contracts. Named one by one (top-level types; a nested type's name starts with its
    /// parent's), because a namespace named as a dependency would take its Contracts along.
    /// </summary>
    public static string[] InternalsOutside(string own) => App.GetTypes()
        .Where(t => !t.IsNested && t.Namespace is { } ns && ns.StartsWith(ModulesRoot + ".", StringComparison.Ordinal)
            && ModuleNamespace(ModuleOf(ns)) != own && !ns.StartsWith(ContractsOf(ModuleOf(ns)), StringComparison.Ordinal))
        .Select(t => t.FullName!).ToArray();

    /// <summary>The module a namespace or type name under Modules belongs to ("Ordering").</summary>
    public static string ModuleOf(string name) => name[(ModulesRoot.Length + 1)..].Split('.')[0];

    /// <summary>For a failure message: what each failing type uses that it may not (by name), read from its IL.</summary>
    public static string Explain(IEnumerable<string> failingTypes, Func<string, bool> allowed)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(App.Location);
        var byName = assembly.MainModule.GetTypes().ToDictionary(t => t.FullName.Replace('/', '+'));
        var lines = new List<string>();
        foreach (var name in failingTypes.Order(StringComparer.Ordinal))
        {
            if (!byName.TryGetValue(name.Replace('/', '+'), out var type)) { lines.Add(name); continue; }
            var uses = WithNested(type).SelectMany(Uses).Where(u => !allowed(u)).Distinct().Order(StringComparer.Ordinal);
            lines.Add($"{name} uses {string.Join(", ", uses)}");
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static IEnumerable<TypeDefinition> WithNested(TypeDefinition t) => t.NestedTypes.SelectMany(WithNested).Prepend(t);

    private static IEnumerable<string> Uses(TypeDefinition t)
    {
        IEnumerable<TypeReference> refs = [
            .. t.BaseType is null ? [] : new[] { t.BaseType }, .. t.Interfaces.Select(i => i.InterfaceType),
            .. t.Fields.Select(f => f.FieldType), .. t.Properties.Select(p => p.PropertyType),
            .. t.Methods.SelectMany(m => m.Parameters.Select(p => p.ParameterType).Append(m.ReturnType)),
            .. t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Variables.Select(v => v.VariableType)
                .Concat(m.Body.Instructions.Select(i => i.Operand switch
                {
                    TypeReference r => r,
                    MemberReference r => r.DeclaringType,
                    _ => null,
                }).OfType<TypeReference>())),
        ];
        return refs.SelectMany(Flatten).Select(r => r.FullName.Replace('/', '+'));
    }

    private static IEnumerable<TypeReference> Flatten(TypeReference r) => r switch
    {
        GenericInstanceType g => Flatten(g.ElementType).Concat(g.GenericArguments.SelectMany(Flatten)),
        TypeSpecification s => Flatten(s.ElementType),
        _ => [r],
    };
}
