using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Reviews;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> b)
    {
        b.ToTable("reviews");
        b.HasKey(r => r.Id);
        b.Property(r => r.Text).HasMaxLength(Review.TextMax);
        b.Property(r => r.ReplyText).HasMaxLength(Review.ReplyMax);
        b.Property(r => r.RemovalReason).HasMaxLength(Review.RemovalReasonMax);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.ReplyStatus).HasConversion<string>().HasMaxLength(10);
        b.Ignore(r => r.VerifiedPurchase);
        b.Ignore(r => r.DomainEvents);
        b.Ignore(r => r.IsPublished);
        b.Ignore(r => r.HasPublishedReply);
        // One review per order line: the database decides when two taps race.
        b.HasIndex(r => r.OrderLineId).IsUnique();
        b.HasIndex(r => new { r.ProductId, r.Status });
        b.HasIndex(r => r.AuthorAccountId);
        b.HasMany(r => r.Photos).WithOne().HasForeignKey(p => p.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReviewPhotoConfiguration : IEntityTypeConfiguration<ReviewPhoto>
{
    public void Configure(EntityTypeBuilder<ReviewPhoto> b)
    {
        b.ToTable("review_photos");
        b.HasKey(p => p.Id);
        b.Property(p => p.FileName).HasMaxLength(80);
        b.Property(p => p.ContentType).HasMaxLength(40);
        b.Ignore(p => p.Url);
        b.HasIndex(p => p.ReviewId);
    }
}

internal sealed class HelpfulVoteConfiguration : IEntityTypeConfiguration<HelpfulVote>
{
    public void Configure(EntityTypeBuilder<HelpfulVote> b)
    {
        b.ToTable("review_helpful_votes");
        b.HasKey(v => new { v.ReviewId, v.AccountId });
        b.HasOne<Review>().WithMany().HasForeignKey(v => v.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
