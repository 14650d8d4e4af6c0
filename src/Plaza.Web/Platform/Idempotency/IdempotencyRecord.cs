using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Platform.Idempotency;

/// <summary>
/// A claim on an Idempotency-Key, then the first response to it, replayed for retries of the same request (ADR 0006). While the
/// request runs its claim has a short lease that it renews (<see cref="ClaimLease"/>); a claim whose lease lapsed belongs to a
/// request that died, and a retry takes it over (<see cref="Attempt"/> + 1) and runs again.
/// </summary>
internal sealed class IdempotencyRecord
{
    /// <summary>How long a claim stands without being renewed: a retry after that runs the request again.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>How often a running request renews its claim: well inside <see cref="Lease"/>, so a slow database does not lose it.</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    public Guid Id { get; set; }
    public string Scope { get; set; } = "";
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public bool Completed { get; set; }
    public int StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Body { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// Which run holds the claim: 1 for the first request, one more for each retry that took over a lapsed claim. Every write of
    /// a run (renewing, recording its response, freeing the key) is conditional on it, so a run that lost its claim changes nothing.
    /// </summary>
    public int Attempt { get; set; } = 1;

    /// <summary>Until when the running request holds the key; null once the response is recorded (or for a claim from before leases).</summary>
    public DateTime? LeaseUntilUtc { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_records");
        b.HasKey(r => r.Id);
        b.Property(r => r.Scope).HasMaxLength(80);
        b.Property(r => r.Key).HasMaxLength(100);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.Property(r => r.ContentType).HasMaxLength(100);
        b.Property(r => r.Body).HasMaxLength(100_000);
        b.HasIndex(r => new { r.Scope, r.Key }).IsUnique();
    }
}

/// <summary>Endpoint metadata: this endpoint honours the Idempotency-Key header.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
internal sealed class IdempotentAttribute : Attribute;
