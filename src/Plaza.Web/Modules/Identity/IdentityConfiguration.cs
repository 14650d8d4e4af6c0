using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Modules.Identity;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.ToTable("accounts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Email).HasMaxLength(254);
        b.Property(a => a.Phone).HasMaxLength(20);
        b.Property(a => a.DisplayName).HasMaxLength(80);
        b.Property(a => a.PasswordHash).HasMaxLength(200);
        b.Property(a => a.PreferredCulture).HasMaxLength(10);
        b.PrimitiveCollection<List<string>>("_roles").HasColumnName("roles").HasMaxLength(200);
        b.Ignore(a => a.Roles);
        b.Property(a => a.TrustLevel).HasDefaultValue(0);
        b.HasIndex(a => a.Email).IsUnique();
        b.HasIndex(a => a.Phone).IsUnique();
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> b)
    {
        b.ToTable("sessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.TokenHash).HasMaxLength(64);
        b.Property(s => s.Kind).HasMaxLength(10);
        b.HasIndex(s => s.TokenHash).IsUnique();
        b.HasIndex(s => s.AccountId);
        b.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SignInFailuresConfiguration : IEntityTypeConfiguration<SignInFailures>
{
    public void Configure(EntityTypeBuilder<SignInFailures> b)
    {
        b.ToTable("sign_in_failures");
        b.HasKey(f => f.Key);
        b.Property(f => f.Key).HasMaxLength(64);
    }
}
