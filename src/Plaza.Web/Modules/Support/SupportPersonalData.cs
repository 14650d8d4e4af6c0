using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// A shopper's conversations with stores (what they wrote and were told), and a store person's seat. On deletion a
/// shopper's conversations go with them whatever they chose: they are about their own orders and points, not something
/// written for others. What a store person wrote stays the store's, without a name (pages name authors by their current
/// display name); anything that names a deleted person is scrubbed from the rest.
/// </summary>
internal sealed class SupportPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "support";

    public async Task<object?> Export(Guid accountId, CancellationToken ct)
    {
        var mine = await db.Set<Conversation>().AsNoTracking().Where(c => c.CustomerId == accountId).OrderBy(c => c.CreatedAtUtc).ToListAsync(ct);
        var ids = mine.Select(c => c.Id).ToList();
        var messages = await db.Set<SupportMessage>().AsNoTracking().Where(m => ids.Contains(m.ConversationId) && !m.Internal)
            .OrderBy(m => m.Seq).ToListAsync(ct);
        return new
        {
            Conversations = mine.Select(c => new
            {
                c.Id, c.StoreId, c.OrderId, c.ProductId, Status = c.Status.ToString(), c.CreatedAtUtc, c.Rating, c.RatingComment,
                Messages = messages.Where(m => m.ConversationId == c.Id).Select(m => new { Author = m.Author.ToString(), m.Text, m.SentAtUtc }),
            }),
            AnsweredAsStaff = await db.Set<SupportMessage>().AsNoTracking().CountAsync(m => m.AuthorId == accountId && m.Author == MessageAuthor.Agent, ct),
        };
    }

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        await db.Set<Conversation>().Where(c => c.CustomerId == accountId).ExecuteDeleteAsync(ct); // messages and history cascade
        await db.Set<SupportAgent>().Where(a => a.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Set<Conversation>().Where(c => c.AssigneeId == accountId).ExecuteUpdateAsync(s => s.SetProperty(c => c.AssigneeId, (Guid?)null), ct);
    }

    public async Task Redact(ErasedPerson person, CancellationToken ct)
    {
        foreach (var identifier in person.Identifiers.Select(i => i.ToLowerInvariant()))
        {
            var messages = await db.Set<SupportMessage>().Where(m => m.Text.ToLower().Contains(identifier)).ToListAsync(ct);
            foreach (var m in messages) m.Redact(person.Scrub(m.Text));
        }
        await db.SaveChangesAsync(ct);
    }
}
