using System.Buffers.Binary;
using Microsoft.AspNetCore.WebUtilities;

namespace Plaza.Web.Modules.Notes;

/// <summary>
/// The feed's opaque cursors (base64url; clients pass them back unchanged, see docs/decisions/0010).
/// Following: <c>'F'</c> + the last note's id — the next page is the notes with smaller ids.
/// Discover: <c>'D'</c> + the snapshot time (UTC ticks) + an 8-byte fingerprint of every note already shown —
/// the next page ranks the same candidates (written by the snapshot time, freshness measured at it) without those.
/// </summary>
internal abstract record FeedCursor
{
    /// <summary>How many notes one Discover session shows at most (its cursor then carries 300 × 8 bytes).</summary>
    public const int DiscoverDepth = 300;

    internal sealed record Following(Guid After) : FeedCursor;

    internal sealed record Discover(DateTime SnapshotUtc, IReadOnlySet<ulong> Seen) : FeedCursor;

    /// <summary>
    /// The low 8 bytes of the id: in a version 7 Guid these are random (62 bits), so two notes among the few
    /// hundred of one snapshot share one with a chance of about 10⁻¹³.
    /// </summary>
    public static ulong Fingerprint(Guid id)
    {
        Span<byte> b = stackalloc byte[16];
        id.TryWriteBytes(b);
        return BinaryPrimitives.ReadUInt64LittleEndian(b[8..]);
    }

    public string Encode()
    {
        switch (this)
        {
            case Following f:
            {
                var bytes = new byte[17];
                bytes[0] = (byte)'F';
                f.After.TryWriteBytes(bytes.AsSpan(1));
                return WebEncoders.Base64UrlEncode(bytes);
            }
            case Discover d:
            {
                var bytes = new byte[9 + 8 * d.Seen.Count];
                bytes[0] = (byte)'D';
                BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(1), d.SnapshotUtc.Ticks);
                var i = 9;
                foreach (var s in d.Seen.Order()) { BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i), s); i += 8; }
                return WebEncoders.Base64UrlEncode(bytes);
            }
            default: throw new InvalidOperationException();
        }
    }

    /// <returns>null when the text is not a cursor this code wrote.</returns>
    public static FeedCursor? Decode(string text)
    {
        byte[] bytes;
        try { bytes = WebEncoders.Base64UrlDecode(text); }
        catch (FormatException) { return null; }
        if (bytes.Length == 17 && bytes[0] == (byte)'F') return new Following(new Guid(bytes.AsSpan(1)));
        if (bytes.Length < 9 || bytes[0] != (byte)'D' || (bytes.Length - 9) % 8 != 0 || (bytes.Length - 9) / 8 > DiscoverDepth) return null;
        var ticks = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(1));
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks) return null;
        var seen = new HashSet<ulong>();
        for (var i = 9; i < bytes.Length; i += 8) seen.Add(BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i)));
        return new Discover(new DateTime(ticks, DateTimeKind.Utc), seen);
    }
}
