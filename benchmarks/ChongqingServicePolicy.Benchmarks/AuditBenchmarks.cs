using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using ChongqingServicePolicy.Audit;

namespace ChongqingServicePolicy.Benchmarks;

/// <summary>
/// The decision record of the target measure-1 decision: written as JSON (a string, and into a reused buffer),
/// parsed back, and replayed (decided again and compared field by field).
/// </summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private readonly PolicyEngine _engine = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private DecisionRecord _record = null!;
    private byte[] _utf8 = null!;

    /// <summary>Makes the record and its JSON.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var input = BenchmarkInputs.Measure1Typical;
        _record = _engine.CreateRecord(input, _engine.Evaluate(input, BenchmarkInputs.Today), BenchmarkInputs.Today);
        _utf8 = Encoding.UTF8.GetBytes(_record.ToJson());
        if (!_engine.Replay(DecisionRecord.Parse(_utf8)).Reproduces)
        {
            throw new InvalidOperationException("The record does not replay.");
        }
    }

    /// <summary>The record as a JSON string.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark]
    public string ToJson() => _record.ToJson();

    /// <summary>The record written as UTF-8 into a reused buffer.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark]
    public int WriteTo()
    {
        _buffer.ResetWrittenCount();
        _record.WriteTo(_buffer);
        return _buffer.WrittenCount;
    }

    /// <summary>The record parsed from UTF-8.</summary>
    /// <returns>The record.</returns>
    [Benchmark]
    public DecisionRecord Parse() => DecisionRecord.Parse(_utf8);

    /// <summary>An already parsed record replayed.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ReplayResult Replay() => _engine.Replay(_record);

    /// <summary>A record parsed from UTF-8 and replayed, as <c>cqpolicy replay</c> does per line.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ReplayResult ParseAndReplay() => _engine.Replay(DecisionRecord.Parse(_utf8));
}
