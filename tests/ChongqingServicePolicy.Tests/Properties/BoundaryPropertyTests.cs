using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;
using CsCheck;
using NodaTime;
using static ChongqingServicePolicy.Tests.Properties.Generators;

namespace ChongqingServicePolicy.Tests.Properties;

/// <summary>
/// "What would change the result", over generated records: the distance a boundary step states is exact, moving the
/// input by it changes the outcome or the cap's state, and moving it by one fen less does not. For a growth
/// threshold ("达到", inclusive) any amount less does not, so the step short of it is far below a fen.
/// </summary>
public sealed class BoundaryPropertyTests
{
    /// <summary>Far below any growth a file gives: a rate an inclusive threshold must refuse.</summary>
    private const decimal Hair = 0.0000000001m;

    private const decimal Fen = 0.01m;

    private static readonly PolicyEngine Engine = Records.Engine();

    /// <summary>Amounts in fen, with the fen either side of every boundary the default parameters make.</summary>
    private static readonly Gen<decimal> NearBoundaries = Gen.Frequency(
        (3, (IGen<decimal>)Amount),
        (1, Gen.OneOf(0m, 0.01m, 5_000_000m, 5_000_000.01m, 20_000_000m, 25_000_000m, 3_333_333.34m, 50_000_000m, 200_000_000m)
            .SelectMany(a => Gen.OneOf(a - Fen, a, a + Fen)).Where(a => a >= 0m)));

