using Plaza.Web.Platform.Data;

namespace Plaza.UnitTests.Platform;

/// <summary>
/// Branches merged side by side can each add "the next" migration number; the database then refuses the second
/// script at start-up (schema_migrations.version is unique). Caught here, before any database sees it.
/// </summary>
public sealed class MigrationScriptsTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Every_migration_has_a_version_of_its_own(string database)
    {
        var scripts = SchemaMigrator.LoadScripts(database == "sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres);

        scripts.Count.ShouldBeGreaterThan(20);
        scripts.GroupBy(s => s.Version).Where(g => g.Count() > 1).Select(g => string.Join(" and ", g.Select(s => $"{s.Version:0000}_{s.Name}")))
            .ShouldBeEmpty("two migrations share a version");
    }

    [Fact]
    public void Both_databases_have_the_same_migrations()
    {
        static IEnumerable<string> Names(DatabaseProvider p) => SchemaMigrator.LoadScripts(p).Select(s => $"{s.Version:0000}_{s.Name}");

        Names(DatabaseProvider.Postgres).ShouldBe(Names(DatabaseProvider.Sqlite));
    }
}
