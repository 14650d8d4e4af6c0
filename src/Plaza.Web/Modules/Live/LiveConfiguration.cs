using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

internal sealed class LiveRoomConfiguration : IEntityTypeConfiguration<LiveRoom>
{
    public void Configure(EntityTypeBuilder<LiveRoom> b)
    {
        b.ToTable("live_rooms");
        // The default only fills rows older than the column; EF always writes the value itself.
        b.Property(r => r.RecordingReady).HasDefaultValue(false).ValueGeneratedNever();
        b.HasKey(r => r.Id);
        b.Property(r => r.Title).HasMaxLength(LiveRoom.TitleMax);
        b.Property(r => r.CoverFileName).HasMaxLength(80);
        // Two callers moving the room at once (nginx's callback and the host's button): the second save finds the state
        // changed and loses (DbUpdateConcurrencyException), instead of announcing the room twice.
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(10).IsConcurrencyToken();
        b.Ignore(r => r.DomainEvents);
        b.Property(r => r.StreamKey).HasMaxLength(64);
        b.Ignore(r => r.IsLive);
        b.Ignore(r => r.HasEnded);
        b.ReferencesOtherModule(StoreReferences.Store, nameof(LiveRoom.StoreId), DeleteBehavior.Cascade);
        b.HasIndex(r => r.StreamKey).IsUnique();
        b.HasIndex(r => new { r.State, r.ScheduledStartUtc });
        b.HasIndex(r => new { r.StoreId, r.ScheduledStartUtc });
        b.HasIndex(r => r.HostAccountId);
    }
}

internal sealed class LiveRoomProductConfiguration : IEntityTypeConfiguration<LiveRoomProduct>
{
    public void Configure(EntityTypeBuilder<LiveRoomProduct> b)
    {
        b.ToTable("live_room_products");
        b.HasKey(p => new { p.RoomId, p.SkuId });
        b.HasOne<LiveRoom>().WithMany().HasForeignKey(p => p.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveMessageConfiguration : IEntityTypeConfiguration<LiveMessage>
{
    public void Configure(EntityTypeBuilder<LiveMessage> b)
    {
        b.ToTable("live_messages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Text).HasMaxLength(LiveMessage.TextMax * 2);
        b.HasOne<LiveRoom>().WithMany().HasForeignKey(m => m.RoomId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.RoomId, m.SentAtUtc });
        b.HasIndex(m => m.AuthorId);
    }
}

internal sealed class LiveSanctionConfiguration : IEntityTypeConfiguration<LiveSanction>
{
    public void Configure(EntityTypeBuilder<LiveSanction> b)
    {
        b.ToTable("live_sanctions");
        b.HasKey(s => new { s.RoomId, s.AccountId });
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
        b.HasOne<LiveRoom>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.AccountId);
    }
}

internal sealed class LiveTimelineEntryConfiguration : IEntityTypeConfiguration<LiveTimelineEntry>
{
    public void Configure(EntityTypeBuilder<LiveTimelineEntry> b)
    {
        b.ToTable("live_timeline");
        b.HasKey(e => e.Id);
        b.Property(e => e.Kind).HasMaxLength(30);
        b.HasOne<LiveRoom>().WithMany().HasForeignKey(e => e.RoomId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.RoomId, e.AtUtc });
    }
}

internal sealed class LiveReminderConfiguration : IEntityTypeConfiguration<LiveReminder>
{
    public void Configure(EntityTypeBuilder<LiveReminder> b)
    {
        b.ToTable("live_reminders");
        b.HasKey(r => new { r.RoomId, r.AccountId });
        b.HasOne<LiveRoom>().WithMany().HasForeignKey(r => r.RoomId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.AccountId);
    }
}

internal sealed class LiveChatterConfiguration : IEntityTypeConfiguration<LiveChatter>
{
    public void Configure(EntityTypeBuilder<LiveChatter> b)
    {
        b.ToTable("live_chatters");
        b.HasKey(c => new { c.RoomId, c.AccountId });
        b.HasOne<LiveRoom>().WithMany().HasForeignKey(c => c.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveDealConfiguration : IEntityTypeConfiguration<LiveDeal>
{
    public void Configure(EntityTypeBuilder<LiveDeal> b)
    {
        b.ToTable("live_deals");
        b.HasKey(d => d.Id);
        b.Property(d => d.Currency).HasMaxLength(3);
        b.Ignore(d => d.Remaining);
        b.HasOne<LiveRoom>().WithMany().HasForeignKey(d => d.RoomId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.RoomId, d.ClosesAtUtc });
    }
}

internal sealed class LiveDealBuyerConfiguration : IEntityTypeConfiguration<LiveDealBuyer>
{
    public void Configure(EntityTypeBuilder<LiveDealBuyer> b)
    {
        b.ToTable("live_deal_buyers");
        b.HasKey(x => new { x.DealId, x.CustomerId });
        b.HasIndex(x => x.CustomerId);
        b.HasOne<LiveDeal>().WithMany().HasForeignKey(x => x.DealId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveDealClaimConfiguration : IEntityTypeConfiguration<LiveDealClaim>
{
    public void Configure(EntityTypeBuilder<LiveDealClaim> b)
    {
        b.ToTable("live_deal_claims");
        b.HasKey(x => new { x.OrderId, x.DealId });
        b.HasIndex(x => x.DealId);
    }
}

internal sealed class LiveOrderConfiguration : IEntityTypeConfiguration<LiveOrder>
{
    public void Configure(EntityTypeBuilder<LiveOrder> b)
    {
        b.ToTable("live_orders");
        b.HasKey(x => x.OrderId);
        b.HasIndex(x => x.RoomId);
    }
}

internal sealed class LiveViewerConfiguration : IEntityTypeConfiguration<LiveViewer>
{
    public void Configure(EntityTypeBuilder<LiveViewer> b)
    {
        b.ToTable("live_viewers");
        b.HasKey(x => new { x.RoomId, x.AccountId });
        b.HasIndex(x => x.AccountId);
        b.HasOne<LiveRoom>().WithMany().HasForeignKey(x => x.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}
