using BenchmarkDotNet.Attributes;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Benchmarks;

/// <summary>
/// The target decision: measure （一）, eligible, with its full structured trace; then the same decision with its trace
/// rendered as text (Explain, one step a line; Summarize, one line as decisions.csv writes it). The minimum and
/// quartiles are printed beside the median: on a host whose speed moves during a run, the times fall into clusters.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[Q1Column]
[Q3Column]
public class Measure1Benchmarks
{
    private readonly PolicyEngine _engine = new();
    private readonly ApplicationRecord _record = BenchmarkInputs.Measure1Typical;

    /// <summary>The decision with its structured trace.</summary>
    /// <returns>The decision.</returns>
    [Benchmark(Baseline = true)]
    public Decision Decide() => _engine.Evaluate(_record);

    /// <summary>The decision explained in Chinese.</summary>
    /// <returns>The text.</returns>
    [Benchmark]
    public string DecideAndExplainChinese() => _engine.Evaluate(_record).Explain(Language.Chinese);

    /// <summary>The decision explained in English.</summary>
    /// <returns>The text.</returns>
    [Benchmark]
    public string DecideAndExplainEnglish() => _engine.Evaluate(_record).Explain(Language.English);

    /// <summary>The decision summarised on one line in Chinese.</summary>
    /// <returns>The text.</returns>
    [Benchmark]
    public string DecideAndSummarizeChinese() => _engine.Evaluate(_record).Summarize(Language.Chinese);
}
