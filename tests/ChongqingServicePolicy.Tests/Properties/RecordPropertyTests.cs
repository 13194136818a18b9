using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Tests.Support;
using CsCheck;
using NodaTime;
using static ChongqingServicePolicy.Tests.Properties.Generators;

namespace ChongqingServicePolicy.Tests.Properties;

/// <summary>Decision records of generated decisions, alone and in batches, read back and replayed.</summary>
public sealed class RecordPropertyTests
{
    private static readonly PolicyEngine Engine = Records.Engine();
    private static readonly LocalDate Today = new(2025, 6, 1);

    [Fact]
    public void DecisionRecord_AnyDecision_ParseOfJsonWritesTheSameBytesAndReplayReproduces()
    {
        Gen.Select(AnyRecord, Gen.Bool, Gen.Bool).Sample(
            (record, undated, batch) =>
            {
                var input = undated ? record with { ApplicationDate = null } : record;
                var decision = batch
                    ? Engine.EvaluateBatch([input, input with { ApplicationId = input.ApplicationId + "-b", Measure = ChongqingServicePolicy.Domain.MeasureId.Measure13, EventActualInputYuan = 1_000_000m }], Today)[0]
                    : Engine.Evaluate(input, Today);
                var json = Engine.CreateRecord(input, decision, Today).ToJson();

                var parsed = DecisionRecord.Parse(json);

                parsed.ToJson().Should().Be(json, "the record round-trips byte for byte");
                parsed.Input.Should().Be(input);
                parsed.Decision.Outcome.Should().Be(decision.Outcome);
                parsed.Decision.AwardYuan.Should().Be(decision.AwardYuan);
                parsed.Decision.PayableYuan.Should().Be(decision.PayableYuan);
                parsed.Decision.Trace.Should().Equal(decision.Trace);
                var replay = Engine.Replay(parsed);
                replay.Reproduces.Should().BeTrue(replay.ToString());
            },
            iter: Iterations);
    }
}
