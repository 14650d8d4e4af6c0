using Microsoft.EntityFrameworkCore;

namespace Plaza.Web.Platform.Data;

/// <summary>
/// The one DbContext. Each module maps its own entities with IEntityTypeConfiguration classes
/// that live in the module folder; this class only wires them in and applies naming.
/// </summary>
internal sealed class PlazaDb(DbContextOptions<PlazaDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfigurationsFromAssembly(typeof(PlazaDb).Assembly);
        SnakeCaseNaming.Apply(model);
        // Ids are made in code (Guid.CreateVersion7) when an aggregate creates a child, so EF must treat
        // a child with an id as new, not as an existing row to update.
        foreach (var key in model.Model.GetEntityTypes().SelectMany(e => e.GetKeys()).Where(k => k.IsPrimaryKey()))
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Every DateTime is UTC in storage; make that true when reading too.
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        conventions.Properties<string>().HaveMaxLength(400);
    }
}
