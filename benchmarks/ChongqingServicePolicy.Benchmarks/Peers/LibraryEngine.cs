using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Benchmarks.Peers;

/// <summary>This library: a full decision with its structured trace, of which the award is read.</summary>
public sealed class LibraryEngine : IAwardEngine
{
    private readonly PolicyEngine _engine = new();

    /// <inheritdoc/>
    public string Name => "ChongqingServicePolicy";

    /// <inheritdoc/>
    public decimal Measure1(ApplicationRecord record) => _engine.Evaluate(record, BenchmarkInputs.Today).AwardYuan;

    /// <inheritdoc/>
    public decimal Measure2(ApplicationRecord record) => _engine.Evaluate(record, BenchmarkInputs.Today).AwardYuan;
}
