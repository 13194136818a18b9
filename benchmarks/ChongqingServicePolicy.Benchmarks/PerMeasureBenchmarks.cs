using BenchmarkDotNet.Attributes;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Benchmarks;

/// <summary>
/// One decision per measure, on the sample file's first eligible record of that measure (else its first valid one),
/// with and without rendering the trace as decisions.csv's one-line explanation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PerMeasureBenchmarks
{
    private readonly PolicyEngine _engine = new();
    private ApplicationRecord _record = null!;

    /// <summary>Every measure's code.</summary>
    public static IEnumerable<string> Measures => Enum.GetValues<MeasureId>().Where(m => m.IsDefined()).Select(m => m.ToCode());

    /// <summary>The measure decided.</summary>
    [ParamsSource(nameof(Measures))]
    public string Measure { get; set; } = "1";

    /// <summary>Chooses the record.</summary>
    [GlobalSetup]
    public void Setup()
    {
        MeasureIds.TryParse(Measure, out var measure);
        _record = BenchmarkInputs.Representative(measure);
    }

    /// <summary>The decision with its structured trace.</summary>
    /// <returns>The decision.</returns>
    [Benchmark(Baseline = true)]
    public Decision Decide() => _engine.Evaluate(_record, BenchmarkInputs.Today);

    /// <summary>The decision and its one-line Chinese explanation.</summary>
    /// <returns>The text.</returns>
    [Benchmark]
    public string DecideAndSummarize() => _engine.Evaluate(_record, BenchmarkInputs.Today).Summarize(Language.Chinese);
}
