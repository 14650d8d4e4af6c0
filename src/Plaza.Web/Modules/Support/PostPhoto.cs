using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// A photo in a conversation (a damaged item, a receipt), from the shopper or the store: checked and cleaned like every
/// upload, then sent as a message with an optional caption. A refused picture writes nothing; a message that cannot be
/// sent takes its file away again.
/// </summary>
internal static class PostPhoto
{
    /// <returns>null when the conversation does not exist or the caller may not write in it.</returns>
    public static async Task<Outcome<SupportMessage>?> Execute(Guid conversationId, IFormFile? file, string? text, ClaimsPrincipal user,
        PlazaDb db, PhotoStorage storage, PostCustomerMessage customer, AgentSeats seats, SupportNews news, SupportReader reader, TimeProvider clock,
        CancellationToken ct)
    {
        if (await reader.Find(conversationId, ct) is not { } c || !SupportAccess.CanSee(c, user)) return null;
        if (PhotoStorage.Missing(file) is { } missing) return new Validator().Add("file", missing);
        var (name, _, error) = await storage.Save(file!, ct);
        if (error is not null) return new Validator().Add("file", error);
        try
        {
            var sent = SupportAccess.IsCustomer(c, user)
                ? await customer.Execute(conversationId, text, name, user, ct)
                : await PostAgentMessage.Execute(conversationId, text, false, name, user, db, seats, news, clock, ct);
            if (sent is not { Ok: true }) storage.Delete(name!);
            return sent;
        }
        catch
        {
            storage.Delete(name!);
            throw;
        }
    }

    public static async Task<Results<Ok<ConversationDetail>, ValidationProblem, NotFound>> Handle(Guid id, IFormFile? file, [FromForm] string? text,
        ClaimsPrincipal user, PlazaDb db, PhotoStorage storage, PostCustomerMessage customer, AgentSeats seats, SupportNews news, SupportReader reader,
        TimeProvider clock, CancellationToken ct)
    {
        if (await Execute(id, file, text, user, db, storage, customer, seats, news, reader, clock, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        var c = (await reader.Find(id, ct))!;
        return TypedResults.Ok(await reader.Detail(c, SupportAccess.IsAgent(c, user), ct));
    }
}
