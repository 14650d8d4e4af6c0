using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Stores;

internal sealed class MerchantConfiguration : IEntityTypeConfiguration<Merchant>
{
    public void Configure(EntityTypeBuilder<Merchant> b)
    {
        b.ToTable("merchants");
        b.HasKey(m => m.Id);
        b.Property(m => m.Name).HasMaxLength(120);
    }
}

internal sealed class StoreConfiguration : IEntityTypeConfiguration<Store>
{
    public void Configure(EntityTypeBuilder<Store> b)
    {
        b.ToTable("stores");
        b.HasKey(s => s.Id);
        b.Property(s => s.Name).HasMaxLength(120);
        b.Property(s => s.Address).HasMaxLength(300);
        b.Property(s => s.TimeZone).HasMaxLength(60);
        b.Property(s => s.Currency).HasMaxLength(3).IsFixedLength(false);
        b.Property(s => s.Phone).HasMaxLength(30);
        b.HasOne<Merchant>().WithMany().HasForeignKey(s => s.MerchantId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.PickupPoints).WithOne().HasForeignKey(p => p.StoreId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.PickupPoints).HasField("_pickupPoints").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(s => s.Name);
    }
}

internal sealed class PickupPointConfiguration : IEntityTypeConfiguration<PickupPoint>
{
    public void Configure(EntityTypeBuilder<PickupPoint> b)
    {
        b.ToTable("pickup_points");
        b.HasKey(p => p.Id);
        // The id is set by PickupPoint.Create: a point added to a loaded store must be inserted, not updated.
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Name).HasMaxLength(120);
        b.Property(p => p.Address).HasMaxLength(300);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class StoreStaffConfiguration : IEntityTypeConfiguration<StoreStaff>
{
    public void Configure(EntityTypeBuilder<StoreStaff> b)
    {
        b.ToTable("store_staff");
        b.HasKey(s => new { s.StoreId, s.AccountId });
        b.HasIndex(s => s.AccountId);
        b.HasOne<Store>().WithMany().HasForeignKey(s => s.StoreId);
    }
}
