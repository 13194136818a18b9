using NodaTime;
using NodaTime.Testing;

namespace ChongqingServicePolicy.Cli.Tests.Support;

/// <summary>Runs cqpolicy in-process, capturing its output, with "today" fixed.</summary>
public static class CqPolicy
{
    /// <summary>The day the tests decide as of (Asia/Shanghai).</summary>
    public static readonly LocalDate Today = new(2026, 11, 28);

    public static readonly IClock Clock = new FakeClock(Instant.FromUtc(2026, 11, 28, 2, 0));

    public static CliResult Run(params string[] args) => Run(Clock, CancellationToken.None, args);

    /// <summary>Runs with a cancellation token (what Ctrl+C signals) and a clock of the test's own.</summary>
    public static CliResult Run(IClock clock, CancellationToken cancellation, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, CliEnvironment.ToWriters(output, error, clock) with { Cancellation = cancellation });
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error);
