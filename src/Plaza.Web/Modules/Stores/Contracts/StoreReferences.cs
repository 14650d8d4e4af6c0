namespace Plaza.Web.Modules.Stores.Contracts;

/// <summary>The entities other modules' tables may keep a foreign key to (see <c>ForeignKeys.ReferencesOtherModule</c>).</summary>
internal static class StoreReferences
{
    public static readonly Type Store = typeof(Stores.Store);
    public static readonly Type Merchant = typeof(Stores.Merchant);
}
