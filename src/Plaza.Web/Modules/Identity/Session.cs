using System.Security.Cryptography;
using System.Text;

namespace Plaza.Web.Modules.Identity;

/// <summary>
/// A signed-in session, held in the database so that any app node can check it and signing out
/// (or a deleted account) ends it everywhere. The client holds a random token; we store its hash.
/// </summary>
internal sealed class Session
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private Session() { }

    public Guid Id { get; private set; }
    public Guid AccountId { get; private set; }
    public string TokenHash { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }

    public static (Session Session, string Token) Start(Guid accountId, string kind, DateTime now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var session = new Session
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            TokenHash = Hash(token),
            Kind = kind,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + Lifetime,
        };
        return (session, token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
