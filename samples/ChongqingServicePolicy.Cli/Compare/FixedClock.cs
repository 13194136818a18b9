using NodaTime;

namespace ChongqingServicePolicy.Cli.Compare;

/// <summary>A clock stopped at one instant, so that both runs of a comparison decide as of the same day even across midnight.</summary>
internal sealed class FixedClock(Instant instant) : IClock
{
    public Instant GetCurrentInstant() => instant;
}
