using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// Bindings come from Sharing's record of sign-ups: a customer who signed up through someone's share link is
/// bound to that person from the moment of sign-up for <see cref="ReferralOptions.BindingDays"/>. Only an account
/// created through the link is bound (a new customer by definition); the link's owner earns only while a promoter.
/// </summary>
internal sealed class ReferralBindings(PlazaDb db, IShareReferrals shares, IOptions<ReferralOptions> options)
{
    public async Task<Binding?> Of(Guid accountId, CancellationToken ct) =>
        await shares.SignedUpThrough(accountId, ct) is { } s ? new Binding(accountId, s.SharerAccountId, s.SignedUpAtUtc) : null;

    /// <summary>Who earns on the customer's order placed at <paramref name="placedAtUtc"/> (the rules in <see cref="ReferralRules.Resolve"/>).</summary>
    public async Task<Upline> UplineFor(Guid orderId, Guid customerId, DateTime placedAtUtc, CancellationToken ct)
    {
        var customer = await Of(customerId, ct);
        if (customer is null) return Upline.Nobody;
        var level1 = await Of(customer.PromoterId, ct);
        var candidates = new[] { customer.PromoterId, level1?.PromoterId ?? Guid.Empty };
        var promoters = (await db.Set<Promoter>().AsNoTracking().Where(p => candidates.Contains(p.AccountId)).Select(p => p.AccountId).ToListAsync(ct))
            .ToHashSet();
        var self = await shares.IsSelfPurchase(orderId, ct);
        return ReferralRules.Resolve(customerId, placedAtUtc, options.Value.BindingPeriod, self, customer, level1, promoters.Contains);
    }
}
