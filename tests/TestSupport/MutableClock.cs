namespace Suite.TestSupport;

/// <summary>A clock tests can move forward, to watch rules that depend on the date (left-behind after six months, overdue visits).</summary>
public sealed class MutableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
