using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Idempotency;

namespace Plaza.Web.Modules.Ordering;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> b)
    {
        b.ToTable("carts");
        b.HasKey(c => c.Id);
        b.Property(c => c.AnonymousToken).HasMaxLength(64);
        b.HasIndex(c => new { c.AccountId, c.StoreId }).IsUnique();
        b.HasIndex(c => new { c.AnonymousToken, c.StoreId }).IsUnique();
        b.ReferencesOtherModule(StoreReferences.Store, nameof(Cart.StoreId), DeleteBehavior.Cascade);
        b.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CartId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> b)
    {
        b.ToTable("cart_lines");
        b.HasKey(l => new { l.CartId, l.SkuId });
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.ToTable("orders");
        b.HasKey(o => o.Id);
        b.Property(o => o.Number).HasMaxLength(20);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.PaymentState).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Fulfilment).HasConversion<string>().HasMaxLength(10);
        b.Property(o => o.PickupPointName).HasMaxLength(120);
        b.Property(o => o.PickupCode).HasMaxLength(6);
        b.Property(o => o.DeliveryAddress).HasMaxLength(300);
        b.Property(o => o.Currency).HasMaxLength(3);
        b.Property(o => o.ExternalReference).HasMaxLength(40);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.Property(o => o.DeliveryDiscountMinor).HasDefaultValue(0L);
        b.Property(o => o.HoldReason).HasMaxLength(120);
        b.Property(o => o.RequestKey).HasMaxLength(RequestKeys.MaxLength);
        b.Ignore(o => o.PaidMinor);
        b.Ignore(o => o.RefundableMinor);
        b.Ignore(o => o.CanCancel);
        b.Ignore(o => o.HandedOver);
        b.Ignore(o => o.DomainEvents);
        b.HasIndex(o => o.Number).IsUnique();
        b.HasIndex(o => new { o.CustomerId, o.PlacedAtUtc });
        b.HasIndex(o => new { o.StoreId, o.Status });
        b.HasIndex(o => new { o.Status, o.PayByUtc });
        b.HasIndex(o => o.ExternalReference).IsUnique();
        b.HasIndex(o => o.RequestKey).IsUnique();
        b.ReferencesOtherModule(StoreReferences.Store, nameof(Order.StoreId), DeleteBehavior.Restrict);
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(o => o.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(o => o.Adjustments).WithOne().HasForeignKey(a => a.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Adjustments).HasField("_adjustments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OrderAdjustmentConfiguration : IEntityTypeConfiguration<OrderAdjustment>
{
    public void Configure(EntityTypeBuilder<OrderAdjustment> b)
    {
        b.ToTable("order_adjustments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Stage).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Kind).HasMaxLength(40);
        b.Property(a => a.Label).HasMaxLength(120);
        b.HasIndex(a => new { a.OrderId, a.Position }).IsUnique();
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.ToTable("order_lines");
        b.HasKey(l => l.Id);
        b.Property(l => l.ProductName).HasMaxLength(200);
        b.Property(l => l.SkuLabel).HasMaxLength(80);
        b.Ignore(l => l.LineTotalMinor);
        b.Ignore(l => l.NetMinor);
        // Added by migration 0013 to tables that already had rows: the defaults are what an old line means.
        b.Property(l => l.ListUnitPriceMinor).HasDefaultValue(0L);
        b.Property(l => l.DiscountMinor).HasDefaultValue(0L);
        b.HasIndex(l => l.ProductId);
        b.HasIndex(l => l.SourceNoteId);
    }
}

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> b)
    {
        b.ToTable("order_status_changes");
        b.HasKey(h => h.Id);
        b.Property(h => h.From).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.To).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.ActorKind).HasConversion<string>().HasMaxLength(10);
        b.Property(h => h.Note).HasMaxLength(300);
    }
}
