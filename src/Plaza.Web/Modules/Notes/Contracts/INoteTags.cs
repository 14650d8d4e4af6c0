namespace Plaza.Web.Modules.Notes.Contracts;

/// <summary>What other modules (Ordering) may ask about the products notes tag.</summary>
internal interface INoteTags
{
    /// <summary>
    /// For each of <paramref name="noteIds"/> that is a published note, the products it tags. Unknown,
    /// held or removed notes are simply missing from the answer.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlySet<Guid>>> TaggedProducts(IReadOnlyCollection<Guid> noteIds, CancellationToken ct);
}
