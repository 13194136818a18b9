using NodaTime;
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
        var error = environment.Error;
        try
        {
            if (command is null)
            {
                Help.Write(environment.Out, null);
                throw new UsageException("no command given");
            }

            if (command is "--help" or "-h" or "help")
            {
                if (args.Length > 2)
                {
                    throw new UsageException($"unexpected argument '{args[2]}'", "help");
                }

                var topic = args.Length == 2 ? args[1] : null;
                Help.Write(environment.Out, topic is null || Help.IsCommand(topic) ? topic : throw new UsageException($"no command '{topic}'", "help"));
                return Ok;
            }

            if (!Help.IsCommand(command))
            {
                throw new UsageException($"no command '{command}'");
            }

            var rest = args.AsSpan(1).ToArray();
            if (rest.Contains("--help") || rest.Contains("-h"))
            {
                Help.Write(environment.Out, command);
                return Ok;
            }

            return command switch
            {
                "evaluate" => Dated(Arguments.Parse(command, rest, 1, "--out", "--json", "--report", "--encoding", "--parameters", "--lang", "--sync", "--today"), environment, EvaluateCommand.Run),
                "rank-districts" => RankDistrictsCommand.Run(Arguments.Parse(command, rest, 1, "--year", "--out", "--encoding", "--parameters", "--lang", "--sync"), environment),
                "measures" => MeasuresCommand.Run(Arguments.Parse(command, rest, 0, "--lang"), environment),
                "generate" => GenerateCommand.Run(Arguments.Parse(command, rest, 0, "--rows", "--seed", "--out", "--sync"), environment),
                "compare" => Dated(Arguments.Parse(command, rest, 1, "--parameters", "--baseline", "--out", "--report", "--encoding", "--lang", "--sync", "--today"), environment, CompareCommand.Run),
                "replay" => ReplayCommand.Run(Arguments.Parse(command, rest, 1, "--lang"), environment),
                _ => throw new UsageException($"no command '{command}'"),
            };
        }
        catch (UsageException ex)
        {
            // One line, as README promises: what is wrong, and where the usage is.
            var who = ex.Command is null ? "cqpolicy" : $"cqpolicy {ex.Command}";
            var help = ex.Command is null or "help" ? "cqpolicy --help" : $"cqpolicy {ex.Command} --help";
            WriteLine(error, $"{who}: {ex.Message} (see {help})");
            return Failed;
        }
        catch (CsvFileException ex)
        {
            WriteLine(error, $"cqpolicy: {ex.Message}");
            return Failed;
        }
        catch (PolicyParameterException ex)
        {
            WriteLine(error, $"cqpolicy: {ex.Message}");
            return Failed;
        }
        catch (OperationCanceledException)
        {
            WriteLine(error, "cqpolicy: cancelled; no output was written");
            return Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteLine(error, $"cqpolicy: {ex.Message}");
            return Failed;
        }
        catch (Exception ex)
        {
            // A fault in the program, not in the input: still one line, with what to report.
            WriteLine(error, $"cqpolicy: internal error ({ex.GetType().Name}: {ex.Message}); please report it with the command line that caused it");
            if (Environment.GetEnvironmentVariable("CQPOLICY_DEBUG") == "1")
            {
                environment.Error.WriteLine(ex.ToString());
            }

            return InternalError;
        }
    }

    /// <summary>Writes a message as exactly one line, whatever line breaks the text it quotes holds.</summary>
    private static void WriteLine(TextWriter error, string message) =>
        error.WriteLine(string.Join(' ', message.Split(['\r', '\n', '\u0085', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

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

    internal static PolicyParameters Parameters(Arguments args) =>
        args.Get("--parameters") is { } file ? LoadParameters(file) : PolicyParameters.Default;

    /// <summary>Loads a parameters file over a baseline (the defaults unless given); any fault is one message naming the file.</summary>
    internal static PolicyParameters LoadParameters(string file, PolicyParameters? baseline = null)
    {
        if (Directory.Exists(file))
        {
            throw new CsvFileException(file, "is a folder, not a parameters file");
        }

        if (!File.Exists(file))
        {
            throw new CsvFileException(file, "the parameters file does not exist");
        }

        try
        {
            return PolicyParameters.LoadFile(file, baseline);
        }
        catch (PolicyParameterException ex)
        {
            throw new CsvFileException(file, $"parameters refused: {string.Join("; ", ex.Errors)}", null, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CsvFileException(file, $"the parameters file cannot be read: {ex.Message}", null, ex);
        }
    }

    /// <summary>
    /// Starts writing an output file, refusing the input's own path; failures name the file as the output. With
    /// <c>--sync</c> the file is flushed to disk before it is moved into place.
    /// </summary>
    internal static AtomicFile CreateOutput(string output, string? input, Arguments args)
    {
        if (input is not null && SamePath(input, output))
        {
            throw new CsvFileException(output, "is the input file; choose another output path");
        }

        return OutputFile.Create(output, Sync(args));
    }

    /// <summary>
    /// Runs a command that decides applications, with "today" (the day decided as of, recorded as the records'
    /// evaluation date) taken from <c>--today</c> when given: the start of that day in Asia/Shanghai, so that a run
    /// can be repeated exactly.
    /// </summary>
    private static int Dated(Arguments args, CliEnvironment environment, Func<Arguments, CliEnvironment, int> run)
    {
        if (args.Get("--today") is not { } text)
        {
            return run(args, environment);
        }

        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            throw new UsageException($"--today '{text}': expected a date yyyy-MM-dd such as 2025-03-01", args.Command);
        }

        var zone = DateTimeZoneProviders.Tzdb[PolicyEngine.TimeZoneId];
        var clock = new Compare.FixedClock(parsed.Value.AtStartOfDayInZone(zone).ToInstant());
        return run(args, environment with { Clock = clock });
    }

    /// <summary>Whether <c>--sync</c> was given: output files are flushed to disk before they are moved into place.</summary>
    internal static bool Sync(Arguments args) => args.Has("--sync");

    /// <summary>Moves a finished output file into place; failures name the file as the output.</summary>
    internal static void Commit(AtomicFile file) => OutputFile.Commit(file);

    internal static bool SamePath(string a, string b) => OutputFile.SamePath(a, b);

    internal static string OutputBeside(string input, string suffix) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".", Path.GetFileNameWithoutExtension(input) + suffix);

    internal static string Money(decimal yuan) => yuan.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);
}
