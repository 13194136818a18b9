using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ChongqingServicePolicy.Csv;

namespace ChongqingServicePolicy.Benchmarks;

/// <summary>
/// CSV end to end, as <c>cqpolicy evaluate</c> runs it: a generated applications file of 100,000 rows read, decided
/// with 就高不重复 across the file, and decisions.csv written. Each run is long, so few are made.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CsvBenchmarks
{
    /// <summary>The rows in the file.</summary>
    public const int Rows = 100_000;

    private readonly CsvBatchEvaluator _evaluator = new(new PolicyEngine());
    private string _folder = null!;
    private string _input = null!;
    private string _output = null!;

    /// <summary>Writes the file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("cqpolicy-bench-").FullName;
        _input = Path.Combine(_folder, "applications.csv");
        _output = Path.Combine(_folder, "decisions.csv");
        BenchmarkInputs.Generate(_input, Rows);
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Read, decide, write.</summary>
    /// <returns>The summary.</returns>
    [Benchmark]
    public BatchSummary Evaluate100000Rows() => _evaluator.Evaluate(_input, _output);
}
