using NodaTime;

namespace ChongqingServicePolicy.Cli.Tests.Support;

/// <summary>A clock that signals a cancellation the first time it is read: the run then stops after it has started.</summary>
public sealed class CancellingClock(CancellationTokenSource cancellation) : IClock
{
    public int Reads { get; private set; }

    public Instant GetCurrentInstant()
    {
        Reads++;
        cancellation.Cancel();
        return CqPolicy.Clock.GetCurrentInstant();
    }
}
