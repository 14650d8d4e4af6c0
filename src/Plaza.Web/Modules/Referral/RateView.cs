namespace Plaza.Web.Modules.Referral;

/// <summary>A commission rate as the API shows it: its scope, what it applies to, both levels in basis points.</summary>
internal sealed record RateView(Guid Id, string Scope, Guid? TargetId, int Level1BasisPoints, int Level2BasisPoints, DateTime UpdatedAtUtc)
{
    public static RateView From(CommissionRate r) => new(r.Id, r.Scope.ToString().ToLowerInvariant(), r.Scope == RateScope.Default ? null : r.TargetId,
        r.Level1BasisPoints, r.Level2BasisPoints, r.UpdatedAtUtc);
}
