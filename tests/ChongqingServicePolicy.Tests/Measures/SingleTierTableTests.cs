using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>A tier table of one tier names the only allowed tier as "1", not as a range "1–1".</summary>
public sealed class SingleTierTableTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public void Evaluate_Measure3TierOutsideOneTierTable_AllowedIsOne(int tier)
    {
        var parameters = PolicyParameters.Default.With(b => b.Measure3 = b.Measure3 with { TierAmountsYuan = [9_000_000m] });
        var engine = new PolicyEngine(parameters, new FakeClock(Instant.FromUtc(2025, 6, 1, 4, 0)));

        var decision = engine.Evaluate(Records.Measure3(ClusterGrade.A, tier));

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Equal(new Problem(RecordField.ClusterTier, tier.ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemCode.TierOutOfRange, "1"));
    }
}
