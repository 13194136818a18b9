using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Ranking;

namespace ChongqingServicePolicy.Benchmarks;

/// <summary>Measure （六）'s ranking of the 38 county-level units over samples/data/district-stats-2024.csv.</summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private readonly PolicyEngine _engine = new();
    private ImmutableArray<DistrictStatistics> _statistics;

    /// <summary>Reads the statistics.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _statistics = BenchmarkInputs.ReadStatistics(Path.Combine(BenchmarkInputs.RepositoryRoot, "samples", "data", "district-stats-2024.csv"));
        if (_statistics.Length != 38)
        {
            throw new InvalidOperationException($"Expected 38 units of statistics, read {_statistics.Length}.");
        }
    }

    /// <summary>The ranking.</summary>
    /// <returns>The ranking.</returns>
    [Benchmark]
    public DistrictRanking RankDistricts38() => _engine.RankDistricts(2024, _statistics);
}
