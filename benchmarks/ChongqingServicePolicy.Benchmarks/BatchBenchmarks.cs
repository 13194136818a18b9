using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Benchmarks;

/// <summary>
/// 10,000 records parsed from a generated applications file (the CLI's generator, default seed), decided as one
/// batch with 就高不重复 across it (<see cref="PolicyEngine.EvaluateBatch(IEnumerable{ApplicationRecord}, NodaTime.LocalDate)"/>).
/// Reading the file is not timed.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private readonly PolicyEngine _engine = new();
    private ImmutableArray<ApplicationRecord> _records;

    /// <summary>Generates and parses the records.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cqpolicy-bench-batch-{Environment.ProcessId}.csv");
        try
        {
            BenchmarkInputs.Generate(path, 10_000);
            _records = BenchmarkInputs.ReadRecords(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The batch.</summary>
    /// <returns>The decisions.</returns>
    [Benchmark]
    public ImmutableArray<Decision> EvaluateBatch10000() => _engine.EvaluateBatch(_records, BenchmarkInputs.Today);
}
