namespace Plaza.Web.Modules.Identity.Contracts;

/// <summary>A signed-in person confirms something grave (deleting their account) by typing their password again.</summary>
internal interface IPasswordConfirmation
{
    /// <returns>Whether <paramref name="password"/> is the account's password; false for no password or no such account.</returns>
    Task<bool> Confirms(Guid accountId, string? password, CancellationToken ct);
}
