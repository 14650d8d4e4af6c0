namespace Plaza.Web.Modules.Identity.Contracts;

/// <summary>The rate limit on the doors attackers knock on (sign-in, registration, account deletion): a policy Identity registers.</summary>
internal static class AuthRateLimit
{
    public const string Policy = "auth";
}
