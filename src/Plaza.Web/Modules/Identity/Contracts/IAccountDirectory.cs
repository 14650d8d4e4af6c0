namespace Plaza.Web.Modules.Identity.Contracts;

internal sealed record AccountRef(Guid Id, string DisplayName, string? Email, string? Phone);

/// <summary>A person as anyone may see them: name and since when, never an email or phone.</summary>
internal sealed record PersonRef(Guid Id, string DisplayName, DateTime MemberSinceUtc);

/// <summary>What other modules may ask about accounts.</summary>
internal interface IAccountDirectory
{
    Task<AccountRef?> FindByLogin(string login, CancellationToken ct);
    Task<IReadOnlyDictionary<Guid, AccountRef>> Find(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>When the account was registered (for trust levels); null when there is no such account.</summary>
    Task<DateTime?> RegisteredAt(Guid id, CancellationToken ct);

    /// <summary>
    /// The account's trust level (0 new … 3 regular), first recomputed from its activity (every
    /// <see cref="ITrustSignalSource"/>) and stored, unless a moderator locked it; 0 when there is no such account.
    /// </summary>
    Task<int> TrustLevel(Guid id, CancellationToken ct);

    /// <summary>Trust level and suspension as stored (for moderators and the account's own page); null when there is no such account.</summary>
    Task<AccountStanding?> Standing(Guid id, CancellationToken ct);

    /// <summary>Whether a moderator has suspended this account and the suspension has not ended yet.</summary>
    Task<bool> IsSuspended(Guid id, CancellationToken ct);

    /// <summary>The public side of these accounts; deleted accounts are left out.</summary>
    Task<IReadOnlyDictionary<Guid, PersonRef>> People(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>
    /// Ids of accounts whose content lists such as the feed leave out: deleted ones, and ones suspended at
    /// <paramref name="nowUtc"/>. A query over the same scoped database for the caller to compose into its own.
    /// </summary>
    IQueryable<Guid> UnlistedIds(DateTime nowUtc);

    /// <summary>
    /// Every account as stored (name, trust level as last worked out, suspension, deleted), a query over the same scoped
    /// database for the caller to compose into its own, so a busy path (live chat) reads them with its other checks in
    /// one round trip. The trust level is not recomputed here: <see cref="TrustLevel"/> does that.
    /// </summary>
    IQueryable<StoredAccount> Stored();
}

/// <summary>An account's row as <see cref="IAccountDirectory.Stored"/> gives it (settable properties, so a query can pick from it).</summary>
internal sealed class StoredAccount
{
    public Guid Id { get; init; }
    public string DisplayName { get; init; } = "";
    public int TrustLevel { get; init; }
    public DateTime? SuspendedUntilUtc { get; init; }
    public bool Deleted { get; init; }
}

/// <summary>What Moderation may change about accounts: suspend (ends every session at once), lift a suspension, lock a trust level.</summary>
internal interface IAccountSuspensions
{
    /// <returns>false when there is no such (undeleted) account.</returns>
    Task<bool> Suspend(Guid accountId, DateTime untilUtc, CancellationToken ct);

    /// <returns>false when there is no such (undeleted) account.</returns>
    Task<bool> Unsuspend(Guid accountId, CancellationToken ct);

    /// <summary>Pin the trust level (0–3) whatever the activity, or unpin it (null) so it is computed again.</summary>
    /// <returns>false when there is no such (undeleted) account.</returns>
    Task<bool> LockTrustLevel(Guid accountId, int? level, CancellationToken ct);
}
