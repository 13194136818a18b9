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
/// （一） Project investment subsidy: award = min(10% × approved, 10% × total, 5,000,000), the cap raised to
/// 20,000,000 for an especially major project; rounded down to the fen; overridable ("原则上", X6).
/// </summary>
public sealed class Measure01Tests
{
    private const string ApprovalRef = "渝府〔2025〕12号";

    private static readonly PolicyEngine Engine = Records.Engine();

    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2025, 6, 1, 4, 0));

    /// <summary>approved, total, major, award, reason.</summary>
    public static TheoryData<decimal, decimal, bool?, decimal, ReasonCode> Ceilings => new()
    {
        // The rate binds below the 5,000,000 cap; one fen either side of the cap.
        { 30_000_000m, 80_000_000m, null, 3_000_000m, ReasonCode.RateApplied },
        { 49_999_999.99m, 80_000_000m, null, 4_999_999.99m, ReasonCode.RateApplied },
        { 50_000_000m, 80_000_000m, null, 5_000_000m, ReasonCode.CapApplied },
        { 50_000_000.01m, 80_000_000m, null, 5_000_000m, ReasonCode.CapApplied },
        { 50_000_000.01m, 80_000_000m, false, 5_000_000m, ReasonCode.CapApplied },

        // Approved equal to total: the 10%-of-total ratio is named (ties name the ratio before the rate).
        { 30_000_000m, 30_000_000m, null, 3_000_000m, ReasonCode.RatioCapApplied },
        { 49_999_999.99m, 49_999_999.99m, null, 4_999_999.99m, ReasonCode.RatioCapApplied },
        { 50_000_000m, 50_000_000m, null, 5_000_000m, ReasonCode.CapApplied },

        // An especially major project: the cap is 20,000,000, one fen either side.
        { 50_000_000.01m, 80_000_000m, true, 5_000_000m, ReasonCode.RateApplied },
        { 199_999_999.99m, 250_000_000m, true, 19_999_999.99m, ReasonCode.RateApplied },
        { 200_000_000m, 250_000_000m, true, 20_000_000m, ReasonCode.CapApplied },
        { 200_000_000.01m, 250_000_000m, true, 20_000_000m, ReasonCode.CapApplied },

        // The approval raises the cap only, not the 10% ratio of total investment.
        { 120_000_000m, 120_000_000m, true, 12_000_000m, ReasonCode.RatioCapApplied },

        // Approved investment just above zero: the ceiling 0.001 rounds down to 0.00.
        { 0.01m, 80_000_000m, null, 0m, ReasonCode.RateApplied },
        { 0.10m, 80_000_000m, null, 0.01m, ReasonCode.RateApplied },

        // Rounding goes down to the fen: 1,234,567.891 → 1,234,567.89 (not .891 rounded up).
        { 12_345_678.91m, 80_000_000m, null, 1_234_567.89m, ReasonCode.RateApplied },
        { 12_345_678.99m, 80_000_000m, null, 1_234_567.89m, ReasonCode.RateApplied },
    };

    [Theory]
    [MemberData(nameof(Ceilings))]
    public void Evaluate_Ceilings_AwardIsLowestLimitRoundedDownToFen(decimal approved, decimal total, bool? major, decimal award, ReasonCode reason)
    {
        var decision = Engine.Evaluate(Records.Measure1(approved, total, major));

        decision.ShouldBe(Outcome.Eligible, award, award, reason);
        decision.Problems.Should().BeEmpty();
        var shares = decision.All(TraceCode.ShareOfBase);
        shares.Should().HaveCount(2);
        shares[0].Result.Should().Be(TraceValue.Yuan(0.10m * approved));
        shares[1].Result.Should().Be(TraceValue.Yuan(0.10m * total));
        var rounding = decision.Single(TraceCode.Rounding);
        rounding.Result.Should().Be(TraceValue.Yuan(award));
        rounding.Right.Should().Be(TraceValue.Yuan(Fen));
    }

    [Fact]
    public void Evaluate_RateBinds_TraceNamesRateStepAsBinding()
    {
        var decision = Engine.Evaluate(Records.Measure1(30_000_000m, 80_000_000m));

        decision.ShouldBe(Outcome.Eligible, 3_000_000m, 3_000_000m, ReasonCode.RateApplied);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure1, RecordField.ProducerService, true),
            new TraceStep(TraceCode.AmountPositive, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, true, false, TraceValue.Yuan(30_000_000m)),
            new TraceStep(TraceCode.ShareOfBase, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, true, true, TraceValue.Rate(0.10m), TraceValue.Yuan(30_000_000m), TraceValue.Yuan(3_000_000m)),
            new TraceStep(TraceCode.ShareOfBase, PolicyClause.Measure1, RecordField.TotalInvestmentYuan, true, false, TraceValue.Rate(0.10m), TraceValue.Yuan(80_000_000m), TraceValue.Yuan(8_000_000m)),
            new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure1, RecordField.Record, true, false, TraceValue.Yuan(5_000_000m), TraceValue.Yuan(50_000_000m), TraceValue.Yuan(20_000_000m)),
            RoundingStep(3_000_000m, 3_000_000m));
    }

    [Fact]
    public void Evaluate_ApprovedEqualsTotal_RatioStepIsBinding()
    {
        var decision = Engine.Evaluate(Records.Measure1(40_000_000m, 40_000_000m));

        decision.ShouldBe(Outcome.Eligible, 4_000_000m, 4_000_000m, ReasonCode.RatioCapApplied);
        decision.All(TraceCode.ShareOfBase).Select(s => (s.Field, s.IsBinding)).Should().Equal(
            (RecordField.ApprovedInvestmentYuan, false),
            (RecordField.TotalInvestmentYuan, true));
        decision.Single(TraceCode.AbsoluteCap).IsBinding.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_RateParameterAboveRatio_RatioOfTotalBinds()
    {
        // With a 20% rate the 10%-of-total ratio binds strictly: min(0.2 × 8,000,000, 0.1 × 10,000,000.10, 5,000,000).
        var parameters = PolicyParameters.Default.With(b => b.Measure1 = b.Measure1 with { Rate = 0.20m });
        var engine = new PolicyEngine(parameters, Clock);

        var decision = engine.Evaluate(Records.Measure1(8_000_000m, 10_000_000.10m));

        decision.ShouldBe(Outcome.Eligible, 1_000_000.01m, 1_000_000.01m, ReasonCode.RatioCapApplied);
        decision.All(TraceCode.ShareOfBase).Should().Equal(
            new TraceStep(TraceCode.ShareOfBase, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, true, false, TraceValue.Rate(0.20m), TraceValue.Yuan(8_000_000m), TraceValue.Yuan(1_600_000m)),
            new TraceStep(TraceCode.ShareOfBase, PolicyClause.Measure1, RecordField.TotalInvestmentYuan, true, true, TraceValue.Rate(0.10m), TraceValue.Yuan(10_000_000.10m), TraceValue.Yuan(1_000_000.01m)));
    }

    [Fact]
    public void Evaluate_CapBinds_CapStepIsBindingAndRoundingKeepsCap()
    {
        var decision = Engine.Evaluate(Records.Measure1(60_000_000m, 80_000_000m));

        decision.ShouldBe(Outcome.Eligible, 5_000_000m, 5_000_000m, ReasonCode.CapApplied);
        decision.All(TraceCode.ShareOfBase).Should().OnlyContain(s => !s.IsBinding);
        decision.Single(TraceCode.AbsoluteCap).Should().Be(
            new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure1, RecordField.Record, true, true, TraceValue.Yuan(5_000_000m), TraceValue.Yuan(50_000_000m), TraceValue.Yuan(-10_000_000m)));
        decision.Trace.Should().NotContain(s => s.Code == TraceCode.MajorProjectCap);
        decision.Single(TraceCode.Rounding).Should().Be(RoundingStep(5_000_000m, 5_000_000m));
    }

    [Fact]
    public void Evaluate_MajorProjectApproved_CapStepIsMajorProjectCapOf20Million()
    {
        var decision = Engine.Evaluate(Records.Measure1(300_000_000m, 300_000_000m, major: true));

        decision.ShouldBe(Outcome.Eligible, 20_000_000m, 20_000_000m, ReasonCode.CapApplied);
        decision.Single(TraceCode.MajorProjectCap).Should().Be(
            new TraceStep(TraceCode.MajorProjectCap, PolicyClause.Measure1, RecordField.MajorProjectApproved, true, true, TraceValue.Yuan(20_000_000m), TraceValue.Yuan(200_000_000m), TraceValue.Yuan(-100_000_000m)));
        decision.Trace.Should().NotContain(s => s.Code == TraceCode.AbsoluteCap);
    }

    [Fact]
    public void Evaluate_ApprovedZero_IneligibleBelowThreshold()
    {
        var decision = Engine.Evaluate(Records.Measure1(0m, 80_000_000m));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.BelowThreshold);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure1, RecordField.ProducerService, true),
            new TraceStep(TraceCode.AmountPositive, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, false, false, TraceValue.Yuan(0m)),
            new TraceStep(TraceCode.EligibleFrom, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, false, false, TraceValue.Yuan(0m), TraceValue.Yuan(0.01m), TraceValue.Yuan(0.01m)));
    }

    [Fact]
    public void Evaluate_NotProducerService_IneligibleNotProducerService()
    {
        var decision = Engine.Evaluate(Records.Measure1() with { ProducerService = false });

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotProducerService);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure1, RecordField.ProducerService, false));
    }

    [Fact]
    public void Evaluate_ApprovedOneFenAboveTotal_InvalidExceedsTotalInvestment()
    {
        var decision = Engine.Evaluate(Records.Measure1(80_000_000.01m, 80_000_000m));

        decision.ShouldBeInvalid(new Problem(RecordField.ApprovedInvestmentYuan, "80000000.01", ProblemCode.ExceedsTotalInvestment, "80000000"));
    }

    [Fact]
    public void Evaluate_ApprovedEqualsTotal_NotInvalid()
    {
        var decision = Engine.Evaluate(Records.Measure1(80_000_000m, 80_000_000m));

        decision.ShouldBe(Outcome.Eligible, 5_000_000m, 5_000_000m, ReasonCode.CapApplied);
    }

    [Fact]
    public void Evaluate_AllFactsMissing_InvalidListingEveryMissingField()
    {
        var record = Records.Measure1() with { ProducerService = null, TotalInvestmentYuan = null, ApprovedInvestmentYuan = null };

        var decision = Engine.Evaluate(record);

        decision.ShouldBeInvalid(
            new Problem(RecordField.ProducerService, null, ProblemCode.Required),
            new Problem(RecordField.TotalInvestmentYuan, null, ProblemCode.Required),
            new Problem(RecordField.ApprovedInvestmentYuan, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate_TotalAndApprovedMissing_InvalidListingBoth()
    {
        var record = Records.Measure1() with { TotalInvestmentYuan = null, ApprovedInvestmentYuan = null };

        var decision = Engine.Evaluate(record);

        decision.ShouldBeInvalid(
            new Problem(RecordField.TotalInvestmentYuan, null, ProblemCode.Required),
            new Problem(RecordField.ApprovedInvestmentYuan, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate_ProducerServiceMissing_InvalidRequired()
    {
        var decision = Engine.Evaluate(Records.Measure1() with { ProducerService = null });

        decision.ShouldBeInvalid(new Problem(RecordField.ProducerService, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate_ApprovedOneFenNegative_InvalidMustNotBeNegative()
    {
        var decision = Engine.Evaluate(Records.Measure1(-0.01m, 80_000_000m));

        decision.ShouldBeInvalid(new Problem(RecordField.ApprovedInvestmentYuan, "-0.01", ProblemCode.MustNotBeNegative));
    }

    [Fact]
    public void Evaluate_BothAmountsNegative_InvalidListingBoth()
    {
        var decision = Engine.Evaluate(Records.Measure1(-0.02m, -0.01m));

        decision.ShouldBeInvalid(
            new Problem(RecordField.TotalInvestmentYuan, "-0.01", ProblemCode.MustNotBeNegative),
            new Problem(RecordField.ApprovedInvestmentYuan, "-0.02", ProblemCode.MustNotBeNegative));
    }

    [Fact]
    public void Evaluate_OverrideWithApproval_ReplacesCeilingWithOverrideApplied()
    {
        var record = Records.Measure1() with { OverrideAmountYuan = 6_000_000m, OverrideApprovalRef = ApprovalRef };

        var decision = Engine.Evaluate(record);

        decision.ShouldBe(Outcome.Eligible, 6_000_000m, 6_000_000m, ReasonCode.OverrideApplied);
        decision.Codes().Should().Equal(
            TraceCode.ValidityWindow, TraceCode.FlagRequired, TraceCode.AmountPositive, TraceCode.ShareOfBase,
            TraceCode.ShareOfBase, TraceCode.AbsoluteCap, TraceCode.OverrideApplied, TraceCode.Rounding);
        decision.Single(TraceCode.OverrideApplied).Should().Be(
            new TraceStep(TraceCode.OverrideApplied, PolicyClause.Discretion, RecordField.OverrideAmountYuan, true, true, TraceValue.Yuan(3_000_000m), TraceValue.Yuan(6_000_000m), default, ApprovalRef));
        decision.Single(TraceCode.Rounding).Should().Be(RoundingStep(6_000_000m, 6_000_000m));
    }

    [Fact]
    public void Evaluate_OverrideBelowCeiling_ReplacesCeilingDownward()
    {
        var record = Records.Measure1() with { OverrideAmountYuan = 2_999_999.99m, OverrideApprovalRef = ApprovalRef };

        var decision = Engine.Evaluate(record);

        decision.ShouldBe(Outcome.Eligible, 2_999_999.99m, 2_999_999.99m, ReasonCode.OverrideApplied);
    }

    [Fact]
    public void Evaluate_OverrideWithFractionOfFen_RoundedDownToFen()
    {
        var record = Records.Measure1() with { OverrideAmountYuan = 6_000_000.009m, OverrideApprovalRef = ApprovalRef };

        var decision = Engine.Evaluate(record);

        decision.ShouldBe(Outcome.Eligible, 6_000_000m, 6_000_000m, ReasonCode.OverrideApplied);
        decision.Single(TraceCode.Rounding).Should().Be(RoundingStep(6_000_000.009m, 6_000_000m));
    }

    [Fact]
    public void Evaluate_OverrideOnIneligibleRecord_NotAppliedAndStaysIneligible()
    {
        var record = Records.Measure1() with { ProducerService = false, OverrideAmountYuan = 6_000_000m, OverrideApprovalRef = ApprovalRef };

        var decision = Engine.Evaluate(record);

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotProducerService);
        decision.Single(TraceCode.OverrideApplied).Should().Be(
            new TraceStep(TraceCode.OverrideApplied, PolicyClause.Discretion, RecordField.OverrideAmountYuan, false, false, TraceValue.Yuan(0m), TraceValue.Yuan(6_000_000m), default, ApprovalRef));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Evaluate_OverrideWithoutApprovalRef_InvalidOverrideWithoutApproval(string? approvalRef)
    {
        var record = Records.Measure1() with { OverrideAmountYuan = 6_000_000m, OverrideApprovalRef = approvalRef };

        var decision = Engine.Evaluate(record);

        decision.ShouldBeInvalid(new Problem(RecordField.OverrideApprovalRef, approvalRef, ProblemCode.OverrideWithoutApproval));
    }

    [Fact]
    public void Evaluate_ApprovalRefWithoutAmount_InvalidApprovalWithoutOverride()
    {
        var record = Records.Measure1() with { OverrideApprovalRef = ApprovalRef };

        var decision = Engine.Evaluate(record);

        decision.ShouldBeInvalid(new Problem(RecordField.OverrideAmountYuan, null, ProblemCode.ApprovalWithoutOverride));
    }

    [Fact]
    public void Evaluate_NegativeOverride_InvalidMustNotBeNegative()
    {
        var record = Records.Measure1() with { OverrideAmountYuan = -0.01m, OverrideApprovalRef = ApprovalRef };

        var decision = Engine.Evaluate(record);

        decision.ShouldBeInvalid(new Problem(RecordField.OverrideAmountYuan, "-0.01", ProblemCode.MustNotBeNegative));
    }

    /// <summary>unit, approved, award.</summary>
    public static TheoryData<decimal, decimal, decimal> RoundingUnits => new()
    {
        { 0.01m, 12_345_678.91m, 1_234_567.89m },
        { 1m, 12_345_678.91m, 1_234_567m },
        { 1m, 12_345_679.99m, 1_234_567m },
        { 1m, 12_345_680m, 1_234_568m },
        { 100m, 12_345_678.91m, 1_234_500m },
        { 100m, 12_345_999.99m, 1_234_500m },
        { 100m, 12_346_000m, 1_234_600m },
        { 100m, 50_000_000m, 5_000_000m },
    };

    [Theory]
    [MemberData(nameof(RoundingUnits))]
    public void Evaluate_RoundingUnitParameter_RoundsDownToUnit(decimal unit, decimal approved, decimal award)
    {
        var parameters = PolicyParameters.Default.With(b => b.General = b.General with { RoundingUnitYuan = unit });
        var engine = new PolicyEngine(parameters, Clock);

        var decision = engine.Evaluate(Records.Measure1(approved, 80_000_000m));

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.AwardYuan.Should().Be(award);
        decision.PayableYuan.Should().Be(award);
        decision.Single(TraceCode.Rounding).Should().Be(RoundingStep(decimal.Min(0.10m * approved, 5_000_000m), award, unit));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(10)]
    public void With_RoundingUnitNotFenYuanOrHundred_Refused(double unit)
    {
        var act = () => PolicyParameters.Default.With(b => b.General = b.General with { RoundingUnitYuan = (decimal)unit });

        act.Should().Throw<PolicyParameterException>();
    }

    /// <summary>approved, award, reason under a cap of 8,000,000.</summary>
    public static TheoryData<decimal, decimal, ReasonCode> EightMillionCap => new()
    {
        { 79_999_999.99m, 7_999_999.99m, ReasonCode.RateApplied },
        { 80_000_000m, 8_000_000m, ReasonCode.CapApplied },
        { 80_000_000.01m, 8_000_000m, ReasonCode.CapApplied },
    };

    [Theory]
    [MemberData(nameof(EightMillionCap))]
    public void Evaluate_CapParameterFromJson_CapIsEightMillion(decimal approved, decimal award, ReasonCode reason)
    {
        var parameters = PolicyParameters.FromJson("""{ "measures": { "1": { "cap_yuan": 8000000 } } }""");
        var engine = new PolicyEngine(parameters, Clock);

        var decision = engine.Evaluate(Records.Measure1(approved, 100_000_000m));

        decision.ShouldBe(Outcome.Eligible, award, award, reason);
        decision.Single(TraceCode.AbsoluteCap).Left.Should().Be(TraceValue.Yuan(8_000_000m));
    }

    [Fact]
    public void Evaluate_CapParameterWithBuilder_CapIsEightMillion()
    {
        var parameters = PolicyParameters.Default.With(b => b.Measure1 = b.Measure1 with { CapYuan = 8_000_000m });
        var engine = new PolicyEngine(parameters, Clock);

        var decision = engine.Evaluate(Records.Measure1(90_000_000m, 100_000_000m));

        decision.ShouldBe(Outcome.Eligible, 8_000_000m, 8_000_000m, ReasonCode.CapApplied);
    }

    [Theory]
    [InlineData(2024, 11, 19)]
    [InlineData(2027, 12, 31)]
    public void Evaluate_FirstAndLastValidDay_Eligible(int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.Measure1() with { ApplicationDate = date });

        decision.ShouldBe(Outcome.Eligible, 3_000_000m, 3_000_000m, ReasonCode.RateApplied);
        decision.Trace[0].Should().Be(ValidityStep(date, true));
    }

    [Theory]
    [InlineData(2024, 11, 18)]
    [InlineData(2028, 1, 1)]
    public void Evaluate_DayBeforeOrAfterValidity_NotApplicableOutsideValidity(int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.Measure1() with { ApplicationDate = date });

        decision.ShouldBeOutsideValidity(date);
    }
}
