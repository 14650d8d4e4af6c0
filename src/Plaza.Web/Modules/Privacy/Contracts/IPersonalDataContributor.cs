namespace Plaza.Web.Modules.Privacy.Contracts;

/// <summary>What happens to what a person wrote when they delete their account.</summary>
internal enum ContentChoice { Remove, Anonymise }

/// <summary>
/// Every module that keeps data about a person implements this, so "download my data" and "delete my
/// account" reach all of it. Erase runs inside the deletion's transaction and must leave nothing that
/// identifies the person (email, phone, name, addresses); records kept for accounting keep only the
/// pseudonymous account id.
/// </summary>
internal interface IPersonalDataContributor
{
    /// <summary>The section name in the export, e.g. "orders".</summary>
    string Section { get; }

    Task<object?> Export(Guid accountId, CancellationToken ct);

    Task Erase(Guid accountId, ContentChoice content, CancellationToken ct);

    /// <summary>Erased after every other contributor (the account itself, which the others may still look up).</summary>
    bool ErasedLast => false;
}
