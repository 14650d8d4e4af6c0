using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Notes;

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> b)
    {
        b.ToTable("notes");
        b.HasKey(n => n.Id);
        b.Property(n => n.Title).HasMaxLength(Note.TitleMax);
        b.Property(n => n.Body).HasMaxLength(Note.BodyMax);
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(10);
        b.Ignore(n => n.IsPublished);
        b.HasIndex(n => new { n.AuthorAccountId, n.Id });
        b.HasIndex(n => new { n.CommunityId, n.Id });
        b.HasIndex(n => new { n.Status, n.CreatedAtUtc }); // Discover's window of recent published notes
        b.HasMany(n => n.Photos).WithOne().HasForeignKey(p => p.NoteId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(n => n.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(n => n.Products).WithOne().HasForeignKey(p => p.NoteId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(n => n.Products).HasField("_products").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NotePhotoConfiguration : IEntityTypeConfiguration<NotePhoto>
{
    public void Configure(EntityTypeBuilder<NotePhoto> b)
    {
        b.ToTable("note_photos");
        b.HasKey(p => p.Id);
        b.Property(p => p.FileName).HasMaxLength(80);
        b.Property(p => p.ContentType).HasMaxLength(40);
        b.Property(p => p.Alt).HasMaxLength(NotePhoto.AltMax);
        b.Ignore(p => p.Url);
        b.HasIndex(p => p.NoteId);
    }
}

internal sealed class NoteProductConfiguration : IEntityTypeConfiguration<NoteProduct>
{
    public void Configure(EntityTypeBuilder<NoteProduct> b)
    {
        b.ToTable("note_products");
        b.HasKey(p => new { p.NoteId, p.ProductId, p.StoreId });
        b.HasIndex(p => p.ProductId);
        b.HasIndex(p => new { p.StoreId, p.NoteId }); // Following: notes tagging a followed store's products
    }
}

internal sealed class NoteLikeConfiguration : IEntityTypeConfiguration<NoteLike>
{
    public void Configure(EntityTypeBuilder<NoteLike> b)
    {
        b.ToTable("note_likes");
        b.HasKey(l => new { l.NoteId, l.AccountId });
        b.HasIndex(l => l.AccountId);
        b.HasOne<Note>().WithMany().HasForeignKey(l => l.NoteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NoteSaveConfiguration : IEntityTypeConfiguration<NoteSave>
{
    public void Configure(EntityTypeBuilder<NoteSave> b)
    {
        b.ToTable("note_saves");
        b.HasKey(s => new { s.NoteId, s.AccountId });
        b.HasIndex(s => new { s.AccountId, s.CreatedAtUtc });
        b.HasOne<Note>().WithMany().HasForeignKey(s => s.NoteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NoteCommentConfiguration : IEntityTypeConfiguration<NoteComment>
{
    public void Configure(EntityTypeBuilder<NoteComment> b)
    {
        b.ToTable("note_comments");
        b.HasKey(c => c.Id);
        b.Property(c => c.Text).HasMaxLength(NoteComment.TextMax);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        b.Ignore(c => c.IsPublished);
        b.HasIndex(c => new { c.NoteId, c.CreatedAtUtc });
        b.HasIndex(c => c.AuthorAccountId);
        b.HasIndex(c => c.ParentId);
        b.HasOne<Note>().WithMany().HasForeignKey(c => c.NoteId).OnDelete(DeleteBehavior.Cascade);
    }
}
