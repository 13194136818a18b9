using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Cli;

/// <summary>
/// The program: reads the command line, runs a command and turns every failure into one clear line on standard
/// error and an exit status. Exit 0: the file was processed (invalid rows are results, not failures); 1: a replay
/// found records that do not reproduce; 2: a usage error or a file that cannot be read; 130: cancelled.
/// </summary>
public static class CliApp
{
    /// <summary>The file was processed.</summary>
    public const int Ok = 0;

    /// <summary>Replay found records that no longer reproduce.</summary>
    public const int NotReproduced = 1;

    /// <summary>A usage error, or a file that cannot be read or written.</summary>
    public const int Failed = 2;

    /// <summary>An unexpected fault in the program itself.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl+C; nothing was written.</summary>
    public const int Cancelled = 130;

    /// <summary>Runs the program.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="environment">Where output goes, the clock and the cancellation.</param>
    /// <returns>The exit status.</returns>
    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        string? command = args.Length > 0 ? args[0] : null;
        try
        {
            if (command is null || (command is "--help" or "-h" or "help" && args.Length <= 1))
            {
                Help.Write(environment.Out, null);
                return command is null ? Failed : Ok;
            }

            if (command == "help")
            {
                command = args[1];
                Help.Write(environment.Out, Help.IsCommand(command) ? command : throw new UsageException($"no command '{command}'"));
                return Ok;
            }

            var rest = args.AsSpan(1).ToArray();
            if (rest.Contains("--help") || rest.Contains("-h"))
            {
                Help.Write(environment.Out, Help.IsCommand(command) ? command : throw new UsageException($"no command '{command}'"));
                return Ok;
            }

            return command switch
            {
                "evaluate" => EvaluateCommand.Run(Arguments.Parse(command, rest, 1, "--out", "--json", "--encoding", "--parameters", "--lang"), environment),
                "rank-districts" => RankDistrictsCommand.Run(Arguments.Parse(command, rest, 1, "--year", "--out", "--encoding", "--parameters", "--lang"), environment),
                "measures" => MeasuresCommand.Run(Arguments.Parse(command, rest, 0, "--lang"), environment),
                "generate" => GenerateCommand.Run(Arguments.Parse(command, rest, 0, "--rows", "--seed", "--out"), environment),
                "replay" => ReplayCommand.Run(Arguments.Parse(command, rest, 1, "--lang"), environment),
                _ => throw new UsageException($"no command '{command}'"),
            };
        }
        catch (UsageException ex)
        {
            environment.Error.WriteLine($"cqpolicy: {ex.Message}");
            var usage = Help.Usage(ex.Command);
            if (usage is not null)
            {
                environment.Error.WriteLine($"usage: {usage}");
                environment.Error.WriteLine($"       (cqpolicy {ex.Command} --help for more)");
            }
            else
            {
                environment.Error.WriteLine("       (cqpolicy --help lists the commands)");
            }

            return Failed;
        }
        catch (CsvFileException ex)
        {
            environment.Error.WriteLine($"cqpolicy: {ex.Message}");
            return Failed;
        }
        catch (PolicyParameterException ex)
        {
            environment.Error.WriteLine($"cqpolicy: {ex.Message}");
            return Failed;
        }
        catch (OperationCanceledException)
        {
            environment.Error.WriteLine("cqpolicy: cancelled; no output was written");
            return Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"cqpolicy: {ex.Message}");
            return Failed;
        }
        catch (Exception ex)
        {
            // A fault in the program, not in the input: still one line, with what to report.
            environment.Error.WriteLine($"cqpolicy: internal error ({ex.GetType().Name}: {ex.Message}); please report it with the command line that caused it");
            if (Environment.GetEnvironmentVariable("CQPOLICY_DEBUG") == "1")
            {
                environment.Error.WriteLine(ex.ToString());
            }

            return InternalError;
        }
    }

    internal static Language Language(Arguments args) => args.Get("--lang") switch
    {
        null or "zh" or "zh-CN" => Decisions.Language.Chinese,
        "en" => Decisions.Language.English,
        var other => throw new UsageException($"--lang must be zh or en, not '{other}'", args.Command),
    };

    internal static CsvEncoding Encoding(Arguments args)
    {
        var name = args.Get("--encoding");
        if (name is null)
        {
            return CsvEncoding.Utf8;
        }

        return CsvEncodings.TryParse(name, out var encoding)
            ? encoding
            : throw new UsageException($"--encoding must be utf-8 or gb18030, not '{name}'", args.Command);
    }

    internal static PolicyParameters Parameters(Arguments args)
    {
        var file = args.Get("--parameters");
        if (file is null)
        {
            return PolicyParameters.Default;
        }

        if (!File.Exists(file))
        {
            throw new UsageException($"parameters file '{file}' does not exist", args.Command);
        }

        return PolicyParameters.LoadFile(file);
    }

    internal static string OutputBeside(string input, string suffix) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".", Path.GetFileNameWithoutExtension(input) + suffix);

    internal static string Money(decimal yuan) => yuan.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);
}
