using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Communities;

/// <summary>
/// A deleted account leaves every community it belonged to; member counts are recounted. A community it was the only owner of
/// is handed over (an admin first, else the longest-standing member; with nobody left it stays, run by the platform). On "remove"
/// the about and rules its creator wrote go; on either choice their details are swept out of every community's words (ADR 0023).
/// </summary>
internal sealed class MembershipPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "communities";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) =>
        await (from m in db.Set<Membership>().AsNoTracking()
               join c in db.Set<Community>() on m.CommunityId equals c.Id
               where m.AccountId == accountId
               select new { CommunityId = c.Id, c.Name, c.Slug, Role = m.Role.ToString(), Status = m.Status.ToString(), m.JoinedAtUtc }).ToListAsync(ct);

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        var memberships = await db.Set<Membership>().Where(m => m.AccountId == accountId).ToListAsync(ct);
        foreach (var owned in memberships.Where(m => m.IsOwner)) await HandOver(owned.CommunityId, accountId, ct);
        if (content == ContentChoice.Remove)
            foreach (var created in await db.Set<Community>().Where(c => c.CreatedByAccountId == accountId).ToListAsync(ct)) created.ForgetCreatorsWords();
        await db.SaveChangesAsync(ct);
        await db.Set<Membership>().Where(m => m.AccountId == accountId).ExecuteDeleteAsync(ct);
        foreach (var id in memberships.Select(m => m.CommunityId)) await MemberCounter.Recount(db, id, ct);
    }

    /// <summary>Another owner keeps running it; failing one, the longest-standing admin, then member, becomes its owner.</summary>
    private async Task HandOver(Guid communityId, Guid leaving, CancellationToken ct)
    {
        var others = await db.Set<Membership>()
            .Where(m => m.CommunityId == communityId && m.AccountId != leaving && m.Status == MembershipStatus.Active).ToListAsync(ct);
        if (others.Any(m => m.Role == MemberRole.Owner)) return;
        others.OrderBy(m => m.Role == MemberRole.Admin ? 0 : 1).ThenBy(m => m.JoinedAtUtc).FirstOrDefault()?.InheritOwnership();
    }

    public async Task Redact(ErasedPerson person, CancellationToken ct)
    {
        // The address was made from the name when the community started: it may still spell a name changed since.
        var inSlugs = person.Identifiers.Select(Community.Slugify).Where(s => s.Length >= ErasedPerson.ShortestIdentifier).ToList();
        var named = new HashSet<Community>();
        foreach (var lower in person.Identifiers.Select(i => i.ToLowerInvariant()))
            named.UnionWith(await db.Set<Community>()
                .Where(c => c.Name.ToLower().Contains(lower) || c.Description.ToLower().Contains(lower) || c.Rules.ToLower().Contains(lower)).ToListAsync(ct));
        foreach (var slug in inSlugs) named.UnionWith(await db.Set<Community>().Where(c => c.Slug.Contains(slug)).ToListAsync(ct));
        foreach (var community in named)
        {
            if (!community.Redact(person.Scrub) && !inSlugs.Any(s => community.Slug.Contains(s, StringComparison.Ordinal))) continue;
            community.MoveTo(await CreateCommunity.FreeSlug(db, Community.SlugFrom(community.Name), ct));
            await db.SaveChangesAsync(ct); // one at a time: the next free address is looked up in the table
        }
        await db.SaveChangesAsync(ct);
    }
}
