using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;
using NodaTime.Testing;
using static ChongqingServicePolicy.Tests.Measures.DecisionChecks;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// （三） A-grade cluster award: grade A only, the amount of the cluster's tier (default 1 → 10,000,000 …
/// 5 → 2,000,000), with the restricted uses listed.
/// </summary>
public sealed class Measure03Tests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    /// <summary>tier, award.</summary>
    public static TheoryData<int, decimal> DefaultTiers => new()
    {
        { 1, 10_000_000m },
        { 2, 8_000_000m },
        { 3, 6_000_000m },
        { 4, 4_000_000m },
        { 5, 2_000_000m },
    };

    [Theory]
    [MemberData(nameof(DefaultTiers))]
    public void Evaluate_GradeAByTier_TierAwardWithRestrictedUses(int tier, decimal award)
    {
        var decision = Engine.Evaluate(Records.Measure3(ClusterGrade.A, tier));

        decision.ShouldBe(Outcome.Eligible, award, award, ReasonCode.TierAward);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            new TraceStep(TraceCode.GradeRequired, PolicyClause.Measure3, RecordField.ClusterGrade, true, false, TraceValue.Of((byte)ClusterGrade.A, ValueUnit.Grade), TraceValue.Of((byte)ClusterGrade.A, ValueUnit.Grade)),
            new TraceStep(TraceCode.TierAward, PolicyClause.Measure3, RecordField.ClusterTier, true, true, TraceValue.Of(tier, ValueUnit.Tier), default, TraceValue.Yuan(award)),
            tier == 1
                ? new TraceStep(TraceCode.TopTier, PolicyClause.Measure3, RecordField.ClusterTier, true, false, TraceValue.Of(1, ValueUnit.Tier))
                : new TraceStep(TraceCode.NextTier, PolicyClause.Measure3, RecordField.ClusterTier, true, false, TraceValue.Of(tier, ValueUnit.Tier), TraceValue.Of(tier - 1, ValueUnit.Tier), TraceValue.Yuan(award + 2_000_000m)),
            new TraceStep(TraceCode.RestrictedUses, PolicyClause.Measure3, RecordField.Record, true, false, default),
            RoundingStep(award, award));
    }

    [Theory]
    [InlineData(ClusterGrade.B)]
    [InlineData(ClusterGrade.C)]
    [InlineData(ClusterGrade.D)]
    public void Evaluate_GradeNotA_IneligibleGradeNotA(ClusterGrade grade)
    {
        var decision = Engine.Evaluate(Records.Measure3(grade, 1));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.GradeNotA);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            new TraceStep(TraceCode.GradeRequired, PolicyClause.Measure3, RecordField.ClusterGrade, false, false, TraceValue.Of((byte)grade, ValueUnit.Grade), TraceValue.Of((byte)ClusterGrade.A, ValueUnit.Grade)));
    }

    [Theory]
    [InlineData(ClusterGrade.B)]
    [InlineData(ClusterGrade.D)]
    public void Evaluate_GradeNotAWithoutTier_IneligibleNotInvalid(ClusterGrade grade)
    {
        var decision = Engine.Evaluate(Records.Measure3(grade, null));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.GradeNotA);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Evaluate_GradeATierOutOfTable_InvalidTierOutOfRange(int tier)
    {
        var decision = Engine.Evaluate(Records.Measure3(ClusterGrade.A, tier));

        decision.ShouldBeInvalid(new Problem(RecordField.ClusterTier, tier.ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemCode.TierOutOfRange, "1–5"));
    }

    [Fact]
    public void Evaluate_GradeAWithoutTier_InvalidRequired()
    {
        var decision = Engine.Evaluate(Records.Measure3(ClusterGrade.A, null));

        decision.ShouldBeInvalid(new Problem(RecordField.ClusterTier, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate_GradeMissing_InvalidRequired()
    {
        var decision = Engine.Evaluate(Records.Measure3() with { ClusterGrade = null });

        decision.ShouldBeInvalid(new Problem(RecordField.ClusterGrade, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate_UndefinedGrade_InvalidUndefinedValue()
    {
        var decision = Engine.Evaluate(Records.Measure3((ClusterGrade)9, 1));

        decision.ShouldBeInvalid(new Problem(RecordField.ClusterGrade, "9", ProblemCode.UndefinedValue, "A, B, C, D"));
    }

    /// <summary>tier, award under the table 9,000,000 / 5,000,000 / 2,000,000.</summary>
    public static TheoryData<int, decimal> CustomTiers => new()
    {
        { 1, 9_000_000m },
        { 2, 5_000_000m },
        { 3, 2_000_000m },
    };

    [Theory]
    [MemberData(nameof(CustomTiers))]
    public void Evaluate_CustomTierTable_AwardFromTable(int tier, decimal award)
    {
        var engine = new PolicyEngine(CustomTable(), new FakeClock(Instant.FromUtc(2025, 6, 1, 4, 0)));

        var decision = engine.Evaluate(Records.Measure3(ClusterGrade.A, tier));

        decision.ShouldBe(Outcome.Eligible, award, award, ReasonCode.TierAward);
        decision.Single(TraceCode.TierAward).Result.Should().Be(TraceValue.Yuan(award));
    }

    [Fact]
    public void Evaluate_CustomTierTableTierBeyondTable_InvalidTierOutOfRange()
    {
        var engine = new PolicyEngine(CustomTable(), new FakeClock(Instant.FromUtc(2025, 6, 1, 4, 0)));

        var decision = engine.Evaluate(Records.Measure3(ClusterGrade.A, 4));

        decision.ShouldBeInvalid(new Problem(RecordField.ClusterTier, "4", ProblemCode.TierOutOfRange, "1–3"));
    }

    [Fact]
    public void FromJson_TierAmountOverride_ChangesOneTier()
    {
        var parameters = PolicyParameters.FromJson("""{ "measures": { "3": { "tier_amounts_yuan": { "2": 7000000 } } } }""");
        var engine = new PolicyEngine(parameters, new FakeClock(Instant.FromUtc(2025, 6, 1, 4, 0)));

        engine.Evaluate(Records.Measure3(ClusterGrade.A, 2)).ShouldBe(Outcome.Eligible, 7_000_000m, 7_000_000m, ReasonCode.TierAward);
        engine.Evaluate(Records.Measure3(ClusterGrade.A, 1)).ShouldBe(Outcome.Eligible, 10_000_000m, 10_000_000m, ReasonCode.TierAward);
    }

    [Theory]
    [InlineData("1999999.99")]
    [InlineData("10000000.01")]
    public void With_TierAmountOutsideClauseRange_Refused(string amount)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        var act = () => PolicyParameters.Default.With(b => b.Measure3 = b.Measure3 with { TierAmountsYuan = [10_000_000m, value] });

        act.Should().Throw<PolicyParameterException>();
    }

    [Fact]
    public void With_TierAmountsAtClauseBounds_Accepted()
    {
        var parameters = PolicyParameters.Default.With(b => b.Measure3 = b.Measure3 with { TierAmountsYuan = [10_000_000m, 2_000_000m] });

        parameters.Measure3.TierAmountsYuan.Should().Equal(10_000_000m, 2_000_000m);
    }

    [Theory]
    [InlineData(2024, 11, 19)]
    [InlineData(2027, 12, 31)]
    public void Evaluate_FirstAndLastValidDay_Eligible(int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.Measure3() with { ApplicationDate = date });

        decision.ShouldBe(Outcome.Eligible, 10_000_000m, 10_000_000m, ReasonCode.TierAward);
        decision.Trace[0].Should().Be(ValidityStep(date, true));
    }

    [Theory]
    [InlineData(2024, 11, 18)]
    [InlineData(2028, 1, 1)]
    public void Evaluate_DayBeforeOrAfterValidity_NotApplicableOutsideValidity(int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.Measure3() with { ApplicationDate = date });

        decision.ShouldBeOutsideValidity(date);
    }

    private static PolicyParameters CustomTable() =>
        PolicyParameters.Default.With(b => b.Measure3 = b.Measure3 with { TierAmountsYuan = [9_000_000m, 5_000_000m, 2_000_000m] });
}
