using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;
using static ChongqingServicePolicy.Tests.Measures.DecisionChecks;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// "What would change the result": each monetary decision's trace names the next boundary, with the input now, the
/// boundary (the smallest amount in fen on its far side) and the distance, exactly. Thresholds one fen either side,
/// caps one fen either side, tiers, and parameters that make the boundary fall between two fen.
/// </summary>
public sealed class NextBoundaryTests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    /// <summary>approved investment, total investment, approved investment's distance on the cap step, total step (passed, distance) or null.</summary>
    public static TheoryData<decimal, decimal, decimal, bool?, decimal?> Measure1Cases => new()
    {
        // Rate binds, total's share above the cap: only the approved investment stands between the award and the cap.
        { 30_000_000m, 80_000_000m, 20_000_000m, null, null },
        // Total's share below the cap too, but approved ≤ total: an approved investment reaching 50,000,000 brings it.
        { 20_000_000m, 40_000_000m, 30_000_000m, null, null },
        // One fen short of the cap's base, then exactly on it: 10% × 50,000,000 = 5,000,000.
        { 49_999_999.99m, 80_000_000m, 0.01m, null, null },
        { 50_000_000m, 80_000_000m, 0m, null, null },
        { 50_000_000.01m, 80_000_000m, -0.01m, null, null },
        // Ratio binds (approved = total): the total above which it stops binding is named too.
        { 49_999_999.99m, 49_999_999.99m, 0.01m, false, 0.01m },
        { 40_000_000m, 40_000_000m, 10_000_000m, false, 10_000_000m },
    };

    [Theory]
    [MemberData(nameof(Measure1Cases))]
    public void Evaluate_Measure1_CapStepNamesWhereTheApprovedShareReachesIt(decimal approved, decimal total, decimal approvedDistance, bool? totalPassed, decimal? totalDistance)
    {
        var decision = Engine.Evaluate(Records.Measure1(approved, total));

        var cap = decision.Single(TraceCode.AbsoluteCap);
        cap.Right.Should().Be(TraceValue.Yuan(50_000_000m));
        cap.Result.Should().Be(TraceValue.Yuan(approvedDistance));
        (decision.Reason == ReasonCode.CapApplied).Should().Be(cap.IsBinding);
        if (totalPassed is { } passed)
        {
            decision.Single(TraceCode.CapReachedFrom).Should().Be(new TraceStep(TraceCode.CapReachedFrom, PolicyClause.Measure1, RecordField.TotalInvestmentYuan, passed, false, TraceValue.Yuan(total), TraceValue.Yuan(50_000_000m), TraceValue.Yuan(totalDistance!.Value)));
        }
        else
        {
            decision.All(TraceCode.CapReachedFrom).Should().BeEmpty("the total does not stand in the way");
        }
    }

    [Fact]
    public void Evaluate_Measure1Major_BoundaryOfTheRaisedCap()
    {
        var decision = Engine.Evaluate(Records.Measure1(150_000_000m, 180_000_000m, major: true));

        decision.ShouldBe(Outcome.Eligible, 15_000_000m, 15_000_000m, ReasonCode.RateApplied);
        decision.Single(TraceCode.MajorProjectCap).Should().Be(
            new TraceStep(TraceCode.MajorProjectCap, PolicyClause.Measure1, RecordField.MajorProjectApproved, true, false, TraceValue.Yuan(20_000_000m), TraceValue.Yuan(200_000_000m), TraceValue.Yuan(50_000_000m)));
    }

    [Fact]
    public void Evaluate_Measure1RateAboveRatio_TotalNamedEvenWhenCapped()
    {
        // 20% of approved against 10% of total: approved reaches the cap from 25,000,000, total only from 50,000,000,
        // so a capped award also depends on the total staying there, and a rate-bound one on the total growing.
        var engine = new PolicyEngine(PolicyParameters.Default.With(b => b.Measure1 = b.Measure1 with { Rate = 0.20m }));

        var capped = engine.Evaluate(Records.Measure1(30_000_000m, 80_000_000m));
        var rate = engine.Evaluate(Records.Measure1(10_000_000m, 40_000_000m));

        capped.ShouldBe(Outcome.Eligible, 5_000_000m, 5_000_000m, ReasonCode.CapApplied);
        capped.Single(TraceCode.AbsoluteCap).Result.Should().Be(TraceValue.Yuan(-5_000_000m));
        capped.Single(TraceCode.CapReachedFrom).Should().Be(
            new TraceStep(TraceCode.CapReachedFrom, PolicyClause.Measure1, RecordField.TotalInvestmentYuan, true, false, TraceValue.Yuan(80_000_000m), TraceValue.Yuan(50_000_000m), TraceValue.Yuan(-30_000_000m)));
        rate.ShouldBe(Outcome.Eligible, 2_000_000m, 2_000_000m, ReasonCode.RateApplied);
        rate.Single(TraceCode.CapReachedFrom).Should().Be(
            new TraceStep(TraceCode.CapReachedFrom, PolicyClause.Measure1, RecordField.TotalInvestmentYuan, false, false, TraceValue.Yuan(40_000_000m), TraceValue.Yuan(50_000_000m), TraceValue.Yuan(10_000_000m)));
    }

    [Fact]
    public void Evaluate_Measure1ZeroRate_NoBoundaryForTheApprovedShare()
    {
        var engine = new PolicyEngine(PolicyParameters.Default.With(b => b.Measure1 = b.Measure1 with { Rate = 0m }));

        var decision = engine.Evaluate(Records.Measure1(30_000_000m, 80_000_000m));

        var cap = decision.Single(TraceCode.AbsoluteCap);
        cap.Right.HasValue.Should().BeFalse("no approved investment's 0% share reaches the cap");
        cap.Result.HasValue.Should().BeFalse();
        cap.IsBoundary().Should().BeFalse();
        decision.Single(TraceCode.CapReachedFrom).Field.Should().Be(RecordField.TotalInvestmentYuan);
    }

    [Fact]
    public void Evaluate_Measure1ApprovedZero_FirstFenQualifies()
    {
        var decision = Engine.Evaluate(Records.Measure1(0m, 80_000_000m));

        decision.Single(TraceCode.EligibleFrom).Should().Be(
            new TraceStep(TraceCode.EligibleFrom, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, false, false, TraceValue.Yuan(0m), TraceValue.Yuan(0.01m), TraceValue.Yuan(0.01m)));
    }

    [Fact]
    public void Evaluate_Measure1ApprovedAndTotalZero_NoSingleChangeQualifies()
    {
        var decision = Engine.Evaluate(Records.Measure1(0m, 0m));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.BelowThreshold);
        decision.All(TraceCode.EligibleFrom).Should().BeEmpty("an approved investment above a total of 0 is invalid");
    }

    [Fact]
    public void Evaluate_Measure1NotProducerService_NoBoundary()
    {
        var decision = Engine.Evaluate(Records.Measure1() with { ProducerService = false });

        decision.Trace.Should().NotContain(s => s.IsBoundary(), "a yes/no condition has no distance; its step says what is missing");
    }

    /// <summary>investment, boundary step code, boundary, distance.</summary>
    public static TheoryData<decimal, TraceCode, decimal, decimal> Measure2Cases => new()
    {
        // "超过 500万元" is strict: 5,000,000 is short by a fen.
        { 5_000_000m, TraceCode.EligibleFrom, 5_000_000.01m, 0.01m },
        { 4_999_999.99m, TraceCode.EligibleFrom, 5_000_000.01m, 0.02m },
        { 0m, TraceCode.EligibleFrom, 5_000_000.01m, 5_000_000.01m },
        { 5_000_000.01m, TraceCode.AbsoluteCap, 25_000_000m, 19_999_999.99m },
        { 24_999_999.99m, TraceCode.AbsoluteCap, 25_000_000m, 0.01m },
        { 25_000_000m, TraceCode.AbsoluteCap, 25_000_000m, 0m },
        { 67_570_000m, TraceCode.AbsoluteCap, 25_000_000m, -42_570_000m },
    };

    [Theory]
    [MemberData(nameof(Measure2Cases))]
    public void Evaluate_Measure2_NamesTheThresholdOrTheCapsBase(decimal investment, TraceCode code, decimal boundary, decimal distance)
    {
        var decision = Engine.Evaluate(Records.Measure2(investment));

        var step = decision.Trace.Single(s => s.IsBoundary());
        step.Code.Should().Be(code);
        step.Right.Should().Be(TraceValue.Yuan(boundary));
        step.Result.Should().Be(TraceValue.Yuan(distance));
        if (code == TraceCode.EligibleFrom)
        {
            step.Should().Be(new TraceStep(code, PolicyClause.Measure2, RecordField.ApprovedInvestmentYuan, false, false, TraceValue.Yuan(investment), TraceValue.Yuan(boundary), TraceValue.Yuan(distance)));
        }
        else
        {
            step.IsBinding.Should().Be(distance <= 0m, "the cap binds from its base on");
        }
    }

    [Fact]
    public void Evaluate_Measure2UnlistedFieldForReview_NamesTheCapsBase()
    {
        var decision = Engine.Evaluate(Records.Measure2(10_000_000m, PlatformField.Other));

        decision.Outcome.Should().Be(Outcome.NeedsReview);
        decision.Single(TraceCode.AbsoluteCap).Right.Should().Be(TraceValue.Yuan(25_000_000m));
    }

    [Fact]
    public void Evaluate_Measure2ThresholdBetweenFen_SmallestFenAbove()
    {
        var engine = new PolicyEngine(PolicyParameters.Default.With(b => b.Measure2 = b.Measure2 with { InvestmentThresholdYuan = 5_000_000.005m }));

        var decision = engine.Evaluate(Records.Measure2(5_000_000m));

        decision.Single(TraceCode.EligibleFrom).Right.Should().Be(TraceValue.Yuan(5_000_000.01m));
        engine.Evaluate(Records.Measure2(5_000_000.01m)).Outcome.Should().Be(Outcome.Eligible);
    }

    /// <summary>revenue, boundary, distance.</summary>
    public static TheoryData<decimal, decimal> Measure7cCases => new()
    {
        // "达到2000万元以上" includes the amount.
        { 19_999_999.99m, 0.01m },
        { 0m, 20_000_000m },
        { 12_345_678.9m, 7_654_321.1m },
    };

    [Theory]
    [MemberData(nameof(Measure7cCases))]
    public void Evaluate_Measure7cBelowThreshold_ThresholdItselfQualifies(decimal revenue, decimal distance)
    {
        var decision = Engine.Evaluate(Records.Measure7c(revenue));

        decision.Single(TraceCode.EligibleFrom).Should().Be(
            new TraceStep(TraceCode.EligibleFrom, PolicyClause.Measure7c, RecordField.AnnualRevenueYuan, false, false, TraceValue.Yuan(revenue), TraceValue.Yuan(20_000_000m), TraceValue.Yuan(distance)));
    }

    [Fact]
    public void Evaluate_Measure7cAtThreshold_FixedAwardHasNoBoundary()
    {
        var decision = Engine.Evaluate(Records.Measure7c(20_000_000m));

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.Trace.Should().NotContain(s => s.IsBoundary(), "the award does not depend on revenue above the threshold");
    }

    [Theory]
    [InlineData("0", "0.01", "0.01")]
    [InlineData("3333333.33", "3333333.34", "0.01")]
    [InlineData("3333333.34", "3333333.34", "0")]
    [InlineData("2000000", "3333333.34", "1333333.34")]
    public void Evaluate_Measure13_CapsBaseIsTheFirstFenWhoseShareReachesIt(string input, string boundary, string distance)
    {
        var amount = Number(input);

        var decision = Engine.Evaluate(Records.Measure13(amount));

        var step = decision.Trace.Single(s => s.IsBoundary());
        step.Code.Should().Be(amount == 0m ? TraceCode.EligibleFrom : TraceCode.AbsoluteCap);
        step.Left.Should().Be(TraceValue.Yuan(amount == 0m ? 0m : 1_000_000m));
        step.Right.Should().Be(TraceValue.Yuan(Number(boundary)));
        step.Result.Should().Be(TraceValue.Yuan(Number(distance)));
    }

    [Fact]
    public void Evaluate_Measure13CapNotAMultipleOfTheRate_BoundaryFoundByTheProduct()
    {
        // 1,000,000 / 0.07 = 14,285,714.2857…: 0.07 × 14,285,714.28 = 999,999.9996 falls short, × 14,285,714.29 does not.
        var engine = new PolicyEngine(PolicyParameters.Default.With(b => b.Measure13 = b.Measure13 with { Rate = 0.07m }));

        var below = engine.Evaluate(Records.Measure13(14_285_714.28m));
        var at = engine.Evaluate(Records.Measure13(14_285_714.29m));

        below.Single(TraceCode.AbsoluteCap).Right.Should().Be(TraceValue.Yuan(14_285_714.29m));
        below.Single(TraceCode.AbsoluteCap).Result.Should().Be(TraceValue.Yuan(0.01m));
        below.Reason.Should().Be(ReasonCode.RateApplied);
        at.Reason.Should().Be(ReasonCode.CapApplied);
        at.Single(TraceCode.AbsoluteCap).Result.Should().Be(TraceValue.Yuan(0m));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Evaluate_Measure3_TierAboveOrTopTier(int tier)
    {
        var decision = Engine.Evaluate(Records.Measure3(ClusterGrade.A, tier));

        var step = decision.Trace.Single(s => s.Code.IsBoundary());
        if (tier == 1)
        {
            step.Should().Be(new TraceStep(TraceCode.TopTier, PolicyClause.Measure3, RecordField.ClusterTier, true, false, TraceValue.Of(1, ValueUnit.Tier)));
        }
        else
        {
            step.Should().Be(new TraceStep(TraceCode.NextTier, PolicyClause.Measure3, RecordField.ClusterTier, true, false, TraceValue.Of(tier, ValueUnit.Tier), TraceValue.Of(tier - 1, ValueUnit.Tier), TraceValue.Yuan(PolicyParameters.Default.Measure3.TierAmountsYuan[tier - 2])));
            Engine.Evaluate(Records.Measure3(ClusterGrade.A, tier - 1)).AwardYuan.Should().Be(step.Result.Number, "the award named is that tier's");
        }
    }

    /// <summary>growth, boundary code, boundary growth, distance.</summary>
    public static TheoryData<decimal, TraceCode, decimal, decimal> Measure5Cases => new()
    {
        { 0.0999m, TraceCode.EligibleFrom, 0.10m, 0.0001m },
        { -1m, TraceCode.EligibleFrom, 0.10m, 1.10m },
        { 0.10m, TraceCode.NextTierFrom, 0.20m, 0.10m },
        { 0.1999m, TraceCode.NextTierFrom, 0.20m, 0.0001m },
        { 0.123456789m, TraceCode.NextTierFrom, 0.20m, 0.076543211m },
    };

    [Theory]
    [MemberData(nameof(Measure5Cases))]
    public void Evaluate_Measure5GrowthBelowATier_GrowthNeededExactly(decimal growth, TraceCode code, decimal boundary, decimal distance)
    {
        var decision = Engine.Evaluate(Records.Measure5(tier: null, growth: growth));

        decision.Trace.Where(s => s.Code.IsBoundary()).Should().Equal(
            new TraceStep(code, PolicyClause.Measure5, RecordField.RevenueGrowthRate, false, false, TraceValue.Rate(growth), TraceValue.Rate(boundary), TraceValue.Rate(distance)));
    }

    [Fact]
    public void Evaluate_Measure5GrowthInTopTier_TopTier()
    {
        var decision = Engine.Evaluate(Records.Measure5(tier: null, growth: 0.20m));

        decision.Single(TraceCode.TopTier).Should().Be(new TraceStep(TraceCode.TopTier, PolicyClause.Measure5, RecordField.RevenueGrowthRate, true, false, TraceValue.Of(1, ValueUnit.Tier)));
    }

    [Fact]
    public void Evaluate_Measure7aAndNonMonetary_NoBoundary()
    {
        foreach (var measure in MeasureIds.All.Where(m => m is MeasureId.Measure7a or MeasureId.Measure4 or MeasureId.Measure7b or MeasureId.Measure8))
        {
            Engine.Evaluate(Records.ValidFor(measure)).Trace.Should().NotContain(s => s.IsBoundary(), measure.ToCode());
        }
    }

    [Fact]
    public void Render_CapStep_ShortAndAboveInBothLanguages()
    {
        var shortOf = Engine.Evaluate(Records.Measure1(30_000_000m, 80_000_000m)).Single(TraceCode.AbsoluteCap);
        var above = Engine.Evaluate(Records.Measure1(60_000_000m, 80_000_000m)).Single(TraceCode.AbsoluteCap);
        var input = Engine.Evaluate(Records.Measure13(2_000_000m)).Single(TraceCode.AbsoluteCap);

        DecisionText.Render(shortOf, Language.Chinese).Should().Be("[（一）] 最高不超过 5,000,000.00 元，经核定的投资金额达到 50,000,000.00 元 时按比例计算的金额即达到上限，尚差 20,000,000.00 元");
        DecisionText.Render(shortOf, Language.English).Should().Be("[(1)] Cap CNY 5,000,000.00, reached by the share of approved investment from CNY 50,000,000.00: CNY 20,000,000.00 short");
        DecisionText.Render(above, Language.Chinese).Should().Be("[（一）] 最高不超过 5,000,000.00 元（起约束作用），经核定的投资金额达到 50,000,000.00 元 时按比例计算的金额即达到上限，现高出 10,000,000.00 元");
        DecisionText.Render(above, Language.English).Should().Be("[(1)] Cap CNY 5,000,000.00 (binding), reached by the share of approved investment from CNY 50,000,000.00: CNY 10,000,000.00 above that");
        DecisionText.Render(input, Language.English).Should().Be("[(13)] Cap CNY 1,000,000.00, reached by the share of actual input into the event platform from CNY 3,333,333.34: CNY 1,333,333.34 short");
    }

    [Fact]
    public void Render_CapReachedFromForTheTotal_InBothLanguages()
    {
        var step = Engine.Evaluate(Records.Measure1(40_000_000m, 40_000_000m)).Single(TraceCode.CapReachedFrom);

        DecisionText.Render(step, Language.Chinese).Should().Be("[（一）] 项目投资总额达到 50,000,000.00 元 时，按比例计算的金额即达到上限，现为 40,000,000.00 元，尚差 10,000,000.00 元");
        DecisionText.Render(step, Language.English).Should().Be("[(1)] The share of total project investment reaches the cap from CNY 50,000,000.00: at CNY 40,000,000.00 it is CNY 10,000,000.00 short");
    }

    [Fact]
    public void Render_CapWithoutABase_Unchanged()
    {
        var step = Engine.Evaluate(Records.Measure7a()).Single(TraceCode.AbsoluteCap);

        DecisionText.Render(step, Language.English).Should().Be("[(7a)] Cap CNY 5,000,000.00 (binding)");
        DecisionText.Render(step, Language.Chinese).Should().Be("[（七）（7a）] 最高不超过 5,000,000.00 元（起约束作用）");
    }

    [Fact]
    public void Render_EligibleFrom_AmountShortByAFen()
    {
        var step = Engine.Evaluate(Records.Measure2(5_000_000m)).Single(TraceCode.EligibleFrom);

        DecisionText.Render(step, Language.Chinese).Should().Be("[（二）] 经核定的投资金额达到 5,000,000.01 元 方符合条件，现为 5,000,000.00 元，尚差 0.01 元");
        DecisionText.Render(step, Language.English).Should().Be("[(2)] Approved investment qualifies from CNY 5,000,000.01: at CNY 5,000,000.00 it is CNY 0.01 short");
    }

    [Fact]
    public void Render_GrowthSteps_PercentagePointsWithEveryDigit()
    {
        var below = Engine.Evaluate(Records.Measure5(tier: null, growth: 0.077m)).Single(TraceCode.EligibleFrom);
        var next = Engine.Evaluate(Records.Measure5(tier: null, growth: 0.123456789m)).Single(TraceCode.NextTierFrom);

        DecisionText.Render(below, Language.Chinese).Should().Be("[（五）] 营业收入增速达到 10% 方符合条件，现为 7.7%，尚差 2.3 个百分点");
        DecisionText.Render(below, Language.English).Should().Be("[(5)] Revenue growth qualifies from 10%: at 7.7% it is 2.3 percentage points short");
        DecisionText.Render(next, Language.Chinese).Should().EndWith("尚差 7.6543211 个百分点");
        DecisionText.Render(next, Language.English).Should().Be("[(5)] Revenue growth reaches the next tier up from 20%: at 12.3457% it is 7.6543211 percentage points short");
    }

    [Fact]
    public void Render_Tiers_NextTierAndTopTier()
    {
        var next = Engine.Evaluate(Records.Measure3(ClusterGrade.A, 3)).Single(TraceCode.NextTier);
        var top = Engine.Evaluate(Records.Measure3(ClusterGrade.A, 1)).Single(TraceCode.TopTier);

        DecisionText.Render(next, Language.Chinese).Should().Be("[（三）] 上一档为第 2 档，定额奖励 8,000,000.00 元");
        DecisionText.Render(next, Language.English).Should().Be("[(3)] The next tier up is tier 2, with an award of CNY 8,000,000.00");
        DecisionText.Render(top, Language.Chinese).Should().Be("[（三）] 第 1 档为最高档");
        DecisionText.Render(top, Language.English).Should().Be("[(3)] Tier 1 is the top tier");
    }

    [Fact]
    public void Summarize_IneligibleBelowThreshold_ExplanationEndsWithWhatWouldChangeIt()
    {
        var decision = Engine.Evaluate(Records.Measure2(5_000_000m));

        decision.Summarize(Language.English).Should().EndWith("; [(2)] Approved investment qualifies from CNY 5,000,000.01: at CNY 5,000,000.00 it is CNY 0.01 short");
        decision.Explain(Language.Chinese).Split(Environment.NewLine)[^1].Should().Be("[（二）] 经核定的投资金额达到 5,000,000.01 元 方符合条件，现为 5,000,000.00 元，尚差 0.01 元");
    }

    [Fact]
    public void RankDistricts_OutsideTheFirstBand_ScoreOfTheLastPlaceInTheNextBand()
    {
        // Twelve districts with new counts 12, 11, …, 1 and everything else equal: scores 1, 10/11, …, 0.
        var codes = new[] { 500101, 500102, 500103, 500104, 500106, 500107, 500108, 500109, 500110, 500111, 500113, 500114 };
        var rows = codes.Select((c, i) => new DistrictStatistics(c, 2025, 12 - i, 0, 0m)).ToList();

        var ranking = Engine.RankDistricts(2025, rows);

        ranking.Entries.Take(5).Should().OnlyContain(e => !e.Trace.Any(s => s.Code == TraceCode.ScoreToNextBand), "the first band is the top");
        var sixth = ranking.Entries[5].Trace.Single(s => s.Code == TraceCode.ScoreToNextBand);
        sixth.Left.Should().Be(TraceValue.Of(5, ValueUnit.Rank));
        sixth.Right.Should().Be(TraceValue.Of(ranking.Entries[4].Score, ValueUnit.Score));
        sixth.Result.Number.Should().Be(ranking.Entries[4].Score - ranking.Entries[5].Score).And.BePositive();
        var twelfth = ranking.Entries[11].Trace.Single(s => s.Code == TraceCode.ScoreToNextBand);
        twelfth.Left.Should().Be(TraceValue.Of(10, ValueUnit.Rank));
        twelfth.Result.Number.Should().Be(ranking.Entries[9].Score - ranking.Entries[11].Score);
        DecisionText.Render(twelfth, Language.English).Should().Be("[(6)] To enter the first 10, the score must pass 0.0606, that of the district ranked 10: 0.0606 short (at this year's normalisation, which this district's own figures also move)");
        DecisionText.Render(twelfth, Language.Chinese).Should().StartWith("[（六）] 进入前 10 名须超过第 10 名的综合评价得分 0.0606，尚差 0.0606");
    }

    [Fact]
    public void RankDistricts_LevelScoreLostOnTieBreak_SaysSo()
    {
        // Places 10 and 11 have the same score (growth weighs nothing); revenue growth, the first tie-break, puts 500113 ahead.
        var codes = new[] { 500101, 500102, 500103, 500104, 500106, 500107, 500108, 500109, 500110 };
        var rows = codes.Select((c, i) => new DistrictStatistics(c, 2025, 20 - i, 0, 0m)).ToList();
        rows.Add(new DistrictStatistics(500111, 2025, 1, 0, 0m));
        rows.Add(new DistrictStatistics(500113, 2025, 1, 0, 0.05m));
        rows.Add(new DistrictStatistics(500114, 2025, 0, 0, 0m));
        var weights = PolicyParameters.Default.With(b => b.Measure6 = b.Measure6 with { WeightRevenueGrowth = 0m });

        var ranking = new PolicyEngine(weights).RankDistricts(2025, rows);

        ranking.Entries[9].DistrictCode.Should().Be(500113);
        ranking.Entries[10].DistrictCode.Should().Be(500111);
        ranking.Entries[10].Outcome.Should().Be(Outcome.Ineligible, "the tie is broken, so there is nothing to review");
        var step = ranking.Entries[10].Trace.Single(s => s.Code == TraceCode.ScoreToNextBand);
        step.Result.Number.Should().Be(0m);
        DecisionText.Render(step, Language.English).Should().Be("[(6)] To enter the first 10: the score equals that of the district ranked 10 (0.0250), which is ahead on the tie-break");
    }

    private static decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
