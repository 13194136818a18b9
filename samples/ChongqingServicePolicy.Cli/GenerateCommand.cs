using System.Globalization;
using System.Text;
using ChongqingServicePolicy.Cli.Generation;
using ChongqingServicePolicy.Csv;
using Spectre.Console;

namespace ChongqingServicePolicy.Cli;

/// <summary><c>cqpolicy generate</c>: a synthetic applications file, deterministic from a seed.</summary>
internal static class GenerateCommand
{
    internal const int DefaultSeed = ApplicationGenerator.DefaultSeed;

    internal static int Run(Arguments args, CliEnvironment environment)
    {
        var rowsText = args.Get("--rows") ?? throw new UsageException("--rows is required", args.Command);
        if (!int.TryParse(rowsText, NumberStyles.None, CultureInfo.InvariantCulture, out var rows) || rows < 1)
        {
            throw new UsageException($"--rows must be a whole number of at least 1, not '{rowsText}'", args.Command);
        }

        var seedText = args.Get("--seed");
        var seed = DefaultSeed;
        if (seedText is not null && !int.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            // Negative seeds are refused: Random takes -5 as 5, so they would not give a file of their own.
            throw new UsageException($"--seed must be a whole number from 0 to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}, not '{seedText}'", args.Command);
        }

        var output = args.Get("--out") ?? throw new UsageException("--out is required", args.Command);
        using (var file = CliApp.CreateOutput(output, null, args))
        {
            using (var text = new StreamWriter(file.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
            {
                ApplicationGenerator.Write(text, rows, seed);
            }

            environment.Cancellation.ThrowIfCancellationRequested();
            CliApp.Commit(file);
        }

        PlainText.Line(environment.Out, $"{rows.ToString(CultureInfo.InvariantCulture)} rows (seed {seed.ToString(CultureInfo.InvariantCulture)}) written to {Path.GetFullPath(output)}");
        return CliApp.Ok;
    }
}
