namespace Plaza.Web.Modules.Privacy.Contracts;

/// <summary>What happens to what a person wrote when they delete their account.</summary>
internal enum ContentChoice { Remove, Anonymise }

/// <summary>
/// Every module that keeps data about a person implements this, so "download my data" and "delete my
/// account" reach all of it. Erase runs inside the deletion's transaction and must leave nothing that
/// identifies the person (email, phone, name, addresses); records kept for accounting keep only the
/// pseudonymous account id. Deletion asks every contributor for <see cref="Identifiers"/> first, erases,
/// then lets each <see cref="Redact"/> what stays (ADR 0023).
/// </summary>
internal interface IPersonalDataContributor
{
    /// <summary>The section name in the export, e.g. "orders".</summary>
    string Section { get; }

    Task<object?> Export(Guid accountId, CancellationToken ct);

    Task Erase(Guid accountId, ContentChoice content, CancellationToken ct);

    /// <summary>Erased after every other contributor (the account itself, which the others may still look up).</summary>
    bool ErasedLast => false;

    /// <summary>
    /// Texts this module knows identify the person (their login, display name, addresses they gave), asked before anything is
    /// erased, so that every module can take them out of text it keeps that someone else wrote or that is handed over.
    /// </summary>
    Task<IEnumerable<string>> Identifiers(Guid accountId, CancellationToken ct) => Task.FromResult(Enumerable.Empty<string>());

    /// <summary>After every Erase: takes the person's identifiers out of what this module keeps (a community's name, say).</summary>
    Task Redact(ErasedPerson person, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>
/// The person being deleted, as the other modules may sweep for them: the account id, the choice they made and every text known
/// to identify them (longest first, so a full address goes before the name inside it).
/// </summary>
internal sealed record ErasedPerson(Guid AccountId, ContentChoice Content, IReadOnlyList<string> Identifiers)
{
    /// <summary>What stands where an identifier was.</summary>
    public const string Removed = "[removed]";

    /// <summary>Shorter texts are not swept for: "Al" or "Jo" would be taken out of every word that holds them.</summary>
    public const int ShortestIdentifier = 3;

    public static ErasedPerson From(Guid accountId, ContentChoice content, IEnumerable<string?> identifiers) =>
        new(accountId, content, identifiers.Select(i => i?.Trim() ?? "").Where(i => i.Length >= ShortestIdentifier)
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(i => i.Length).ToList());

    /// <summary>Whether the text names the person (ignoring case).</summary>
    public bool IsNamedIn(string? text) => text is not null && Identifiers.Any(i => text.Contains(i, StringComparison.OrdinalIgnoreCase));

    /// <summary>The text with every identifier replaced by <see cref="Removed"/> (ignoring case).</summary>
    public string Scrub(string text) =>
        Identifiers.Aggregate(text, (t, i) => t.Replace(i, Removed, StringComparison.OrdinalIgnoreCase));
}
