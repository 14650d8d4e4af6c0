using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Identity;

/// <summary>Failed sign-ins counted under one key (a hash: the table never holds what people typed as their login).</summary>
internal sealed class SignInFailures
{
    private SignInFailures() { }

    public string Key { get; private set; } = "";
    public int Failures { get; private set; }
    /// <summary>When the count starts again: 15 minutes after the first failure, or after the one that reached the limit.</summary>
    public DateTime ResetsAtUtc { get; private set; }
}

/// <summary>
/// Slows down password guessing without telling whether an account exists, and without letting a stranger lock its owner out
/// (ADR 0021). Failures are counted per login whether or not an account has it: per login and client network (5 in 15 minutes, then
/// that network waits 15 minutes), and per login from anywhere (a higher ceiling, against guessing from many addresses). Every
/// attempt is counted before the password is checked, by one conditional upsert, so parallel guesses cannot slip past the limit;
/// a right password gives its attempt back.
/// </summary>
internal sealed class SignInThrottle(PlazaDb db, IConfiguration configuration)
{
    private readonly int _networkLimit = configuration.GetValue("Identity:SignInThrottle:FailureLimit", 5);
    private readonly int _loginLimit = configuration.GetValue("Identity:SignInThrottle:LoginFailureLimit", 30);
    private readonly TimeSpan _window = TimeSpan.FromMinutes(configuration.GetValue("Identity:SignInThrottle:Minutes", 15));

    /// <summary>The keys of one attempt: the login from this network, and the login from anywhere.</summary>
    public sealed record Attempt(string FromNetwork, string FromAnywhere);

    public static Attempt For(string login, IPAddress? client) =>
        new(Hash("login-network\n" + login + "\n" + Network(client)), Hash("login\n" + login));

    /// <summary>Counts the attempt under both keys; false when either is locked (the attempt is then not checked at all).</summary>
    public async Task<bool> TryEnter(Attempt attempt, DateTime now, CancellationToken ct) =>
        await Count(attempt.FromNetwork, _networkLimit, now, ct) && await Count(attempt.FromAnywhere, _loginLimit, now, ct);

    /// <summary>After a wrong password: whether this failure reached a limit (it is answered as a lockout then, like the next ones).</summary>
    public Task<bool> IsLocked(Attempt attempt, DateTime now, CancellationToken ct) =>
        db.Set<SignInFailures>().AnyAsync(f => f.ResetsAtUtc > now
            && ((f.Key == attempt.FromNetwork && f.Failures >= _networkLimit) || (f.Key == attempt.FromAnywhere && f.Failures >= _loginLimit)), ct);

    /// <summary>The right password: this network starts afresh; the login-wide count only gets this attempt back.</summary>
    public async Task Succeeded(Attempt attempt, CancellationToken ct)
    {
        await db.Set<SignInFailures>().Where(f => f.Key == attempt.FromNetwork).ExecuteDeleteAsync(ct);
        await db.Set<SignInFailures>().Where(f => f.Key == attempt.FromAnywhere && f.Failures > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Failures, f => f.Failures - 1), ct);
    }

    /// <summary>One statement on both databases: a new count, one more within the window, or nothing when the key is locked.</summary>
    private async Task<bool> Count(string key, int limit, DateTime now, CancellationToken ct)
    {
        var ends = now + _window;
        return await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO sign_in_failures (key, failures, resets_at_utc) VALUES ({key}, 1, {ends})
            ON CONFLICT (key) DO UPDATE SET
                failures = CASE WHEN sign_in_failures.resets_at_utc <= {now} THEN 1 ELSE sign_in_failures.failures + 1 END,
                resets_at_utc = CASE WHEN sign_in_failures.resets_at_utc <= {now} THEN {ends}
                                     WHEN sign_in_failures.failures + 1 >= {limit} THEN {ends}
                                     ELSE sign_in_failures.resets_at_utc END
            WHERE sign_in_failures.resets_at_utc <= {now} OR sign_in_failures.failures < {limit}
            """, ct) == 1;
    }

    /// <summary>An IPv4 address, or an IPv6 /64: one household or phone gets a whole /64, so its addresses count as one.</summary>
    internal static string Network(IPAddress? client)
    {
        if (client is null) return "unknown";
        if (client.IsIPv4MappedToIPv6) client = client.MapToIPv4();
        if (client.AddressFamily != AddressFamily.InterNetworkV6) return client.ToString();
        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
