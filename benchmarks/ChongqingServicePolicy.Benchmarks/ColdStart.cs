using System.Diagnostics;
using System.Globalization;
using ChongqingServicePolicy.Benchmarks.Peers;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Benchmarks;

/// <summary>
/// The first decision in a fresh process, for each engine. <c>--cold-start ENGINE</c> builds one engine and makes one
/// measure-1 decision, then prints how long each took; <c>--cold-start all [RUNS]</c> starts a fresh process of this
/// program per engine and run and reports the medians, including the wall time from starting the process to the
/// moment the child reports its first decision.
/// </summary>
public static class ColdStart
{
    private static readonly string[] Engines = ["library", "rulesengine", "nrules"];

    /// <summary>Runs the mode.</summary>
    /// <param name="args">The arguments after <c>--cold-start</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: --cold-start library|rulesengine|nrules|all [RUNS]");
            return 2;
        }

        return args[0] == "all" ? Parent(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5) : Child(args[0]);
    }

    private static int Child(string name)
    {
        var clock = Stopwatch.StartNew();
        // Built here, not from the sample file, so that nothing else is loaded or compiled before the engine.
        var record = new ApplicationRecord
        {
            ApplicationId = "CQ2025-0001",
            Measure = MeasureId.Measure1,
            CreditCode = "91500103MA00001XY9",
            DistrictCode = 500103,
            ApplicationDate = new LocalDate(2025, 3, 1),
            ProducerService = true,
            TotalInvestmentYuan = 80_000_000m,
            ApprovedInvestmentYuan = 30_000_000m,
        };
        IAwardEngine engine = name switch
        {
            "library" => new LibraryEngine(),
            "rulesengine" => new RulesEngineEngine(),
            "nrules" => new NRulesEngine(),
            _ => throw new ArgumentException($"unknown engine {name}; expected library, rulesengine or nrules"),
        };
        var built = Ms(clock.Elapsed);
        var award = engine.Measure1(record);
        var decided = Ms(clock.Elapsed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold-start {name} construct_ms={built:0.0} first_decision_ms={decided - built:0.0} total_ms={decided:0.0} award={award:0.00}"));
        Console.Out.Flush();
        return 0;
    }

    private static int Parent(int runs)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The program's path is unknown.");
        var viaHost = Path.GetFileNameWithoutExtension(self) == "dotnet";
        Console.WriteLine($"First decision in a fresh process, median of {runs} runs per engine (ms)");
        Console.WriteLine();
        Console.WriteLine("| Engine | Process start to first decision | Engine construction | First decision | Construction + first decision |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var name in Engines)
        {
            var wall = new List<decimal>();
            var construct = new List<decimal>();
            var first = new List<decimal>();
            var total = new List<decimal>();
            for (var i = 0; i < runs; i++)
            {
                var start = new ProcessStartInfo(viaHost ? "dotnet" : self) { RedirectStandardOutput = true, UseShellExecute = false };
                if (viaHost)
                {
                    start.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
                }

                start.ArgumentList.Add("--cold-start");
                start.ArgumentList.Add(name);
                var clock = Stopwatch.StartNew();
                using var process = Process.Start(start) ?? throw new InvalidOperationException("The child did not start.");
                var line = process.StandardOutput.ReadLine() ?? string.Empty;
                wall.Add(Ms(clock.Elapsed));
                process.WaitForExit();
                if (process.ExitCode != 0 || !line.StartsWith("cold-start ", StringComparison.Ordinal))
                {
                    Console.Error.WriteLine($"{name}: the child failed: {line}");
                    return 1;
                }

                var values = line.Split(' ').Skip(2).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
                construct.Add(decimal.Parse(values["construct_ms"], CultureInfo.InvariantCulture));
                first.Add(decimal.Parse(values["first_decision_ms"], CultureInfo.InvariantCulture));
                total.Add(decimal.Parse(values["total_ms"], CultureInfo.InvariantCulture));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Median(wall):0.0} | {Median(construct):0.0} | {Median(first):0.0} | {Median(total):0.0} |"));
        }

        return 0;
    }

    private static decimal Ms(TimeSpan elapsed) => elapsed.Ticks / (decimal)TimeSpan.TicksPerMillisecond;

    private static decimal Median(List<decimal> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}
