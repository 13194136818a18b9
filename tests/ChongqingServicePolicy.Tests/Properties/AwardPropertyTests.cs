using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Rules;
using ChongqingServicePolicy.Tests.Support;
using CsCheck;
using static ChongqingServicePolicy.Tests.Properties.Generators;

namespace ChongqingServicePolicy.Tests.Properties;

/// <summary>
/// What every award keeps, over generated records: never negative, never above any of its ceilings, monotone in
/// its base, and only ever rounded down.
/// </summary>
public sealed class AwardPropertyTests
{
    private static readonly PolicyEngine Engine = Records.Engine();
    private static readonly PolicyParameters P = PolicyParameters.Default;

    [Fact]
    public void Evaluate_AnyRecord_AwardAndPayableNeverNegativeAndPayableNeverAboveAward()
    {
        AnyRecord.Sample(
            record =>
            {
                var decision = Engine.Evaluate(record);

                decision.AwardYuan.Should().BeGreaterThanOrEqualTo(0m);
                decision.PayableYuan.Should().BeGreaterThanOrEqualTo(0m).And.BeLessThanOrEqualTo(decision.AwardYuan);
                if (decision.Outcome != Outcome.Eligible)
                {
                    decision.PayableYuan.Should().Be(0m, "only an eligible record is paid");
                }

                if (decision.Outcome is Outcome.Invalid or Outcome.NotApplicable or Outcome.Ineligible or Outcome.NonMonetary)
                {
                    decision.AwardYuan.Should().Be(0m, "{0} gives no money", decision.Outcome);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_Measure1_AwardWithinRateOfApprovedTenPercentOfTotalAndCap()
    {
        Measure1(DateInForce).Sample(
            record =>
            {
                var decision = Engine.Evaluate(record);

                var cap = record.MajorProjectApproved == true ? P.Measure1.MajorProjectCapYuan : P.Measure1.CapYuan;
                decision.AwardYuan.Should().BeLessThanOrEqualTo(P.Measure1.Rate * record.ApprovedInvestmentYuan!.Value)
                    .And.BeLessThanOrEqualTo(P.Measure1.TotalInvestmentRatioCap * record.TotalInvestmentYuan!.Value)
                    .And.BeLessThanOrEqualTo(cap)
                    .And.BeLessThanOrEqualTo(20_000_000m, "no project gets more than 2000万元");
                if (decision.Outcome == Outcome.Eligible)
                {
                    var ceiling = Math.Min(Math.Min(P.Measure1.Rate * record.ApprovedInvestmentYuan.Value, P.Measure1.TotalInvestmentRatioCap * record.TotalInvestmentYuan.Value), cap);
                    decision.AwardYuan.Should().Be(decimal.Floor(ceiling * 100m) / 100m, "the award is the lowest ceiling, rounded down to the fen");
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_Measures2And13_AwardWithinShareOfBaseAndCap()
    {
        OneOf(Measure2(DateInForce), Measure13(DateInForce)).Sample(
            record =>
            {
                var decision = Engine.Evaluate(record);

                var (rate, cap, basis) = record.Measure == MeasureId.Measure2
                    ? (P.Measure2.Rate, P.Measure2.CapYuan, record.ApprovedInvestmentYuan!.Value)
                    : (P.Measure13.Rate, P.Measure13.CapYuan, record.EventActualInputYuan!.Value);
                decision.AwardYuan.Should().BeLessThanOrEqualTo(rate * basis).And.BeLessThanOrEqualTo(cap);
                if (record.Measure == MeasureId.Measure2 && basis <= P.Measure2.InvestmentThresholdYuan)
                {
                    decision.AwardYuan.Should().Be(0m, "investment must be strictly above 500万元");
                    decision.Reason.Should().Be(ReasonCode.BelowThreshold);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_TierAndFixedAwards_ExactlyTheTableEntryOrCap()
    {
        OneOf(Measure3(DateInForce), Measure5(DateInForce), Measure7a(DateInForce), Measure7c(DateInForce)).Sample(
            record =>
            {
                var decision = Engine.Evaluate(record);

                decimal? expected = record.Measure switch
                {
                    MeasureId.Measure3 when record.ClusterGrade == ClusterGrade.A => P.Measure3.TierAmountsYuan[record.ClusterTier!.Value - 1],
                    MeasureId.Measure5 when record.BuildingStarRated == true && record.BuildingTier is { } tier => P.Measure5.TierAmountsYuan[tier - 1],
                    MeasureId.Measure5 when record.BuildingStarRated == true && record.RevenueGrowthRate >= 0.20m => 1_000_000m,
                    MeasureId.Measure5 when record.BuildingStarRated == true && record.RevenueGrowthRate >= 0.10m => 500_000m,
                    MeasureId.Measure7a when record.ProducerService == true && record.FirstTimeTop500 == true => P.Measure7a.CapYuan,
                    MeasureId.Measure7c when record.SpunOffFromManufacturer == true && record.AnnualRevenueYuan >= 20_000_000m => P.Measure7c.CapYuan,
                    _ => null,
                };
                if (expected is { } amount)
                {
                    decision.Outcome.Should().Be(Outcome.Eligible);
                    decision.AwardYuan.Should().Be(amount);
                }
                else
                {
                    decision.Outcome.Should().Be(Outcome.Ineligible);
                    decision.AwardYuan.Should().Be(0m);
                }

                if (record.Measure == MeasureId.Measure3 && expected is { } clusterAward)
                {
                    clusterAward.Should().BeInRange(2_000_000m, 10_000_000m, "the clause awards 200万 to 1000万元 by tier");
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_MoreInvestmentOrInput_NeverLessAward()
    {
        var gen = Gen.Select(OneOf(Measure1(DateInForce), Measure2(DateInForce), Measure13(DateInForce), Measure7c(DateInForce), Measure5(DateInForce)), Amount, Amount, GrowthRate);
        gen.Sample(
            (record, x, y, growth) =>
            {
                var (low, high) = (Math.Min(x, y), Math.Max(x, y));
                var (lower, higher) = record.Measure switch
                {
                    // Approved investment grows while total stays above both; then total grows with approved fixed.
                    MeasureId.Measure1 when x <= y => (record with { ApprovedInvestmentYuan = low / 2m, TotalInvestmentYuan = high }, record with { ApprovedInvestmentYuan = high / 2m, TotalInvestmentYuan = high }),
                    MeasureId.Measure1 => (record with { ApprovedInvestmentYuan = low, TotalInvestmentYuan = low }, record with { ApprovedInvestmentYuan = low, TotalInvestmentYuan = high }),
                    MeasureId.Measure2 => (record with { ApprovedInvestmentYuan = low }, record with { ApprovedInvestmentYuan = high }),
                    MeasureId.Measure13 => (record with { EventActualInputYuan = low }, record with { EventActualInputYuan = high }),
                    MeasureId.Measure7c => (record with { AnnualRevenueYuan = low }, record with { AnnualRevenueYuan = high }),
                    _ => (record with { BuildingTier = null, RevenueGrowthRate = Math.Min(growth, record.RevenueGrowthRate!.Value) },
                          record with { BuildingTier = null, RevenueGrowthRate = Math.Max(growth, record.RevenueGrowthRate!.Value) }),
                };

                var a = Engine.Evaluate(lower);
                var b = Engine.Evaluate(higher);

                a.Outcome.Should().NotBe(Outcome.Invalid);
                b.AwardYuan.Should().BeGreaterThanOrEqualTo(a.AwardYuan, "more input never lowers the award ({0} → {1})", a, b);
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_AnyRoundingUnit_RoundsDownToAMultipleOfTheUnit()
    {
        var engines = new[] { 0.01m, 1m, 100m }
            .Select(unit => new PolicyEngine(P.With(b => b.General = b.General with { RoundingUnitYuan = unit }), Engine.Clock))
            .ToArray();
        var gen = Gen.Select(OneOf(Measure1(DateInForce), Measure2(DateInForce), Measure13(DateInForce)), Gen.Int[0, 2], Gen.Bool, Amount);
        gen.Sample(
            (record, which, overridden, amount) =>
            {
                var engine = engines[which];
                var unit = engine.Parameters.General.RoundingUnitYuan;
                var input = overridden && record.Measure == MeasureId.Measure1
                    ? record with { OverrideAmountYuan = amount + 0.005m, OverrideApprovalRef = "市政府第12次常务会议" }
                    : record;

                var decision = engine.Evaluate(input);

                var steps = decision.Trace.Where(s => s.Code == TraceCode.Rounding).ToList();
                if (decision.Outcome is not (Outcome.Eligible or Outcome.NeedsReview) || (decision.Outcome == Outcome.NeedsReview && decision.AwardYuan == 0m))
                {
                    steps.Should().BeEmpty("only an amount that is given is rounded");
                    return;
                }

                var step = steps.Should().ContainSingle().Subject;
                var ceiling = step.Left.Number;
                step.Right.Number.Should().Be(unit);
                step.Result.Number.Should().Be(decision.AwardYuan);
                decision.AwardYuan.Should().BeLessThanOrEqualTo(ceiling, "rounding never raises an amount");
                (ceiling - decision.AwardYuan).Should().BeLessThan(unit, "rounding removes less than one unit");
                (decision.AwardYuan % unit).Should().Be(0m, "the award is a whole number of units");
            },
            iter: Iterations);
    }

    [Fact]
    public void RoundDown_AnyAmountAndUnit_NeverRaisesAndLosesLessThanAUnit()
    {
        var amounts = Gen.Frequency(
            (3, (IGen<decimal>)Gen.Decimal[0m, 1_000_000_000_000m]),
            (3, Gen.Long[0, long.MaxValue].Select(n => n / 1000m)),
            (1, Gen.OneOf(0m, 0.009m, 0.01m, 0.999m, 99.99m, 100m, 79_228_162_514_264_337_593_543_950_335m)));
        Gen.Select(amounts, Gen.OneOf(0.01m, 1m, 100m)).Sample(
            (amount, unit) =>
            {
                var rounded = MeasureRule.RoundDown(amount, unit);

                rounded.Should().BeLessThanOrEqualTo(amount);
                (amount - rounded).Should().BeLessThan(unit);
                (rounded % unit).Should().Be(0m);
            },
            iter: Iterations);
    }
}