    [Fact]
    public void Evaluate_AnyMonetaryRecord_DistanceIsTheBoundaryLessTheInputExactly()
    {
        AnyMeasure(DateInForce).Sample(
            record =>
            {
                foreach (var (step, field, now) in Boundaries(Engine.Evaluate(record), record))
                {
                    step.Result.Number.Should().Be(step.Right.Number - now, step.ToString());
                    step.Result.Unit.Should().Be(step.Right.Unit);
                    if (step.Comparison == TraceComparison.Distance)
                    {
                        step.Left.Should().Be(step.Right.Unit == ValueUnit.Rate ? TraceValue.Rate(now) : TraceValue.Yuan(now), "{0} names the input now", field);
                    }

                    if (step.Right.Unit == ValueUnit.Yuan)
                    {
                        (step.Right.Number * 100m).Should().Be(decimal.Truncate(step.Right.Number * 100m), "a boundary on an amount is an amount in fen");
                    }
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_IneligibleBelowAThreshold_MovingByTheDistanceQualifiesAndOneFenLessDoesNot()
    {
        var records = OneOf(Measure1(DateInForce), Measure2(DateInForce), Measure7c(DateInForce), Measure13(DateInForce), Measure5(DateInForce));
        records.Sample(
            record =>
            {
                var decision = Engine.Evaluate(record);
                if (decision.Trace.SingleOrDefault(s => s.Code == TraceCode.EligibleFrom) is not { Code: TraceCode.EligibleFrom } step)
                {
                    return;
                }

                decision.Trace.Count(s => s.IsBoundary()).Should().Be(1, "an ineligible record names one boundary");

                decision.Outcome.Should().Be(Outcome.Ineligible);
                var moved = step.Left.Number + step.Result.Number;
                var less = step.Right.Unit == ValueUnit.Yuan ? moved - Fen : moved - Hair;
                Engine.Evaluate(With(record, step.Field, moved)).Outcome.Should().BeOneOf([Outcome.Eligible, Outcome.NeedsReview], "{0} moved by {1} qualifies", step.Field, step.Result.Number);
                if (less >= 0m || step.Right.Unit == ValueUnit.Rate)
                {
                    var still = Engine.Evaluate(With(record, step.Field, less));
                    still.Outcome.Should().Be(Outcome.Ineligible, "{0} moved by one step less than {1} does not qualify", step.Field, step.Result.Number);
                    still.Reason.Should().Be(decision.Reason);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_ShareBelowOrAtTheCap_AtTheBoundaryItReachesTheCapAndOneFenBelowItDoesNot()
    {
        var records = OneOf(Measure1(DateInForce), Measure2(DateInForce), Measure13(DateInForce), Measure13With(NearBoundaries));
        records.Sample(
            record =>
            {
                var decision = Engine.Evaluate(record);
                foreach (var (step, field, now) in Boundaries(decision, record).Where(b => b.Step.Code is TraceCode.AbsoluteCap or TraceCode.MajorProjectCap or TraceCode.CapReachedFrom))
                {
                    var moved = now + step.Result.Number;
                    ShareReachesCap(With(record, field, moved), field).Should().BeTrue("{0} moved by {1} to {2} reaches the cap", field, step.Result.Number, moved);
                    if (moved >= Fen)
                    {
                        ShareReachesCap(With(record, field, moved - Fen), field).Should().BeFalse("one fen below {0} it does not", moved);
                    }

                    ShareReachesCap(record, field).Should().Be(step.Result.Number <= 0m, "for an amount in fen, the share reaches the cap exactly from the boundary on");
                    if (step.Code == TraceCode.CapReachedFrom)
                    {
                        step.Passed.Should().Be(step.Result.Number <= 0m);
                    }
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_AnyEligibleRecordOfAShareMeasure_CapBindsExactlyWhenEveryShareNamedReachesIt()
    {
        OneOf(Measure1(DateInForce), Measure2(DateInForce), Measure13(DateInForce)).Sample(
            record =>
            {
                var decision = Engine.Evaluate(record);
                if (decision.Outcome is not (Outcome.Eligible or Outcome.NeedsReview))
                {
                    return;
                }

                var cap = decision.Trace.Single(s => s.Code is TraceCode.AbsoluteCap or TraceCode.MajorProjectCap);
                cap.IsBoundary().Should().BeTrue("an eligible record of a share measure names where its cap binds");
                var total = decision.Trace.Where(s => s.Code == TraceCode.CapReachedFrom).ToList();
                total.Should().HaveCountLessThanOrEqualTo(1);
                cap.IsBinding.Should().Be(cap.Result.Number <= 0m && total.All(s => s.Passed), decision.Summarize(Language.English));
                if (decision.Outcome == Outcome.Eligible)
                {
                    (decision.AwardReason == ReasonCode.CapApplied).Should().Be(cap.IsBinding);
                }

                if (decision.AwardReason == ReasonCode.RatioCapApplied)
                {
                    total.Should().ContainSingle("where the ratio binds, the total above which it stops binding is named").Which.Passed.Should().BeFalse();
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_Measure5GrowthBelowTheTopTier_GrowthNamedReachesTheNextTierAndAnyLessDoesNot()
    {
        Measure5(DateInForce).Sample(
            record =>
            {
                var decision = Engine.Evaluate(record);
                if (decision.Trace.SingleOrDefault(s => s.Code == TraceCode.NextTierFrom) is not { Code: TraceCode.NextTierFrom } step)
                {
                    return;
                }

                var tier = Tier(decision);
                var moved = step.Left.Number + step.Result.Number;
                Tier(Engine.Evaluate(record with { RevenueGrowthRate = moved })).Should().Be(tier - 1);
                Tier(Engine.Evaluate(record with { RevenueGrowthRate = moved - Hair })).Should().Be(tier);
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_TierGiven_NextTierNamesItsAwardAndTierOneIsTheTop()
    {
        OneOf(Measure3(DateInForce), Measure5(DateInForce)).Sample(
            record =>
            {
                var decision = Engine.Evaluate(record);
                foreach (var step in decision.Trace.Where(s => s.Code is TraceCode.NextTier or TraceCode.TopTier))
                {
                    decision.Outcome.Should().Be(Outcome.Eligible);
                    if (step.Code == TraceCode.TopTier)
                    {
                        step.Left.Number.Should().Be(1m);
                        continue;
                    }

                    var up = (int)step.Right.Number;
                    up.Should().Be((int)step.Left.Number - 1);
                    var higher = record.Measure == MeasureId.Measure3 ? record with { ClusterTier = up } : record with { BuildingTier = up };
                    Engine.Evaluate(higher).AwardYuan.Should().Be(step.Result.Number);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_EveryDecisionOnAnAmountOrTier_NamesItsNextBoundary()
    {
        OneOf(Measure1(DateInForce), Measure2(DateInForce), Measure3(DateInForce), Measure5(DateInForce), Measure7c(DateInForce), Measure13(DateInForce)).Sample(
            record =>
            {
                var decision = Engine.Evaluate(record);
                var boundaries = decision.Trace.Count(s => s.IsBoundary());
                var expected = decision switch
                {
                    { Outcome: Outcome.Ineligible, Reason: ReasonCode.BelowThreshold } when record.Measure == MeasureId.Measure1 => record.TotalInvestmentYuan >= Fen,
                    { Outcome: Outcome.Ineligible, Reason: ReasonCode.BelowThreshold or ReasonCode.GrowthBelowTier } => true,
                    { Outcome: Outcome.Eligible or Outcome.NeedsReview } => record.Measure != MeasureId.Measure7c,
                    _ => false,
                };
                (boundaries > 0).Should().Be(expected, decision.Summarize(Language.English));
            },
            iter: Iterations);
    }

    [Fact]
    public void RankDistricts_OutsideTheFirstBand_NamesTheScoreOfTheLastPlaceOfTheNextBand()
    {
        var statistics =
            from year in Gen.Int[2025, 2026]
            let units = DistrictRegistry.Default.UnitsInForceOn(new LocalDate(year, 12, 31)).ToArray()
            from shuffled in Gen.Shuffle(units)
            from count in Gen.Int[1, units.Length]
            from values in Gen.Select(Gen.Int[0, 12], Gen.Int[-5, 12], Gen.Int[-20, 40]).Array[count]
            select (year, shuffled.Take(count).Select((u, i) => new DistrictStatistics(u.Code, year, values[i].Item1, values[i].Item2, values[i].Item3 / 100m)).ToArray());
        statistics.Sample(
            input =>
            {
                var ranking = Engine.RankDistricts(input.year, input.Item2);
                foreach (var entry in ranking.Entries)
                {
                    var step = entry.Trace.SingleOrDefault(s => s.Code == TraceCode.ScoreToNextBand);
                    var named = entry.Outcome is Outcome.Eligible or Outcome.Ineligible && entry.Rank > 5;
                    (step.Code == TraceCode.ScoreToNextBand).Should().Be(named, "rank {0}, {1}", entry.Rank, entry.Outcome);
                    if (named)
                    {
                        var target = entry.Rank > 10 ? 10 : 5;
                        step.Left.Should().Be(TraceValue.Of(target, ValueUnit.Rank));
                        step.Right.Number.Should().Be(ranking.Entries[target - 1].Score);
                        step.Result.Number.Should().Be(ranking.Entries[target - 1].Score - entry.Score).And.BeGreaterThanOrEqualTo(0m, "a place behind never has the higher score");
                    }
                }
            },
            iter: 500);
    }

    /// <summary>
    /// Each step of a decision that names a boundary, with the input it is on and that input's value now: a boundary
    /// step's own, or for a cap step, the base of the measure's share.
    /// </summary>
    private static IEnumerable<(TraceStep Step, RecordField Field, decimal Now)> Boundaries(Decision decision, ApplicationRecord record)
    {
        foreach (var step in decision.Trace.Where(s => s.IsBoundary()))
        {
            if (step.Code is TraceCode.AbsoluteCap or TraceCode.MajorProjectCap)
            {
                yield return record.Measure == MeasureId.Measure13
                    ? (step, RecordField.EventActualInputYuan, record.EventActualInputYuan!.Value)
                    : (step, RecordField.ApprovedInvestmentYuan, record.ApprovedInvestmentYuan!.Value);
            }
            else if (step.Comparison == TraceComparison.Distance)
            {
                yield return (step, step.Field, step.Left.Number);
            }
        }
    }

    /// <summary>Measure （十三） with the actual input near its boundaries.</summary>
    private static Gen<ApplicationRecord> Measure13With(Gen<decimal> inputs) =>
        from record in Measure13(DateInForce)
        from input in inputs
        select record with { EventActualInputYuan = input, ProducerService = true };

    /// <summary>The record with one amount or rate changed; for measure （一）, the other investment follows so it stays valid.</summary>
    private static ApplicationRecord With(ApplicationRecord record, RecordField field, decimal value) => field switch
    {
        RecordField.ApprovedInvestmentYuan when record.Measure == MeasureId.Measure1 =>
            record with { ApprovedInvestmentYuan = value, TotalInvestmentYuan = Math.Max(record.TotalInvestmentYuan!.Value, value) },
        RecordField.TotalInvestmentYuan => record with { TotalInvestmentYuan = value, ApprovedInvestmentYuan = Math.Min(record.ApprovedInvestmentYuan!.Value, value) },
        RecordField.ApprovedInvestmentYuan => record with { ApprovedInvestmentYuan = value },
        RecordField.AnnualRevenueYuan => record with { AnnualRevenueYuan = value },
        RecordField.EventActualInputYuan => record with { EventActualInputYuan = value },
        RecordField.RevenueGrowthRate => record with { RevenueGrowthRate = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No boundary on this field."),
    };

    /// <summary>Whether the share of a base reaches the cap, as the engine computed the share (its share-of-base step).</summary>
    private static bool ShareReachesCap(ApplicationRecord record, RecordField field)
    {
        var decision = Engine.Evaluate(record);
        decision.Outcome.Should().BeOneOf([Outcome.Eligible, Outcome.NeedsReview], "moving a base keeps the record eligible: {0}", decision.Summarize(Language.English));
        return decision.Trace.Single(s => s.Code == TraceCode.ShareOfBase && s.Field == field).Result.Number >= Cap(decision);
    }

    private static decimal Cap(Decision decision) =>
        decision.Trace.Single(s => s.Code is TraceCode.AbsoluteCap or TraceCode.MajorProjectCap).Left.Number;

    /// <summary>The tier a measure （五） decision derived from growth; 0 for none.</summary>
    private static int Tier(Decision decision) =>
        (int)decision.Trace.Single(s => s.Code == TraceCode.TierFromGrowth).Result.Number;
}
