using NodaTime;
using Spectre.Console;

namespace ChongqingServicePolicy.Cli;

/// <summary>What a run of the program talks to: its output, its error stream, the clock and the terminal.</summary>
/// <param name="Out">Standard output, for tables and results.</param>
/// <param name="Error">Standard error, for warnings and the one-line message of a failure.</param>
/// <param name="Clock">Where "today" comes from.</param>
/// <param name="Interactive">Whether output goes to a terminal a person watches (progress bars are shown only then).</param>
/// <param name="Cancellation">Signalled by Ctrl+C.</param>
public sealed record CliEnvironment(IAnsiConsole Out, TextWriter Error, IClock Clock, bool Interactive, CancellationToken Cancellation)
{
    /// <summary>The width tables are laid out in when output is redirected to a file or pipe.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>The real console.</summary>
    /// <param name="cancellation">Signalled by Ctrl+C.</param>
    /// <returns>The environment.</returns>
    public static CliEnvironment FromConsole(CancellationToken cancellation)
    {
        var interactive = !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return new CliEnvironment(console, Console.Error, SystemClock.Instance, interactive && console.Profile.Capabilities.Interactive, cancellation);
    }

    /// <summary>An environment writing plain text to writers, for tests and scripts.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The environment.</returns>
    public static CliEnvironment ToWriters(TextWriter output, TextWriter error, IClock clock)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = RedirectedWidth;
        return new CliEnvironment(console, error, clock, false, CancellationToken.None);
    }
}
