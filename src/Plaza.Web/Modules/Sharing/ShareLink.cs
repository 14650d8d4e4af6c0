using System.Security.Cryptography;
using Plaza.Web.Modules.Sharing.Contracts;

namespace Plaza.Web.Modules.Sharing;

/// <summary>
/// One person's link to one thing: a short code that carries who shared it. The same sharer sharing the
/// same target always gets the same link (a unique index holds that even when two requests race).
/// </summary>
internal sealed class ShareLink
{
    private ShareLink() { }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public Guid SharerAccountId { get; private set; }
    /// <summary>
    /// What it points at: a kind's name as a module registered it (<see cref="ShareTargetDefinition"/>), so a new kind
    /// needs no schema change.
    /// </summary>
    public string TargetKind { get; private set; } = "";
    public Guid TargetId { get; private set; }
    /// <summary>The store it is sold in, for a kind shared as a store sells it (a product's price and stock are per store); else null.</summary>
    public Guid? StoreId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public static ShareLink Create(string code, Guid sharer, ShareTargetDefinition kind, Guid targetId, Guid? storeId, DateTime now)
    {
        if (!ShareCode.IsWellFormed(code)) throw new ArgumentException("Not a share code.", nameof(code));
        if (kind.InStore != (storeId is not null))
            throw new ArgumentException("A link to a thing sold in a store (a product) names its store; other links do not.", nameof(storeId));
        return new ShareLink
        {
            Id = Guid.CreateVersion7(), Code = code, SharerAccountId = sharer, TargetKind = kind.Name, TargetId = targetId, StoreId = storeId,
            CreatedAtUtc = now,
        };
    }

    public string Path => ShareCode.PathOf(Code);
}

/// <summary>
/// Share codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), upper case, so a code
/// read off a poster or said aloud is typed right. 31^8 ≈ 8.5 × 10^11 codes.
/// </summary>
internal static class ShareCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 8;
    public const int Attempts = 5;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper-cases a code as typed; null when it cannot be a code (wrong length or any other character).</summary>
    public static string? Normalize(string? raw)
    {
        if (raw is null || raw.Length != Length) return null;
        var upper = raw.ToUpperInvariant();
        return IsWellFormed(upper) ? upper : null;
    }

    public static bool IsWellFormed(string? code) => code is { Length: Length } && code.All(c => Alphabet.Contains(c));

    public static string PathOf(string code) => $"/s/{code}";

    /// <summary>
    /// The first code from <paramref name="next"/> that <paramref name="isTaken"/> says is free, trying
    /// <see cref="Attempts"/> times; a collision is rare, several in a row mean something is wrong.
    /// </summary>
    public static async Task<string> FirstFree(Func<string> next, Func<string, Task<bool>> isTaken)
    {
        for (var i = 0; i < Attempts; i++)
        {
            var code = next();
            if (!await isTaken(code)) return code;
        }
        throw new InvalidOperationException($"No free share code after {Attempts} attempts.");
    }
}

/// <summary>
/// One visitor's visits to one link on one UTC day: the row exists once per (link, day, visitor), so
/// counting rows counts unique visitors per day; <see cref="Visits"/> counts every visit. The visitor is
/// a hash of a random cookie id, never an address.
/// </summary>
internal sealed class ShareVisit
{
    private ShareVisit() { }

    public Guid ShareLinkId { get; private set; }
    public DateOnly Day { get; private set; }
    public string VisitorHash { get; private set; } = "";
    public int Visits { get; private set; }
    public DateTime FirstVisitAtUtc { get; private set; }

    public static ShareVisit First(Guid linkId, string visitorHash, DateTime now) =>
        new() { ShareLinkId = linkId, Day = DateOnly.FromDateTime(now), VisitorHash = visitorHash, Visits = 1, FirstVisitAtUtc = now };

    public static string HashVisitor(string visitorId) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("plaza-share-visitor:" + visitorId)));
}

/// <summary>An account that was created while its browser carried a share link (once per account).</summary>
internal sealed class ShareSignup : Platform.Events.IHasDomainEvents
{
    private readonly List<Platform.Events.IDomainEvent> _events = [];

    private ShareSignup() { }

    public Guid AccountId { get; private set; }
    public Guid ShareLinkId { get; private set; }
    public DateTime SignedUpAtUtc { get; private set; }

    public IReadOnlyList<Platform.Events.IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    /// <summary>Raises <see cref="Contracts.SignedUpThroughShareLink"/> (Loyalty rewards the sharer for the invitation).</summary>
    public static ShareSignup Record(Guid accountId, ShareLink link, DateTime now)
    {
        var signup = new ShareSignup { AccountId = accountId, ShareLinkId = link.Id, SignedUpAtUtc = now };
        signup._events.Add(new Contracts.SignedUpThroughShareLink(accountId, link.Id, link.SharerAccountId, now));
        return signup;
    }
}

/// <summary>How an order came to a link: the code it was placed with (cookie or app), or the link its customer signed up through.</summary>
internal enum AttributionSource { Code, Signup }

/// <summary>
/// An order that came through a share link (once per order). <see cref="IsSelf"/> marks the sharer
/// buying through their own link: recorded for the numbers, never rewarded.
/// </summary>
internal sealed class ShareAttribution
{
    private ShareAttribution() { }

    public Guid OrderId { get; private set; }
    public Guid ShareLinkId { get; private set; }
    public Guid SharerAccountId { get; private set; }
    public Guid CustomerAccountId { get; private set; }
    public AttributionSource Source { get; private set; }
    public bool IsSelf { get; private set; }
    public DateTime AttributedAtUtc { get; private set; }

    public static ShareAttribution For(Guid orderId, ShareLink link, Guid customerId, AttributionSource source, DateTime now) => new()
    {
        OrderId = orderId, ShareLinkId = link.Id, SharerAccountId = link.SharerAccountId, CustomerAccountId = customerId,
        Source = source, IsSelf = link.SharerAccountId == customerId, AttributedAtUtc = now,
    };
}
