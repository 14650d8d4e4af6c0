using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// A signed-in viewer says something in the room's chat: not muted or banned there, within slow mode and the rate cap
/// (hosts and moderators exempt), and through the same content pipeline as comments (rules and the spam model). A
/// message the pipeline holds is kept for a moderator and shown to its author only.
/// </summary>
internal static class SendChatMessage
{
    public sealed record Sent(LiveActionResult Result, ChatMessageView? Message);

    public static async Task<Sent> Execute(Guid roomId, string? text, ClaimsPrincipal user, PlazaDb db, IContentPipeline pipeline,
        IAccountDirectory accounts, ChatBatcher chat, IOptions<LiveOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (user.AccountId() is not { } me) return Refused("sign_in", "Sign in to chat.");
        // The room, the sender's sanction in it and the sender's account as stored (suspended? name? trust level?) in one
        // round trip: a busy room sends hundreds of messages a second. Each is read from the database on every message, so a
        // ban, a mute or a suspension holds on the very next message on every node.
        var found = await (
                from r in db.Set<LiveRoom>().AsNoTracking().Where(r => r.Id == roomId)
                from a in accounts.Stored().Where(a => a.Id == me).DefaultIfEmpty()
                select new
                {
                    Room = r,
                    Sanction = db.Set<LiveSanction>().Where(s => s.RoomId == roomId && s.AccountId == me).Select(s => (LiveSanctionKind?)s.Kind)
                        .FirstOrDefault(),
                    Name = a == null ? null : a.DisplayName,
                    TrustLevel = a == null ? (int?)null : a.TrustLevel,
                    SuspendedUntilUtc = a == null ? null : a.SuspendedUntilUtc,
                    Deleted = a == null ? (bool?)null : a.Deleted,
                })
            .FirstOrDefaultAsync(ct);
        if (found?.Room is not { } room) return Refused("not_found", "There is no such room.");
        if (room.HasEnded) return Refused("room_ended", "This room has ended.");
        var moderates = RoomAccess.CanModerate(room, user);
        if (!moderates && found.Sanction is { } sanction)
            return sanction == LiveSanctionKind.Ban ? Refused("banned", "You cannot take part in this room.") : Refused("muted", "You are muted in this room.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (found.SuspendedUntilUtc > now) return Refused("suspended", "Your account is suspended.");

        var v = new Validator().Text(text, "text", LiveMessage.TextMax);
        if (!v.IsValid) return Refused("invalid_text", v.Errors["text"][0]);
        if (!moderates)
        {
            var o = options.Value;
            var wait = await ChatPace.TryTake(db, roomId, me, room.SlowModeSeconds, o.RateCapMessages, o.RateCapWindowSeconds, now, ct);
            if (wait > 0)
                return new(new LiveActionResult(false, "slow_down", room.SlowModeSeconds > 0
                    ? $"Slow mode is on: one message every {room.SlowModeSeconds} seconds."
                    : "You are sending messages too quickly.", wait), null);
        }
        // The trust level as stored, not worked out again from five queries per message: Identity keeps it current (on the
        // sender's posts, a moderator's decisions and locks, and when they join the room: LiveHub.Join). A deleted account counts as new.
        var trust = found.Deleted == false ? found.TrustLevel ?? TrustLevelNames.New : TrustLevelNames.New;
        var held = await ContentCheck.Run(ContentKind.Chat, null, null, text, me, _ => "text", v, pipeline, accounts, now, ct, storedTrustLevel: trust);
        if (!v.IsValid) return Refused("refused", v.Errors["text"][0]);

        var message = LiveMessage.Post(roomId, me, text!.Trim(), held, now);
        var view = ChatMessageView.Of(message, found.Deleted == false ? found.Name ?? "" : "");
        // Stored with the other messages of this 100 ms in one save, and only then answered and (unless held) sent to the room.
        await chat.Add(message, view);
        return new(LiveActionResult.Done, view);
    }

    private static Sent Refused(string code, string message) => new(new LiveActionResult(false, code, message), null);

    public sealed record ChatRequest(string? Text);

    /// <summary>The API's way into the chat (apps and tests); pages use the hub. Answers as every write does: 400, 403, 404, 409, 429.</summary>
    public static async Task<Results<Created<ChatMessageView>, ValidationProblem, NotFound>> Handle(Guid id, ChatRequest request, ClaimsPrincipal user,
        PlazaDb db, IContentPipeline pipeline, IAccountDirectory accounts, ChatBatcher chat, IOptions<LiveOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var sent = await Execute(id, request.Text, user, db, pipeline, accounts, chat, options, clock, ct);
        var r = sent.Result;
        return r.Code switch
        {
            null => TypedResults.Created($"/api/v1/live-rooms/{id}/messages/{sent.Message!.Id}", sent.Message),
            "not_found" => TypedResults.NotFound(),
            "invalid_text" or "refused" => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [r.Message!] }),
            "slow_down" => throw new RateLimitedException(TimeSpan.FromSeconds(r.RetryAfterSeconds ?? 1)),
            "banned" or "muted" or "suspended" => throw new ForbiddenException(r.Code, r.Message!),
            _ => throw new DomainException(r.Code, r.Message!),
        };
    }
}
