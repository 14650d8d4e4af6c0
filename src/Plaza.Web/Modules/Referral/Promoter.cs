namespace Plaza.Web.Modules.Referral;

/// <summary>A shopper who opted in to earn commission on what the people they brought in buy (once per account).</summary>
internal sealed class Promoter
{
    private Promoter() { }

    public Guid AccountId { get; private set; }
    public DateTime JoinedAtUtc { get; private set; }

    public static Promoter Join(Guid accountId, DateTime now) => new() { AccountId = accountId, JoinedAtUtc = now };
}
