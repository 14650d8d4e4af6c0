namespace Plaza.Web.Modules.Identity.Contracts;

/// <summary>
/// What another module does the moment a person signs in or registers in the browser, before they are sent on (Ordering
/// moves the visitor's cart into the account). Registered by that module, so Identity knows none of them.
/// </summary>
internal interface IBrowserSignInStep
{
    Task AfterSignIn(HttpContext http, Guid accountId, CancellationToken ct);
}
