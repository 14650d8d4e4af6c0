using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Import;

/// <summary>
/// An account per CustomerID with a synthetic, non-personal login (customer-17850@import.plaza.test)
/// and no password: nobody can sign in as an imported customer until a password is set through a
/// reset. Guest purchases share one "Guest (imported)" account. Country is not kept.
/// </summary>
internal static class CustomerImport
{
    public const string EmailDomain = "import.plaza.test";
    public const string GuestEmail = "guest@" + EmailDomain;
    public const string GuestName = "Guest (imported)";
    private const int BatchSize = 2_000;

    public static string EmailFor(string? customerKey) => customerKey is null ? GuestEmail : $"customer-{customerKey}@{EmailDomain}";

    public static string NameFor(string customerKey) => string.Create(CultureInfo.InvariantCulture, $"Customer {customerKey}");

    /// <returns>Login email → account id, for every imported customer in the database (this file's and earlier ones').</returns>
    public static async Task<Dictionary<string, Guid>> RunAsync(PlazaDb db, ImportPlan plan, ImportSummary summary, IImportProgress progress,
        DateTime now, CancellationToken ct)
    {
        var suffix = "@" + EmailDomain;
        var accounts = (await db.Set<Account>().AsNoTracking()
                .Where(a => a.Email != null && a.Email.EndsWith(suffix))
                .Select(a => new { Email = a.Email!, a.Id }).ToListAsync(ct))
            .ToDictionary(a => a.Email, a => a.Id, StringComparer.Ordinal);

        var wanted = plan.CustomerKeys.Select(k => (Email: EmailFor(k), Name: NameFor(k))).ToList();
        if (plan.HasGuests) wanted.Add((GuestEmail, GuestName));
        var pending = 0;
        for (var i = 0; i < wanted.Count; i++)
        {
            var (email, name) = wanted[i];
            if (accounts.ContainsKey(email))
            {
                summary.CustomersExisting++;
            }
            else
            {
                var account = Account.Register(email, null, name, now); // PasswordHash stays empty
                db.Add(account);
                accounts.Add(email, account.Id);
                summary.CustomersCreated++;
                if (++pending >= BatchSize)
                {
                    await ImportBatch.SaveAsync(db, ct);
                    pending = 0;
                }
            }
            progress.Report(ImportStage.Customers, i + 1, wanted.Count);
        }
        await ImportBatch.SaveAsync(db, ct);
        return accounts;
    }
}
