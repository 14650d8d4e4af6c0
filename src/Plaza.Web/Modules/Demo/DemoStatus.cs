namespace Plaza.Web.Modules.Demo;

/// <summary>
/// What the seeder found at start-up, for the banner printed once the server listens. Set at most
/// once per process, before the server starts; only the start-up path writes it.
/// </summary>
internal sealed class DemoStatus
{
    public bool Present { get; private set; }
    public IReadOnlyList<DemoAccount> Accounts { get; private set; } = [];

    public void MarkPresent(IReadOnlyList<DemoAccount> accounts)
    {
        Present = true;
        Accounts = accounts;
    }
}
