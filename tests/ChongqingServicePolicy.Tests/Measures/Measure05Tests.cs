using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using static ChongqingServicePolicy.Tests.Measures.DecisionChecks;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// （五） Star-rated building award: tier 1 → 1,000,000, tier 2 → 500,000; without a tier, revenue growth
/// ≥ 20% gives tier 1, ≥ 10% tier 2, below that ineligible.
/// </summary>
public sealed class Measure05Tests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    /// <summary>tier, award.</summary>
    public static TheoryData<int, decimal> GivenTiers => new()
    {
        { 1, 1_000_000m },
        { 2, 500_000m },
    };

    [Theory]
    [MemberData(nameof(GivenTiers))]
    public void Evaluate_TierGiven_FixedTierAward(int tier, decimal award)
    {
        // The record's growth (25%) is ignored when the tier is given.
        var decision = Engine.Evaluate(Records.Measure5(tier: tier, growth: 0.25m));

        decision.ShouldBe(Outcome.Eligible, award, award, ReasonCode.TierAward);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure5, RecordField.BuildingStarRated, true),
            new TraceStep(TraceCode.TierAward, PolicyClause.Measure5, RecordField.BuildingTier, true, true, TraceValue.Of(tier, ValueUnit.Tier), default, TraceValue.Yuan(award)),
            tier == 1
                ? new TraceStep(TraceCode.TopTier, PolicyClause.Measure5, RecordField.BuildingTier, true, false, TraceValue.Of(1, ValueUnit.Tier))
                : new TraceStep(TraceCode.NextTier, PolicyClause.Measure5, RecordField.BuildingTier, true, false, TraceValue.Of(2, ValueUnit.Tier), TraceValue.Of(1, ValueUnit.Tier), TraceValue.Yuan(1_000_000m)),
            RoundingStep(award, award));
    }

    [Fact]
    public void Evaluate_TierGivenWithoutGrowth_FixedTierAward()
    {
        var decision = Engine.Evaluate(Records.Measure5(tier: 2, growth: null));

        decision.ShouldBe(Outcome.Eligible, 500_000m, 500_000m, ReasonCode.TierAward);
        decision.Trace.Should().NotContain(s => s.Code == TraceCode.TierFromGrowth);
    }

    /// <summary>growth, derived tier, threshold shown, award.</summary>
    public static TheoryData<decimal, int, decimal, decimal> GrowthTiers => new()
    {
        { 3.5m, 1, 0.20m, 1_000_000m },
        { 0.2001m, 1, 0.20m, 1_000_000m },
        { 0.20m, 1, 0.20m, 1_000_000m },
        { 0.1999m, 2, 0.10m, 500_000m },
        { 0.1001m, 2, 0.10m, 500_000m },
        { 0.10m, 2, 0.10m, 500_000m },
    };

    [Theory]
    [MemberData(nameof(GrowthTiers))]
    public void Evaluate_NoTierGrowthAtOrAboveThreshold_TierDerivedFromGrowth(decimal growth, int tier, decimal threshold, decimal award)
    {
        var decision = Engine.Evaluate(Records.Measure5(tier: null, growth: growth));

        decision.ShouldBe(Outcome.Eligible, award, award, ReasonCode.TierAward);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure5, RecordField.BuildingStarRated, true),
            new TraceStep(TraceCode.TierFromGrowth, PolicyClause.Measure5, RecordField.RevenueGrowthRate, true, false, TraceValue.Rate(growth), TraceValue.Rate(threshold), TraceValue.Of(tier, ValueUnit.Tier)),
            new TraceStep(TraceCode.TierAward, PolicyClause.Measure5, RecordField.BuildingTier, true, true, TraceValue.Of(tier, ValueUnit.Tier), default, TraceValue.Yuan(award)),
            tier == 1
                ? new TraceStep(TraceCode.TopTier, PolicyClause.Measure5, RecordField.RevenueGrowthRate, true, false, TraceValue.Of(1, ValueUnit.Tier))
                : new TraceStep(TraceCode.NextTierFrom, PolicyClause.Measure5, RecordField.RevenueGrowthRate, false, false, TraceValue.Rate(growth), TraceValue.Rate(0.20m), TraceValue.Rate(0.20m - growth)),
            RoundingStep(award, award));
    }

    [Theory]
    [InlineData("0.0999")]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("-1")]
    public void Evaluate_NoTierGrowthBelowTenPercent_IneligibleGrowthBelowTier(string text)
    {
        var growth = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var decision = Engine.Evaluate(Records.Measure5(tier: null, growth: growth));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.GrowthBelowTier);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure5, RecordField.BuildingStarRated, true),
            new TraceStep(TraceCode.TierFromGrowth, PolicyClause.Measure5, RecordField.RevenueGrowthRate, false, false, TraceValue.Rate(growth), TraceValue.Rate(0.10m), TraceValue.Of(0, ValueUnit.Tier)),
            new TraceStep(TraceCode.EligibleFrom, PolicyClause.Measure5, RecordField.RevenueGrowthRate, false, false, TraceValue.Rate(growth), TraceValue.Rate(0.10m), TraceValue.Rate(0.10m - growth)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public void Evaluate_NotStarRated_IneligibleNotStarRated(int? tier)
    {
        var decision = Engine.Evaluate(Records.Measure5(starRated: false, tier: tier, growth: 0.25m));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotStarRated);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure5, RecordField.BuildingStarRated, false));
    }

    [Fact]
    public void Evaluate_NotStarRatedWithNeitherTierNorGrowth_IneligibleNotInvalid()
    {
        var decision = Engine.Evaluate(Records.Measure5(starRated: false, tier: null, growth: null));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotStarRated);
    }

    [Fact]
    public void Evaluate_StarRatedWithNeitherTierNorGrowth_InvalidTierRequired()
    {
        var decision = Engine.Evaluate(Records.Measure5(starRated: true, tier: null, growth: null));

        decision.ShouldBeInvalid(new Problem(RecordField.BuildingTier, null, ProblemCode.Required, "revenue_growth_rate"));
    }

    [Fact]
    public void Evaluate_StarRatedMissing_InvalidRequired()
    {
        var decision = Engine.Evaluate(Records.Measure5() with { BuildingStarRated = null });

        decision.ShouldBeInvalid(new Problem(RecordField.BuildingStarRated, null, ProblemCode.Required));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Evaluate_TierOutOfTable_InvalidTierOutOfRange(int tier)
    {
        var decision = Engine.Evaluate(Records.Measure5(tier: tier));

        decision.ShouldBeInvalid(new Problem(RecordField.BuildingTier, tier.ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemCode.TierOutOfRange, "1–2"));
    }

    [Fact]
    public void Evaluate_GrowthOneBasisPointBelowMinusOneHundredPercent_Invalid()
    {
        var decision = Engine.Evaluate(Records.Measure5(tier: null, growth: -1.0001m));

        decision.ShouldBeInvalid(new Problem(RecordField.RevenueGrowthRate, "-1.0001", ProblemCode.GrowthBelowMinusOneHundredPercent));
    }

    [Fact]
    public void Evaluate_TierGivenAndGrowthBelowMinusOneHundredPercent_Invalid()
    {
        var decision = Engine.Evaluate(Records.Measure5(tier: 1, growth: -2m));

        decision.ShouldBeInvalid(new Problem(RecordField.RevenueGrowthRate, "-2", ProblemCode.GrowthBelowMinusOneHundredPercent));
    }

    [Theory]
    [InlineData(2024, 11, 19)]
    [InlineData(2027, 12, 31)]
    public void Evaluate_FirstAndLastValidDay_Eligible(int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.Measure5(tier: 1) with { ApplicationDate = date });

        decision.ShouldBe(Outcome.Eligible, 1_000_000m, 1_000_000m, ReasonCode.TierAward);
        decision.Trace[0].Should().Be(ValidityStep(date, true));
    }

    [Theory]
    [InlineData(2024, 11, 18)]
    [InlineData(2028, 1, 1)]
    public void Evaluate_DayBeforeOrAfterValidity_NotApplicableOutsideValidity(int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.Measure5(tier: 1) with { ApplicationDate = date });

        decision.ShouldBeOutsideValidity(date);
    }
}
