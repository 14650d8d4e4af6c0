using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Data;

namespace Plaza.IntegrationTests.Data;

/// <summary>The versioned SQL migrations, on whichever provider PLAZA_TEST_DB names, each test on databases of its own.</summary>
public sealed class MigrationTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Upgrading_a_database_with_data_from_the_first_migration_keeps_the_data()
    {
        using var database = new TestDatabase();
        var migrator = database.NewMigrator();
        var merchant = Merchant.Create("Upper Street Traders", Now);
        var store = Store.Open(merchant.Id, "Angel Corner Shop", "1 Upper Street, London N1 0PQ", 51.5416, -0.1022, "GBP", Now);
        var category = Category.Create("pantry", "Pantry", 1);
        var product = Product.Create(merchant.Id, category.Id, "Seville Orange Marmalade", "Thick-cut, made in Islington.", Now);
        var sku = product.AddSku("JAR", "340 g jar", 450, "GBP");
        await using (var db = database.NewContext())
        {
            (await migrator.MigrateAsync(db, upToVersion: 1)).ShouldBe(1);
            db.AddRange(merchant, store, category, product, StoreOffer.Create(store.Id, sku.Id, product.Id, stock: 7));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
            (await migrator.MigrateAsync(db)).ShouldBe(migrator.Scripts.Count - 1);

        await using (var db = database.NewContext())
        {
            (await db.Set<Merchant>().SingleAsync()).Name.ShouldBe("Upper Street Traders");
            var storedStore = await db.Set<Store>().Include(s => s.PickupPoints).SingleAsync();
            (storedStore.Id, storedStore.Latitude, storedStore.Longitude, storedStore.OpensAt).ShouldBe((store.Id, 51.5416, -0.1022, new TimeOnly(8, 0)));
            storedStore.PickupPoints.Single().Name.ShouldBe("Store counter");
            (await db.Set<Category>().SingleAsync()).Slug.ShouldBe("pantry");
            var storedProduct = await db.Set<Product>().Include(p => p.Skus).SingleAsync();
            (storedProduct.Name, storedProduct.Description, storedProduct.CreatedAtUtc).ShouldBe((product.Name, product.Description, Now));
            storedProduct.Skus.Single().PriceMinor.ShouldBe(450);
            (await db.Set<StoreOffer>().SingleAsync()).Stock.ShouldBe(7);

            // 0002 built the search index for rows that existed before it: the product is found by words from either field.
            var info = new DatabaseInfo(TestDatabase.Provider, database.ConnectionString);
            foreach (var q in new[] { "marmalade", "ISLINGTON", "seville orange", "thick" })
            {
                var found = await SearchProducts.Execute(new SearchProducts.Query(store.Id, q, null, null, null, null, null, null), db, info,
                    CancellationToken.None);
                found.Ok.ShouldBeTrue();
                found.Value!.Items.Select(i => i.Id).ShouldBe([product.Id], $"searching '{q}'");
            }
            var none = await SearchProducts.Execute(new SearchProducts.Query(store.Id, "chutney", null, null, null, null, null, null), db, info,
                CancellationToken.None);
            none.Value!.Items.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Migrating_again_applies_nothing_and_every_version_is_recorded_once()
    {
        using var database = new TestDatabase();
        var migrator = database.NewMigrator();
        await using var db = database.NewContext();

        (await migrator.MigrateAsync(db)).ShouldBe(migrator.Scripts.Count);
        (await migrator.MigrateAsync(db)).ShouldBe(0);

        var versions = await db.Database.SqlQueryRaw<int>("SELECT version AS \"Value\" FROM schema_migrations ORDER BY version").ToListAsync();
        versions.ShouldBe(migrator.Scripts.Select(s => s.Version).ToList());
        versions.ShouldBe(versions.Distinct().Order().ToList());
        versions[0].ShouldBe(1);
    }

    [Fact]
    public async Task The_migrated_schema_matches_the_model()
    {
        using var migrated = new TestDatabase();
        using var modelled = new TestDatabase();
        await using var a = migrated.NewContext();
        await using var b = modelled.NewContext();
        await migrated.NewMigrator().MigrateAsync(a);
        await ExecuteAsync(b, b.Database.GenerateCreateScript());

        var fromMigrations = await SchemaSnapshot.TakeAsync(a);
        var fromModel = await SchemaSnapshot.TakeAsync(b);

        fromModel.ShouldContain(line => line.StartsWith("table accounts", StringComparison.Ordinal), "the snapshot should see the model's tables");
        fromModel.ShouldContain(line => line.StartsWith("index stores.ix_stores_name", StringComparison.Ordinal),
            "the snapshot should see the model's indexes");
        var differences = SchemaSnapshot.Diff(fromMigrations, "migrations", fromModel, "EF model");
        differences.ShouldBeEmpty("The schema built by the migrations differs from the EF model (write a migration for the model change):\n  "
                                  + string.Join("\n  ", differences));
    }

    [Fact]
    public async Task The_schema_comparison_names_a_missing_index_and_an_extra_column()
    {
        using var migrated = new TestDatabase();
        using var altered = new TestDatabase();
        await using var a = migrated.NewContext();
        await using var b = altered.NewContext();
        await migrated.NewMigrator().MigrateAsync(a);
        await altered.NewMigrator().MigrateAsync(b);
        await ExecuteAsync(b, "DROP INDEX ix_stores_name; ALTER TABLE merchants ADD COLUMN vat_number VARCHAR(20) NULL;");

        var differences = SchemaSnapshot.Diff(await SchemaSnapshot.TakeAsync(a), "migrations", await SchemaSnapshot.TakeAsync(b), "altered");

        differences.ShouldContain(d => d.StartsWith("only in migrations: index stores.ix_stores_name", StringComparison.Ordinal),
            string.Join("\n", differences));
        differences.ShouldContain(d => d.StartsWith("only in altered: column merchants.vat_number", StringComparison.Ordinal), string.Join("\n", differences));
        differences.Count.ShouldBe(2, string.Join("\n", differences));
    }

    private static async Task ExecuteAsync(PlazaDb db, string sql)
    {
        DbConnection connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
