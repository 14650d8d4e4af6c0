using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Modules.Support.Assistant;
using Plaza.Web.Modules.Support.ServiceLevels;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support;

/// <summary>Turns conversations and messages into views, with names looked up once per list.</summary>
internal sealed class SupportReader(PlazaDb db, IAccountDirectory accounts, IStoreDirectory stores, ServiceLevelReader levels, TimeProvider clock)
{
    public const int MaxMessages = 500;

    public Task<Conversation?> Find(Guid id, CancellationToken ct) => db.Set<Conversation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<IReadOnlyList<ConversationView>> Views(IReadOnlyList<Conversation> conversations, bool forAgents, CancellationToken ct)
    {
        if (conversations.Count == 0) return [];
        var people = await accounts.People(conversations.SelectMany(c => new[] { c.CustomerId, c.AssigneeId ?? Guid.Empty }).Distinct().ToList(), ct);
        var storeNames = await stores.Names(conversations.Select(c => c.StoreId).Distinct().ToList(), ct);
        var service = forAgents ? await levels.Measure(conversations, clock.GetUtcNow().UtcDateTime, ct) : null;
        return conversations.Select(c => new ConversationView(c.Id, c.StoreId, storeNames.GetValueOrDefault(c.StoreId) ?? "", c.CustomerId,
            forAgents ? people.GetValueOrDefault(c.CustomerId)?.DisplayName : null, c.OrderId, c.ProductId, c.Status, c.Handler, c.AssigneeId,
            c.AssigneeId is { } a ? people.GetValueOrDefault(a)?.DisplayName : null, c.CreatedAtUtc, c.LastMessageAtUtc, c.HandedOverAtUtc,
            c.FirstResponseAtUtc, c.SnoozedUntilUtc, c.ResolvedAtUtc, c.CustomerReadAtUtc, c.AgentReadAtUtc, c.Rating, c.RatingComment,
            service?[c.Id])).ToList();
    }

    /// <summary>What the shopper may see of a view made for the store's people.</summary>
    public static ConversationView ForCustomer(ConversationView forAgents) => forAgents with { CustomerName = null, ServiceLevel = null };

    public async Task<ConversationDetail> Detail(Conversation conversation, bool forAgents, CancellationToken ct)
    {
        var messages = await db.Set<SupportMessage>().AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id && (forAgents || !m.Internal))
            .OrderByDescending(m => m.Seq).Take(MaxMessages).ToListAsync(ct);
        messages.Reverse();
        return new ConversationDetail((await Views([conversation], forAgents, ct))[0], await Messages(messages, ct));
    }

    public async Task<IReadOnlyList<SupportMessageView>> Messages(IReadOnlyList<SupportMessage> messages, CancellationToken ct)
    {
        var names = await accounts.People(messages.Where(m => m.Author is MessageAuthor.Customer or MessageAuthor.Agent)
            .Select(m => m.AuthorId!.Value).Distinct().ToList(), ct);
        return messages.Select(m => View(m, m.AuthorId is { } a ? names.GetValueOrDefault(a)?.DisplayName : null)).ToList();
    }

    public static SupportMessageView View(SupportMessage m, string? authorName) =>
        new(m.Id, m.ConversationId, m.Author, m.AuthorId, authorName, m.Text,
            m.CardJson is { } json && m.Author == MessageAuthor.Assistant ? JsonSerializer.Deserialize<AnswerCard>(json, Json) : null,
            m.PhotoFileName is { } photo ? "/media/photos/" + photo : null, m.Internal, m.SentAtUtc);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
