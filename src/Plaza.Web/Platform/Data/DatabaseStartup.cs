namespace Plaza.Web.Platform.Data;

/// <summary>Runs at start-up: bring the schema up to date, then let modules seed demo data into an empty database.</summary>
internal interface IStartupSeeder
{
    Task SeedAsync(PlazaDb db, CancellationToken ct);
}

internal static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(db);
        if (app.Configuration.GetValue("Database:Seed", false))
            foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>())
                await seeder.SeedAsync(db, CancellationToken.None);
    }
}
