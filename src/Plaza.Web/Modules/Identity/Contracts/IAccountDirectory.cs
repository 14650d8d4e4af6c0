namespace Plaza.Web.Modules.Identity.Contracts;

internal sealed record AccountRef(Guid Id, string DisplayName, string? Email, string? Phone);

/// <summary>What other modules may ask about accounts.</summary>
internal interface IAccountDirectory
{
    Task<AccountRef?> FindByLogin(string login, CancellationToken ct);
    Task<IReadOnlyDictionary<Guid, AccountRef>> Find(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>When the account was registered (for trust levels); null when there is no such account.</summary>
    Task<DateTime?> RegisteredAt(Guid id, CancellationToken ct);
}
