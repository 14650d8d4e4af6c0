using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plaza.Web.Platform.Data;

internal static class ForeignKeys
{
    /// <summary>
    /// A foreign key to another module's table. The database still keeps the reference (an offer cannot name a store
    /// that does not exist), while the code gets the other module's entity type from that module's contract (for example
    /// <c>StoreReferences.Store</c>), so the modules stay apart (ADR 0015).
    /// </summary>
    public static void ReferencesOtherModule<T>(this EntityTypeBuilder<T> b, Type entity, string foreignKey, DeleteBehavior onDelete)
        where T : class =>
        ((EntityTypeBuilder)b).HasOne(entity, null).WithMany().HasForeignKey(foreignKey).OnDelete(onDelete);
}
