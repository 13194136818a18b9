using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ChongqingServicePolicy.Benchmarks.Peers;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Benchmarks;

/// <summary>
/// Measures （一） and （二） decided by this library (full decision and trace), Microsoft RulesEngine (a JSON workflow)
/// and NRules (fluent rules), on the same <see cref="BenchmarkInputs.PeerInputCount"/> records each, with the same
/// decimal award rounded down to the fen. Figures are per decision. Engines are built, and their agreement on every
/// input checked, before anything is timed. The minimum and quartiles are printed beside the median: on a host whose
/// speed moves during a run they show whether each engine was timed at the same speed.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MinColumn]
[Q1Column]
[Q3Column]
public class PeerBenchmarks
{
    private const int N = BenchmarkInputs.PeerInputCount;

    private LibraryEngine _library = null!;
    private RulesEngineEngine _rulesEngine = null!;
    private NRulesEngine _nrules = null!;
    private ApplicationRecord[] _measure1 = null!;
    private ApplicationRecord[] _measure2 = null!;

    /// <summary>Builds the engines and refuses to go on unless they agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _library = new LibraryEngine();
        _rulesEngine = new RulesEngineEngine();
        _nrules = new NRulesEngine();
        _measure1 = BenchmarkInputs.PeerInputs(MeasureId.Measure1);
        _measure2 = BenchmarkInputs.PeerInputs(MeasureId.Measure2);
        var log = new StringWriter();
        if (!PeerCheck.Run([_library, _rulesEngine, _nrules], log))
        {
            throw new InvalidOperationException("The engines disagree:" + Environment.NewLine + log);
        }
    }

    /// <summary>This library, measure 1.</summary>
    /// <returns>The total awarded.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("measure-1")]
    public decimal Library_Measure1() => Sum(_library, _measure1, 1);

    /// <summary>RulesEngine, measure 1.</summary>
    /// <returns>The total awarded.</returns>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("measure-1")]
    public decimal RulesEngine_Measure1() => Sum(_rulesEngine, _measure1, 1);

    /// <summary>NRules, measure 1.</summary>
    /// <returns>The total awarded.</returns>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("measure-1")]
    public decimal NRules_Measure1() => Sum(_nrules, _measure1, 1);

    /// <summary>This library, measure 2.</summary>
    /// <returns>The total awarded.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("measure-2")]
    public decimal Library_Measure2() => Sum(_library, _measure2, 2);

    /// <summary>RulesEngine, measure 2.</summary>
    /// <returns>The total awarded.</returns>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("measure-2")]
    public decimal RulesEngine_Measure2() => Sum(_rulesEngine, _measure2, 2);

    /// <summary>NRules, measure 2.</summary>
    /// <returns>The total awarded.</returns>
    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("measure-2")]
    public decimal NRules_Measure2() => Sum(_nrules, _measure2, 2);

    private static decimal Sum(IAwardEngine engine, ApplicationRecord[] records, int measure)
    {
        var total = 0m;
        foreach (var record in records)
        {
            total += measure == 1 ? engine.Measure1(record) : engine.Measure2(record);
        }

        return total;
    }
}
