using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Promotions;

internal sealed class CouponConfiguration : IEntityTypeConfiguration<Coupon>
{
    public void Configure(EntityTypeBuilder<Coupon> b)
    {
        b.ToTable("coupons");
        b.HasKey(c => c.Id);
        b.Property(c => c.Code).HasMaxLength(Coupon.CodeMax);
        b.Property(c => c.Name).HasMaxLength(Coupon.NameMax);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(c => c.Scope).HasConversion<string>().HasMaxLength(12);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.HasIndex(c => new { c.StoreId, c.Code }).IsUnique();
        b.HasIndex(c => new { c.StoreId, c.ValidUntilUtc });
    }
}

internal sealed class ShopperCouponConfiguration : IEntityTypeConfiguration<ShopperCoupon>
{
    public void Configure(EntityTypeBuilder<ShopperCoupon> b)
    {
        b.ToTable("shopper_coupons");
        b.HasKey(c => c.Id);
        b.Ignore(c => c.DomainEvents);
        b.HasIndex(c => new { c.CouponId, c.CustomerId, c.Sequence }).IsUnique();
        b.HasIndex(c => c.CustomerId);
        b.HasIndex(c => c.UsedOrderId);
        b.HasOne<Coupon>().WithMany().HasForeignKey(c => c.CouponId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FlashSaleConfiguration : IEntityTypeConfiguration<FlashSale>
{
    public void Configure(EntityTypeBuilder<FlashSale> b)
    {
        b.ToTable("flash_sales");
        b.HasKey(s => s.Id);
        b.Property(s => s.Title).HasMaxLength(FlashSale.TitleMax);
        b.Property(s => s.Currency).HasMaxLength(3);
        b.Ignore(s => s.Remaining);
        b.Ignore(s => s.SoldOut);
        b.HasIndex(s => new { s.StoreId, s.SkuId, s.EndsAtUtc });
        b.HasIndex(s => new { s.StoreId, s.EndsAtUtc });
    }
}

internal sealed class FlashSaleBuyerConfiguration : IEntityTypeConfiguration<FlashSaleBuyer>
{
    public void Configure(EntityTypeBuilder<FlashSaleBuyer> b)
    {
        b.ToTable("flash_sale_buyers");
        b.HasKey(x => new { x.FlashSaleId, x.CustomerId });
        b.HasIndex(x => x.CustomerId);
        b.HasOne<FlashSale>().WithMany().HasForeignKey(x => x.FlashSaleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FlashSaleClaimConfiguration : IEntityTypeConfiguration<FlashSaleClaim>
{
    public void Configure(EntityTypeBuilder<FlashSaleClaim> b)
    {
        b.ToTable("flash_sale_claims");
        b.HasKey(x => new { x.OrderId, x.FlashSaleId });
        b.HasIndex(x => x.FlashSaleId);
        b.HasIndex(x => x.CustomerId);
        b.HasOne<FlashSale>().WithMany().HasForeignKey(x => x.FlashSaleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FlashSaleReminderConfiguration : IEntityTypeConfiguration<FlashSaleReminder>
{
    public void Configure(EntityTypeBuilder<FlashSaleReminder> b)
    {
        b.ToTable("flash_sale_reminders");
        b.HasKey(x => new { x.FlashSaleId, x.CustomerId });
        b.HasIndex(x => x.CustomerId);
        b.HasIndex(x => new { x.SentAtUtc, x.FlashSaleId });
        b.HasOne<FlashSale>().WithMany().HasForeignKey(x => x.FlashSaleId).OnDelete(DeleteBehavior.Cascade);
    }
}
