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
/// （二） Public service platform subsidy: investment strictly above 5,000,000 in one of eight fields;
/// award = min(20% × investment, 5,000,000), rounded down to the fen.
/// </summary>
public sealed class Measure02Tests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    /// <summary>investment, outcome, award, reason.</summary>
    public static TheoryData<decimal, Outcome, decimal, ReasonCode> Boundaries => new()
    {
        // "超过500万元": strictly above the threshold.
        { 0m, Outcome.Ineligible, 0m, ReasonCode.BelowThreshold },
        { 4_999_999.99m, Outcome.Ineligible, 0m, ReasonCode.BelowThreshold },
        { 5_000_000m, Outcome.Ineligible, 0m, ReasonCode.BelowThreshold },
        { 5_000_000.01m, Outcome.Eligible, 1_000_000m, ReasonCode.RateApplied },
        { 5_000_000.04m, Outcome.Eligible, 1_000_000m, ReasonCode.RateApplied },
        { 5_000_000.05m, Outcome.Eligible, 1_000_000.01m, ReasonCode.RateApplied },

        // The 5,000,000 cap is reached at 25,000,000.
        { 10_000_000m, Outcome.Eligible, 2_000_000m, ReasonCode.RateApplied },
        { 24_999_999.99m, Outcome.Eligible, 4_999_999.99m, ReasonCode.RateApplied },
        { 25_000_000m, Outcome.Eligible, 5_000_000m, ReasonCode.CapApplied },
        { 25_000_000.01m, Outcome.Eligible, 5_000_000m, ReasonCode.CapApplied },
        { 1_000_000_000m, Outcome.Eligible, 5_000_000m, ReasonCode.CapApplied },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Evaluate_InvestmentAroundThresholdAndCap_ExpectedAward(decimal investment, Outcome outcome, decimal award, ReasonCode reason)
    {
        var decision = Engine.Evaluate(Records.Measure2(investment));

        decision.ShouldBe(outcome, award, award, reason);
        decision.Single(TraceCode.ThresholdExceeded).Should().Be(
            new TraceStep(TraceCode.ThresholdExceeded, PolicyClause.Measure2, RecordField.ApprovedInvestmentYuan, outcome == Outcome.Eligible, false, TraceValue.Yuan(investment), TraceValue.Yuan(5_000_000m)));
    }

    [Fact]
    public void Evaluate_OneFenAboveThreshold_TraceShowsRateBindingAndRoundingToFen()
    {
        var decision = Engine.Evaluate(Records.Measure2(5_000_000.01m));

        decision.ShouldBe(Outcome.Eligible, 1_000_000m, 1_000_000m, ReasonCode.RateApplied);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            new TraceStep(TraceCode.FieldListed, PolicyClause.Measure2, RecordField.PlatformField, true, false, TraceValue.Of((byte)PlatformField.SupplyChainManagement, ValueUnit.PlatformField)),
            new TraceStep(TraceCode.ThresholdExceeded, PolicyClause.Measure2, RecordField.ApprovedInvestmentYuan, true, false, TraceValue.Yuan(5_000_000.01m), TraceValue.Yuan(5_000_000m)),
            new TraceStep(TraceCode.ShareOfBase, PolicyClause.Measure2, RecordField.ApprovedInvestmentYuan, true, true, TraceValue.Rate(0.20m), TraceValue.Yuan(5_000_000.01m), TraceValue.Yuan(1_000_000.002m)),
            new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure2, RecordField.Record, true, false, TraceValue.Yuan(5_000_000m), TraceValue.Yuan(25_000_000m), TraceValue.Yuan(19_999_999.99m)),
            RoundingStep(1_000_000.002m, 1_000_000m));
    }

    [Fact]
    public void Evaluate_InvestmentExactlyAtCapBase_CapStepIsBinding()
    {
        var decision = Engine.Evaluate(Records.Measure2(25_000_000m));

        decision.ShouldBe(Outcome.Eligible, 5_000_000m, 5_000_000m, ReasonCode.CapApplied);
        decision.Single(TraceCode.ShareOfBase).IsBinding.Should().BeFalse();
        decision.Single(TraceCode.AbsoluteCap).Should().Be(
            new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure2, RecordField.Record, true, true, TraceValue.Yuan(5_000_000m), TraceValue.Yuan(25_000_000m), TraceValue.Yuan(0m)));
    }

    [Theory]
    [InlineData(PlatformField.CommonTechnologyRnd)]
    [InlineData(PlatformField.AchievementTransformation)]
    [InlineData(PlatformField.PilotScaleMaturation)]
    [InlineData(PlatformField.IndustrialDesign)]
    [InlineData(PlatformField.SupplyChainManagement)]
    [InlineData(PlatformField.IpOperation)]
    [InlineData(PlatformField.BrandMarketing)]
    [InlineData(PlatformField.TestingCertification)]
    public void Evaluate_EachListedField_Eligible(PlatformField field)
    {
        var decision = Engine.Evaluate(Records.Measure2(10_000_000m, field));

        decision.ShouldBe(Outcome.Eligible, 2_000_000m, 2_000_000m, ReasonCode.RateApplied);
        decision.Single(TraceCode.FieldListed).Should().Be(
            new TraceStep(TraceCode.FieldListed, PolicyClause.Measure2, RecordField.PlatformField, true, false, TraceValue.Of((byte)field, ValueUnit.PlatformField)));
    }

    /// <summary>investment, award the reviewer could grant.</summary>
    public static TheoryData<decimal, decimal> OtherFieldCeilings => new()
    {
        { 5_000_000.01m, 1_000_000m },
        { 10_000_000m, 2_000_000m },
        { 25_000_000.01m, 5_000_000m },
    };

    [Theory]
    [MemberData(nameof(OtherFieldCeilings))]
    public void Evaluate_OtherField_NeedsReviewWithCeilingAndNothingPayable(decimal investment, decimal ceiling)
    {
        var decision = Engine.Evaluate(Records.Measure2(investment, PlatformField.Other));

        decision.ShouldBe(Outcome.NeedsReview, ceiling, 0m, ReasonCode.FieldNeedsReview);
        decision.Single(TraceCode.FieldListed).Passed.Should().BeFalse();
        decision.Single(TraceCode.Rounding).Result.Should().Be(TraceValue.Yuan(ceiling));
    }

    [Fact]
    public void Evaluate_OtherFieldAtThreshold_IneligibleBelowThreshold()
    {
        var decision = Engine.Evaluate(Records.Measure2(5_000_000m, PlatformField.Other));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.BelowThreshold);
    }

    [Fact]
    public void Evaluate_OtherFieldWhenUnlistedFieldsNotReviewed_IneligibleFieldNotListed()
    {
        var parameters = PolicyParameters.Default.With(b => b.Measure2 = b.Measure2 with { UnlistedFieldsNeedReview = false });
        var engine = new PolicyEngine(parameters, new FakeClock(Instant.FromUtc(2025, 6, 1, 4, 0)));

        var decision = engine.Evaluate(Records.Measure2(10_000_000m, PlatformField.Other));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.FieldNotListed);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            new TraceStep(TraceCode.FieldListed, PolicyClause.Measure2, RecordField.PlatformField, false, false, TraceValue.Of((byte)PlatformField.Other, ValueUnit.PlatformField)));
    }

    [Fact]
    public void Evaluate_ListedFieldWhenUnlistedFieldsNotReviewed_StillEligible()
    {
        var parameters = PolicyParameters.Default.With(b => b.Measure2 = b.Measure2 with { UnlistedFieldsNeedReview = false });
        var engine = new PolicyEngine(parameters, new FakeClock(Instant.FromUtc(2025, 6, 1, 4, 0)));

        var decision = engine.Evaluate(Records.Measure2(10_000_000m, PlatformField.IndustrialDesign));

        decision.ShouldBe(Outcome.Eligible, 2_000_000m, 2_000_000m, ReasonCode.RateApplied);
    }

    [Fact]
    public void Evaluate_FieldMissing_InvalidRequired()
    {
        var decision = Engine.Evaluate(Records.Measure2() with { PlatformField = null });

        decision.ShouldBeInvalid(new Problem(RecordField.PlatformField, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate_FieldAndInvestmentMissing_InvalidListingBoth()
    {
        var decision = Engine.Evaluate(Records.Measure2() with { PlatformField = null, ApprovedInvestmentYuan = null });

        decision.ShouldBeInvalid(
            new Problem(RecordField.PlatformField, null, ProblemCode.Required),
            new Problem(RecordField.ApprovedInvestmentYuan, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate_UndefinedFieldValue_InvalidUndefinedValue()
    {
        var decision = Engine.Evaluate(Records.Measure2(10_000_000m, (PlatformField)42));

        decision.ShouldBeInvalid(new Problem(RecordField.PlatformField, "42", ProblemCode.UndefinedValue));
    }

    [Fact]
    public void Evaluate_NegativeInvestment_InvalidMustNotBeNegative()
    {
        var decision = Engine.Evaluate(Records.Measure2(-0.01m));

        decision.ShouldBeInvalid(new Problem(RecordField.ApprovedInvestmentYuan, "-0.01", ProblemCode.MustNotBeNegative));
    }

    [Fact]
    public void Evaluate_OverrideWithApproval_InvalidOverrideNotPermitted()
    {
        var record = Records.Measure2() with { OverrideAmountYuan = 3_000_000m, OverrideApprovalRef = "渝府〔2025〕12号" };

        var decision = Engine.Evaluate(record);

        decision.ShouldBeInvalid(new Problem(RecordField.OverrideAmountYuan, "3000000", ProblemCode.OverrideNotPermitted, "1"));
    }

    [Fact]
    public void Evaluate_OverrideWithoutApproval_InvalidListingBothProblems()
    {
        var record = Records.Measure2() with { OverrideAmountYuan = 3_000_000m };

        var decision = Engine.Evaluate(record);

        decision.ShouldBeInvalid(
            new Problem(RecordField.OverrideAmountYuan, "3000000", ProblemCode.OverrideNotPermitted, "1"),
            new Problem(RecordField.OverrideApprovalRef, null, ProblemCode.OverrideWithoutApproval));
    }

    [Theory]
    [InlineData(2024, 11, 19)]
    [InlineData(2027, 12, 31)]
    public void Evaluate_FirstAndLastValidDay_Eligible(int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.Measure2() with { ApplicationDate = date });

        decision.ShouldBe(Outcome.Eligible, 2_000_000m, 2_000_000m, ReasonCode.RateApplied);
        decision.Trace[0].Should().Be(ValidityStep(date, true));
    }

    [Theory]
    [InlineData(2024, 11, 18)]
    [InlineData(2028, 1, 1)]
    public void Evaluate_DayBeforeOrAfterValidity_NotApplicableOutsideValidity(int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.Measure2() with { ApplicationDate = date });

        decision.ShouldBeOutsideValidity(date);
    }
}
