namespace AllianceCompliance.Cli.Tests;

/// <summary>A clock stopped at one day, so waiver expiry can be tested.</summary>
internal sealed class FixedTime(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
