using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Support;

/// <summary>A saved reply as the store's people see it: <c>Body</c> with its variables unfilled.</summary>
internal sealed record CannedReplyView(Guid Id, Guid StoreId, string Title, string Body, DateTime CreatedAtUtc, Guid CreatedBy)
{
    public static CannedReplyView From(CannedReply r) => new(r.Id, r.StoreId, r.Title, r.Body, r.CreatedAtUtc, r.CreatedBy);
}

/// <summary>
/// The store's people add a saved reply or change one: a title (at most 80 characters) and a text (at most 2000) that may use
/// only the known variables (<see cref="CannedReply.Variables"/>); a misspelt one is refused rather than sent as written.
/// </summary>
internal static class SaveCannedReply
{
    public sealed record CannedReplyRequest(string? Title, string? Body);

    public const string UnknownVariable = "Use only the variables {customer_name}, {order_number}, {pickup_code} and {store_name}.";

    /// <param name="id">The reply to change; null adds one.</param>
    /// <returns>null when the caller is not one of the store's people, or the store has no such reply.</returns>
    public static async Task<Outcome<CannedReply>?> Execute(Guid storeId, Guid? id, CannedReplyRequest r, ClaimsPrincipal user, PlazaDb db,
        TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return null;
        var reply = id is { } existing ? await db.Set<CannedReply>().FirstOrDefaultAsync(x => x.Id == existing && x.StoreId == storeId, ct) : null;
        if (id is not null && reply is null) return null;
        var v = Check(r);
        if (!v.IsValid) return v;
        if (reply is null)
        {
            if (await db.Set<CannedReply>().CountAsync(x => x.StoreId == storeId, ct) >= CannedReply.MaxPerStore)
                throw new DomainException("canned_replies_full", "A store keeps at most 100 saved replies: delete one first.");
            reply = CannedReply.Write(storeId, r.Title!, r.Body!, user.RequiredAccountId(), clock.GetUtcNow().UtcDateTime);
            db.Add(reply);
        }
        else reply.Edit(r.Title!, r.Body!);
        await db.SaveChangesAsync(ct);
        return reply;
    }

    private static Validator Check(CannedReplyRequest r)
    {
        var v = new Validator();
        if (string.IsNullOrWhiteSpace(r.Title)) v.Add("title", "Give the saved reply a title.");
        else v.Text(r.Title, "title", CannedReply.TitleMax);
        if (string.IsNullOrWhiteSpace(r.Body)) v.Add("body", "Write the text of the saved reply.");
        else v.Text(r.Body, "body", CannedReply.BodyMax);
        if (CannedReply.UnknownVariables(r.Body).Count > 0) v.Add("body", UnknownVariable, "unknown_variable");
        return v;
    }

    public static async Task<Results<Created<CannedReplyView>, ValidationProblem, NotFound>> HandleCreate(Guid storeId, CannedReplyRequest request,
        ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        (await Execute(storeId, null, request, user, db, clock, ct))
            .CreatedOr(r => $"/api/v1/support/stores/{storeId}/canned-replies/{r.Id}", CannedReplyView.From);

    public static async Task<Results<Ok<CannedReplyView>, ValidationProblem, NotFound>> HandleUpdate(Guid storeId, Guid id, CannedReplyRequest request,
        ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        (await Execute(storeId, id, request, user, db, clock, ct)).OkOr(CannedReplyView.From);
}
