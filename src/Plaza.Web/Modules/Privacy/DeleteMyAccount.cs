using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Idempotency;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Privacy;

/// <summary>
/// A person deletes their account, confirming with their password: every module erases what it keeps
/// about them in one transaction, sessions end, and orders stay for accounting under a pseudonym.
/// </summary>
internal static class DeleteMyAccount
{
    public sealed record DeleteAccountRequest(string? Password, ContentChoice? Content);

    public static async Task<Outcome<bool>> Execute(Guid accountId, DeleteAccountRequest r, PlazaDb db, IPasswordConfirmation passwords,
        IEnumerable<IPersonalDataContributor> contributors, CancellationToken ct)
    {
        var v = new Validator().Check(r.Content is not null && Enum.IsDefined(r.Content.Value), "content",
            "Choose whether to remove or anonymise what you wrote.");
        v.Check(await passwords.Confirms(accountId, r.Password, ct), "password", "Enter your password to confirm.");
        if (!v.IsValid) return v;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // What identifies them is gathered before anything is erased, then swept out of what stays once everything is (ADR 0023).
        var all = contributors.ToList();
        var identifiers = new List<string>();
        foreach (var contributor in all) identifiers.AddRange(await contributor.Identifiers(accountId, ct));
        var person = ErasedPerson.From(accountId, r.Content!.Value, identifiers);
        // The profile goes last: the others may still look the account up.
        foreach (var contributor in all.OrderBy(c => c.ErasedLast ? 1 : 0))
            await contributor.Erase(accountId, person.Content, ct);
        foreach (var contributor in all) await contributor.Redact(person, ct);
        // Stored API responses may hold an address or a name.
        await db.Set<IdempotencyRecord>().Where(x => x.Scope == accountId.ToString()).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public static async Task<Results<NoContent, ValidationProblem>> Handle(DeleteAccountRequest request, ClaimsPrincipal user, PlazaDb db,
        IPasswordConfirmation passwords, IEnumerable<IPersonalDataContributor> contributors, CancellationToken ct)
    {
        var outcome = await Execute(user.RequiredAccountId(), request, db, passwords, contributors, ct);
        return outcome.Ok ? TypedResults.NoContent() : TypedResults.ValidationProblem(outcome.Errors!);
    }
}
