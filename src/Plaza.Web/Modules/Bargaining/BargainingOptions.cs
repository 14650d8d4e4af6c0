namespace Plaza.Web.Modules.Bargaining;

/// <summary>The "Bargaining" configuration section.</summary>
internal sealed class BargainingOptions
{
    /// <summary>How many cuts one account may make in a (UTC) day (against accounts made to cut for a friend).</summary>
    public int CutsPerDay { get; set; } = 10;

    /// <summary>How often <see cref="ExpireBargains"/> closes bargains whose time is up.</summary>
    public int SweepSeconds { get; set; } = 60;
}
