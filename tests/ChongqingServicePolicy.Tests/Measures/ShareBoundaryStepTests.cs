using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// The boundary steps of the share measures (1 and 2) under parameters the default tests do not reach: a rate of 0 (no
/// amount's share reaches the cap, so the cap step carries the cap alone), a rate just above the ratio (the total's
/// boundary lies above the approved investment's for the raised cap only), and totals with fractions of a fen.
/// </summary>
public sealed class ShareBoundaryStepTests
{
    private static PolicyEngine EngineWith(Func<Measure1Parameters, Measure1Parameters> measure1) =>
        new(PolicyParameters.Default.With(b => b.Measure1 = measure1(b.Measure1)), Records.Engine().Clock);

    [Fact]
    public void Evaluate_Measure1RateZero_CapStepsCarryTheCapAlone()
    {
        var engine = EngineWith(p => p with { Rate = 0m });

        var ordinary = engine.Evaluate(Records.Measure1(30_000_000m, 80_000_000m));
        var major = engine.Evaluate(Records.Measure1(30_000_000m, 80_000_000m, major: true));

        // The whole step, not only whether its slots have a unit: an empty slot carries no amount either.
        ordinary.Trace.Should().ContainSingle(s => s.Code == TraceCode.AbsoluteCap).Which.Should().Be(
            new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure1, RecordField.Record, true, false, TraceValue.Yuan(5_000_000m)));
        major.Trace.Should().ContainSingle(s => s.Code == TraceCode.MajorProjectCap).Which.Should().Be(
            new TraceStep(TraceCode.MajorProjectCap, PolicyClause.Measure1, RecordField.MajorProjectApproved, true, false, TraceValue.Yuan(20_000_000m)));
        (major.Outcome, major.AwardYuan, major.Reason).Should().Be((Outcome.Eligible, 0m, ReasonCode.RateApplied));
    }

    [Fact]
    public void Evaluate_Measure2RateZero_CapStepCarriesTheCapAlone()
    {
        var engine = new PolicyEngine(PolicyParameters.Default.With(b => b.Measure2 = b.Measure2 with { Rate = 0m }), Records.Engine().Clock);

        var decision = engine.Evaluate(Records.Measure2(10_000_000m));

        (decision.Outcome, decision.AwardYuan, decision.Reason).Should().Be((Outcome.Eligible, 0m, ReasonCode.RateApplied));
        decision.Trace.Should().ContainSingle(s => s.Code == TraceCode.AbsoluteCap).Which.Should().Be(
            new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure2, RecordField.Record, true, false, TraceValue.Yuan(5_000_000m)));
    }

    [Fact]
    public void Evaluate_Measure1ApprovedZeroUnderATotalOfOneFen_FirstFenQualifies()
    {
        // An approved investment of 0.01 is within a total of 0.01, so raising the approved investment alone qualifies.
        var decision = Records.Engine().Evaluate(Records.Measure1(0m, 0.01m));

        (decision.Outcome, decision.Reason).Should().Be((Outcome.Ineligible, ReasonCode.BelowThreshold));
        decision.Trace.Should().ContainSingle(s => s.Code == TraceCode.EligibleFrom).Which.Should().Be(
            new TraceStep(TraceCode.EligibleFrom, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, false, false, TraceValue.Yuan(0m), TraceValue.Yuan(0.01m), TraceValue.Yuan(0.01m)));
    }

    [Fact]
    public void Evaluate_Measure1RateJustAboveRatio_TotalNamedUnderTheRaisedCapOnly()
    {
        // 10.000000001% of approved against 10% of total. Under 5,000,000 the approved investment's share reaches the
        // cap from 49,999,999.995…, i.e. 50,000,000.00 in fen, where the total's does: the total does not stand in the
        // way. Under 20,000,000 the approved investment's share reaches it from 199,999,999.98…, i.e. 199,999,999.99,
        // a fen below the total's 200,000,000.00: the total is named although the rate binds.
        var engine = EngineWith(p => p with { Rate = 0.10000000001m });

        var ordinary = engine.Evaluate(Records.Measure1(10_000_000m, 80_000_000m));
        var major = engine.Evaluate(Records.Measure1(10_000_000m, 80_000_000m, major: true));

        (ordinary.Outcome, ordinary.Reason).Should().Be((Outcome.Eligible, ReasonCode.RateApplied));
        ordinary.Trace.Should().NotContain(s => s.Code == TraceCode.CapReachedFrom);
        ordinary.Trace.Should().ContainSingle(s => s.Code == TraceCode.AbsoluteCap).Which.Right.Should().Be(TraceValue.Yuan(50_000_000m));
        (major.Outcome, major.Reason).Should().Be((Outcome.Eligible, ReasonCode.RateApplied));
        major.Trace.Should().ContainSingle(s => s.Code == TraceCode.MajorProjectCap).Which.Right.Should().Be(TraceValue.Yuan(199_999_999.99m));
        major.Trace.Should().ContainSingle(s => s.Code == TraceCode.CapReachedFrom).Which.Should().Be(
            new TraceStep(TraceCode.CapReachedFrom, PolicyClause.Measure1, RecordField.TotalInvestmentYuan, false, false, TraceValue.Yuan(80_000_000m), TraceValue.Yuan(200_000_000m), TraceValue.Yuan(120_000_000m)));
    }

    /// <summary>total investment, whether its share reaches the cap, distance to the total's boundary 50,000,000.</summary>
    public static TheoryData<decimal, bool, decimal> RateBoundTotals => new()
    {
        // 20% of 10,000,000 = 2,000,000 binds; 10% of the total reaches the cap from 50,000,000 on.
        { 60_000_000m, true, -10_000_000m },
        { 50_000_000m, true, 0m },
        { 49_999_999.99m, false, 0.01m },
    };

    [Theory]
    [MemberData(nameof(RateBoundTotals))]
    public void Evaluate_Measure1RateAboveRatioRateBinds_TotalStepSaysWhetherItsShareReachesTheCap(decimal total, bool reached, decimal distance)
    {
        var engine = EngineWith(p => p with { Rate = 0.20m });

        var decision = engine.Evaluate(Records.Measure1(10_000_000m, total));

        (decision.Outcome, decision.AwardYuan, decision.Reason).Should().Be((Outcome.Eligible, 2_000_000m, ReasonCode.RateApplied));
        decision.Trace.Should().ContainSingle(s => s.Code == TraceCode.CapReachedFrom).Which.Should().Be(
            new TraceStep(TraceCode.CapReachedFrom, PolicyClause.Measure1, RecordField.TotalInvestmentYuan, reached, false, TraceValue.Yuan(total), TraceValue.Yuan(50_000_000m), TraceValue.Yuan(distance)));
    }

    /// <summary>ratio, total with fractions of a fen, whether its share reaches the cap, total's boundary, distance.</summary>
    public static TheoryData<decimal, decimal, bool, decimal, decimal> FractionalTotals => new()
    {
        // 30% of 16,666,666.667 is 5,000,000.0001, which reaches the cap, though the first total in fen whose share
        // does is 16,666,666.67, 0.003 above it: the total is judged by its share as computed.
        { 0.30m, 16_666_666.667m, true, 16_666_666.67m, 0.003m },
        { 0.30m, 16_666_666.666m, false, 16_666_666.67m, 0.004m },
        // 40% of 12,500,000.000 is exactly the cap: reached.
        { 0.40m, 12_500_000.000m, true, 12_500_000m, 0m },
    };

    [Theory]
    [MemberData(nameof(FractionalTotals))]
    public void Evaluate_Measure1TotalWithFractionsOfAFen_JudgedByItsShare(decimal ratio, decimal total, bool reached, decimal boundary, decimal distance)
    {
        // 50% of approved 1,000,000 = 500,000 binds; the rate above the ratio puts the total's boundary above the
        // approved investment's (10,000,000), so the total is named.
        var engine = EngineWith(p => p with { Rate = 0.50m, TotalInvestmentRatioCap = ratio });

        var decision = engine.Evaluate(Records.Measure1(1_000_000m, total));

        (decision.Outcome, decision.AwardYuan, decision.Reason).Should().Be((Outcome.Eligible, 500_000m, ReasonCode.RateApplied));
        decision.Trace.Should().ContainSingle(s => s.Code == TraceCode.CapReachedFrom).Which.Should().Be(
            new TraceStep(TraceCode.CapReachedFrom, PolicyClause.Measure1, RecordField.TotalInvestmentYuan, reached, false, TraceValue.Yuan(total), TraceValue.Yuan(boundary), TraceValue.Yuan(distance)));
    }

    [Fact]
    public void Evaluate_Measure1RatioZero_NoBoundaryForTheTotal()
    {
        // A ratio of 0 binds every award at 0, and no total's 0% share reaches the cap: no total step.
        var engine = EngineWith(p => p with { TotalInvestmentRatioCap = 0m });

        var decision = engine.Evaluate(Records.Measure1(30_000_000m, 80_000_000m));

        (decision.Outcome, decision.AwardYuan, decision.Reason).Should().Be((Outcome.Eligible, 0m, ReasonCode.RatioCapApplied));
        decision.Trace.Should().NotContain(s => s.Code == TraceCode.CapReachedFrom);
    }
}
