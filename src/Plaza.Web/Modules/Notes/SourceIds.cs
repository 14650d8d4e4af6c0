using System.Security.Cryptography;
using System.Text;

namespace Plaza.Web.Modules.Notes;

/// <summary>The idempotency source for notifications that have no row of their own (a like): the same (kind, actor, target) gives the same id.</summary>
internal static class SourceIds
{
    public static Guid For(string kind, Guid actor, Guid target)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{actor:N}:{target:N}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
