using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using static ChongqingServicePolicy.Tests.Measures.DecisionChecks;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// （十三） Event platform subsidy: award = min(30% × actual input, 1,000,000), rounded down to the fen.
/// </summary>
public sealed class Measure13Tests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    /// <summary>input, outcome, award, reason.</summary>
    public static TheoryData<decimal, Outcome, decimal, ReasonCode> Boundaries => new()
    {
        // Input must be above zero.
        { 0m, Outcome.Ineligible, 0m, ReasonCode.BelowThreshold },
        { 0.01m, Outcome.Eligible, 0m, ReasonCode.RateApplied },
        { 0.04m, Outcome.Eligible, 0.01m, ReasonCode.RateApplied },
        { 2_000_000m, Outcome.Eligible, 600_000m, ReasonCode.RateApplied },

        // The 1,000,000 cap: 30% × 3,333,333.33 = 999,999.999 → 999,999.99; 30% × 3,333,333.34 = 1,000,000.002 → cap.
        { 3_333_333.32m, Outcome.Eligible, 999_999.99m, ReasonCode.RateApplied },
        { 3_333_333.33m, Outcome.Eligible, 999_999.99m, ReasonCode.RateApplied },
        { 3_333_333.34m, Outcome.Eligible, 1_000_000m, ReasonCode.CapApplied },
        { 10_000_000m, Outcome.Eligible, 1_000_000m, ReasonCode.CapApplied },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Evaluate_InputAroundZeroAndCap_ExpectedAward(decimal input, Outcome outcome, decimal award, ReasonCode reason)
    {
        var decision = Engine.Evaluate(Records.Measure13(input));

        decision.ShouldBe(outcome, award, award, reason);
        decision.Single(TraceCode.AmountPositive).Should().Be(
            new TraceStep(TraceCode.AmountPositive, PolicyClause.Measure13, RecordField.EventActualInputYuan, outcome == Outcome.Eligible, false, TraceValue.Yuan(input)));
    }

    [Fact]
    public void Evaluate_JustBelowCap_RateStepBindingAndRoundedDown()
    {
        var decision = Engine.Evaluate(Records.Measure13(3_333_333.33m));

        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            new TraceStep(TraceCode.AmountPositive, PolicyClause.Measure13, RecordField.EventActualInputYuan, true, false, TraceValue.Yuan(3_333_333.33m)),
            new TraceStep(TraceCode.ShareOfBase, PolicyClause.Measure13, RecordField.EventActualInputYuan, true, true, TraceValue.Rate(0.30m), TraceValue.Yuan(3_333_333.33m), TraceValue.Yuan(999_999.999m)),
            new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure13, RecordField.Record, true, false, TraceValue.Yuan(1_000_000m), TraceValue.Yuan(3_333_333.34m), TraceValue.Yuan(0.01m)),
            RoundingStep(999_999.999m, 999_999.99m));
    }

    [Fact]
    public void Evaluate_RateZero_CapStepNamesNoAmountThatReachesIt()
    {
        // A rate of 0 (a valid fraction) gives every input a share of 0: no amount reaches the cap, so the cap step
        // carries the cap alone, without a "reached from" amount or a distance.
        var engine = new PolicyEngine(global::ChongqingServicePolicy.Parameters.PolicyParameters.FromJson("""{ "measures": { "13": { "rate": 0 } } }"""), Records.Engine().Clock);

        var decision = engine.Evaluate(Records.Measure13(2_000_000m));

        (decision.Outcome, decision.AwardYuan, decision.Reason).Should().Be((Outcome.Eligible, 0m, ReasonCode.RateApplied));
        var cap = decision.Trace.Should().ContainSingle(s => s.Code == TraceCode.AbsoluteCap).Subject;
        cap.Should().Be(new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure13, RecordField.Record, true, false, TraceValue.Yuan(1_000_000m)));
        cap.Right.HasValue.Should().BeFalse();
        cap.Result.HasValue.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_JustAboveCap_CapStepBinding()
    {
        var decision = Engine.Evaluate(Records.Measure13(3_333_333.34m));

        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            new TraceStep(TraceCode.AmountPositive, PolicyClause.Measure13, RecordField.EventActualInputYuan, true, false, TraceValue.Yuan(3_333_333.34m)),
            new TraceStep(TraceCode.ShareOfBase, PolicyClause.Measure13, RecordField.EventActualInputYuan, true, false, TraceValue.Rate(0.30m), TraceValue.Yuan(3_333_333.34m), TraceValue.Yuan(1_000_000.002m)),
            new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure13, RecordField.Record, true, true, TraceValue.Yuan(1_000_000m), TraceValue.Yuan(3_333_333.34m), TraceValue.Yuan(0m)),
            RoundingStep(1_000_000m, 1_000_000m));
    }

    [Fact]
    public void Evaluate_NotProducerService_IneligibleNotProducerService()
    {
        var decision = Engine.Evaluate(Records.Measure13() with { ProducerService = false });

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotProducerService);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure13, RecordField.ProducerService, false));
    }

    [Fact]
    public void Evaluate_ProducerServiceTrue_FlagStepThenEligible()
    {
        var decision = Engine.Evaluate(Records.Measure13() with { ProducerService = true });

        decision.ShouldBe(Outcome.Eligible, 600_000m, 600_000m, ReasonCode.RateApplied);
        decision.Trace[1].Should().Be(FlagStep(PolicyClause.Measure13, RecordField.ProducerService, true));
    }

    [Fact]
    public void Evaluate_InputMissing_InvalidRequired()
    {
        var decision = Engine.Evaluate(Records.Measure13() with { EventActualInputYuan = null });

        decision.ShouldBeInvalid(new Problem(RecordField.EventActualInputYuan, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate_NegativeInput_InvalidMustNotBeNegative()
    {
        var decision = Engine.Evaluate(Records.Measure13(-0.01m));

        decision.ShouldBeInvalid(new Problem(RecordField.EventActualInputYuan, "-0.01", ProblemCode.MustNotBeNegative));
    }

    [Fact]
    public void Evaluate_Override_InvalidOverrideNotPermitted()
    {
        var decision = Engine.Evaluate(Records.Measure13() with { OverrideAmountYuan = 2_000_000m, OverrideApprovalRef = "渝府〔2025〕12号" });

        decision.ShouldBeInvalid(new Problem(RecordField.OverrideAmountYuan, "2000000", ProblemCode.OverrideNotPermitted, "1"));
    }

    [Theory]
    [InlineData(2024, 11, 19)]
    [InlineData(2027, 12, 31)]
    public void Evaluate_FirstAndLastValidDay_Eligible(int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.Measure13() with { ApplicationDate = date });

        decision.ShouldBe(Outcome.Eligible, 600_000m, 600_000m, ReasonCode.RateApplied);
        decision.Trace[0].Should().Be(ValidityStep(date, true));
    }

    [Theory]
    [InlineData(2024, 11, 18)]
    [InlineData(2028, 1, 1)]
    public void Evaluate_DayBeforeOrAfterValidity_NotApplicableOutsideValidity(int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.Measure13() with { ApplicationDate = date });

        decision.ShouldBeOutsideValidity(date);
    }
}
