using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Identity;

/// <summary>A person who signs in: a shopper, staff member, leader, moderator or admin.</summary>
internal sealed class Account
{
    private readonly List<string> _roles = [];

    private Account() { }

    public Guid Id { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    public IReadOnlyList<string> Roles => _roles;
    public string PreferredCulture { get; private set; } = "en";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? DeletedAtUtc { get; private set; }
    /// <summary>Set by a moderator: until then the account cannot sign in (and its sessions were ended).</summary>
    public DateTime? SuspendedUntilUtc { get; private set; }
    /// <summary>0 new, 1 basic, 2 member, 3 regular (see <see cref="TrustRules"/>); recomputed from activity unless a moderator locked it.</summary>
    public int TrustLevel { get; private set; }
    /// <summary>Set by a moderator: the level stays here whatever the activity; null = computed.</summary>
    public int? LockedTrustLevel { get; private set; }

    public static Account Register(string? email, string? phone, string displayName, DateTime now)
    {
        if (email is null && phone is null)
            throw new DomainException("login_required", "An email address or a mobile number is required.");
        var account = new Account
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            Phone = phone,
            DisplayName = displayName.Trim(),
            CreatedAtUtc = now,
        };
        account._roles.Add(Platform.Auth.Roles.Shopper);
        return account;
    }

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public bool IsSuspended(DateTime now) => SuspendedUntilUtc is { } until && until > now;

    public void Suspend(DateTime until) => SuspendedUntilUtc = until;

    public void Unsuspend() => SuspendedUntilUtc = null;

    /// <summary>A moderator pins the level (0–3), or unpins it (null): it is computed again on the next activity.</summary>
    public void LockTrustLevel(int? level)
    {
        if (level is < 0 or > Contracts.TrustLevelNames.Max) throw new DomainException("invalid_trust_level", "A trust level is 0, 1, 2 or 3.");
        LockedTrustLevel = level;
        if (level is { } l) TrustLevel = l;
    }

    public void GrantRole(string role)
    {
        if (!Platform.Auth.Roles.All.Contains(role)) throw new DomainException("unknown_role", $"Unknown role '{role}'.");
        if (!_roles.Contains(role)) _roles.Add(role);
    }

    public void RevokeRole(string role)
    {
        if (role == Platform.Auth.Roles.Shopper) throw new DomainException("role_required", "Every account keeps the shopper role.");
        _roles.Remove(role);
    }

    public void ChangeCulture(string culture) => PreferredCulture = culture;

    public const string ErasedName = "Deleted user";

    /// <summary>
    /// The account stays as a pseudonym (orders are kept for accounting) with nothing that identifies
    /// the person: no email, phone, name or password; it can never sign in again.
    /// </summary>
    public void Erase(DateTime now)
    {
        Email = null;
        Phone = null;
        DisplayName = ErasedName;
        PasswordHash = "";
        _roles.Clear();
        _roles.Add(Platform.Auth.Roles.Shopper);
        DeletedAtUtc = now;
    }
}
