using BenchmarkDotNet.Attributes;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Benchmarks;

/// <summary>The cost of one decision with its full structured trace, and of rendering that trace.</summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private readonly PolicyEngine _engine = new();
    private readonly ApplicationRecord _measure1 = new()
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

    [Benchmark(Baseline = true)]
    public Decision Measure1Decision() => _engine.Evaluate(_measure1);

    [Benchmark]
    public string Measure1DecisionExplainedInChinese() => _engine.Evaluate(_measure1).Explain(Language.Chinese);
}
