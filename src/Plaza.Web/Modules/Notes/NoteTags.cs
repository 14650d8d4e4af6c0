using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Notes.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes;

internal sealed class NoteTags(PlazaDb db) : INoteTags
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlySet<Guid>>> TaggedProducts(IReadOnlyCollection<Guid> noteIds, CancellationToken ct)
    {
        if (noteIds.Count == 0) return new Dictionary<Guid, IReadOnlySet<Guid>>();
        var ids = noteIds.Distinct().ToList();
        var rows = await (from p in db.Set<NoteProduct>().AsNoTracking()
                          join n in db.Set<Note>().AsNoTracking() on p.NoteId equals n.Id
                          where ids.Contains(n.Id) && n.Status == NoteStatus.Published
                          select new { p.NoteId, p.ProductId }).ToListAsync(ct);
        return rows.GroupBy(r => r.NoteId).ToDictionary(g => g.Key, g => (IReadOnlySet<Guid>)g.Select(r => r.ProductId).ToHashSet());
    }
}
