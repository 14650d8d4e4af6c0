namespace Plaza.IntegrationTests.Infrastructure;

/// <summary>
/// A clock the test owns: it stands still until the test sets or advances it, so nothing depends
/// on when or how fast the tests run.
/// </summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>A fixed winter weekday morning (London is on UTC): 2031-01-15 10:30 UTC, a Wednesday.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2031, 1, 15, 10, 30, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private DateTimeOffset _now = start.ToUniversalTime();

    public FakeClock() : this(DefaultStart) { }

    public DateTimeOffset UtcNow
    {
        get { lock (_gate) return _now; }
        set { lock (_gate) _now = value.ToUniversalTime(); }
    }

    public override DateTimeOffset GetUtcNow() => UtcNow;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "Time only moves forward; set UtcNow to go back.");
        lock (_gate) _now += by;
    }
}
