using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Catalog;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.ToTable("categories");
        b.HasKey(c => c.Id);
        b.Property(c => c.Slug).HasMaxLength(60);
        b.Property(c => c.Name).HasMaxLength(80);
        b.HasIndex(c => c.Slug).IsUnique();
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("products");
        b.HasKey(p => p.Id);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Description).HasMaxLength(4000);
        b.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.ReferencesOtherModule(StoreReferences.Merchant, nameof(Product.MerchantId), DeleteBehavior.Restrict);
        b.HasMany(p => p.Skus).WithOne().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Photos).WithOne().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Skus).HasField("_skus").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(p => p.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(p => p.CategoryId);
        b.HasIndex(p => p.MerchantId);
    }
}

internal sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> b)
    {
        b.ToTable("skus");
        b.HasKey(s => s.Id);
        b.Property(s => s.Code).HasMaxLength(40);
        b.Property(s => s.Label).HasMaxLength(80);
        b.Property(s => s.Currency).HasMaxLength(3);
        b.HasIndex(s => new { s.ProductId, s.Code }).IsUnique();
        b.HasIndex(s => s.Code);
    }
}

internal sealed class ProductPhotoConfiguration : IEntityTypeConfiguration<ProductPhoto>
{
    public void Configure(EntityTypeBuilder<ProductPhoto> b)
    {
        b.ToTable("product_photos");
        b.HasKey(p => p.Id);
        b.Property(p => p.FileName).HasMaxLength(80);
        b.Property(p => p.ContentType).HasMaxLength(40);
        b.Ignore(p => p.Url);
    }
}

internal sealed class StoreOfferConfiguration : IEntityTypeConfiguration<StoreOffer>
{
    public void Configure(EntityTypeBuilder<StoreOffer> b)
    {
        b.ToTable("store_offers", t => t.HasCheckConstraint("ck_store_offers_stock_non_negative", "stock >= 0"));
        b.HasKey(o => new { o.StoreId, o.SkuId });
        b.ReferencesOtherModule(StoreReferences.Store, nameof(StoreOffer.StoreId), DeleteBehavior.Cascade);
        b.HasOne<Sku>().WithMany().HasForeignKey(o => o.SkuId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Product>().WithMany().HasForeignKey(o => o.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.StoreId, o.ProductId });
    }
}
