using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using static ChongqingServicePolicy.Tests.Measures.DecisionChecks;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// （七） in four parts: 7a first-time Top 500 (up to 5,000,000 to the district), 7b association reward (amount
/// not fixed: review), 7c spin-off with revenue of 20,000,000 or more (up to 1,000,000), 7d non-monetary.
/// </summary>
public sealed class Measure07Tests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    // 7a

    [Fact]
    public void Evaluate7a_FirstTimeProducerService_EligibleCap()
    {
        var decision = Engine.Evaluate(Records.Measure7a());

        decision.ShouldBe(Outcome.Eligible, 5_000_000m, 5_000_000m, ReasonCode.CapApplied);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure7a, RecordField.ProducerService, true),
            FlagStep(PolicyClause.Measure7a, RecordField.FirstTimeTop500, true),
            new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure7a, RecordField.Record, true, true, TraceValue.Yuan(5_000_000m)),
            RoundingStep(5_000_000m, 5_000_000m));
    }

    [Fact]
    public void Evaluate7a_NotFirstTime_IneligibleNotFirstTimeTop500()
    {
        var decision = Engine.Evaluate(Records.Measure7a(firstTime: false));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotFirstTimeTop500);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure7a, RecordField.ProducerService, true),
            FlagStep(PolicyClause.Measure7a, RecordField.FirstTimeTop500, false));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Evaluate7a_NotProducerService_IneligibleNotProducerService(bool firstTime)
    {
        var decision = Engine.Evaluate(Records.Measure7a(producerService: false, firstTime: firstTime));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotProducerService);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure7a, RecordField.ProducerService, false));
    }

    [Fact]
    public void Evaluate7a_BothFlagsMissing_InvalidListingBoth()
    {
        var decision = Engine.Evaluate(Records.Measure7a() with { ProducerService = null, FirstTimeTop500 = null });

        decision.ShouldBeInvalid(
            new Problem(RecordField.ProducerService, null, ProblemCode.Required),
            new Problem(RecordField.FirstTimeTop500, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate7a_Override_InvalidOverrideNotPermitted()
    {
        var decision = Engine.Evaluate(Records.Measure7a() with { OverrideAmountYuan = 6_000_000m, OverrideApprovalRef = "渝府〔2025〕12号" });

        decision.ShouldBeInvalid(new Problem(RecordField.OverrideAmountYuan, "6000000", ProblemCode.OverrideNotPermitted, "1"));
    }

    // 7b

    [Fact]
    public void Evaluate7b_AnyValidRecord_NeedsReviewAmountNotFixed()
    {
        var decision = Engine.Evaluate(Records.Common(MeasureId.Measure7b));

        decision.ShouldBe(Outcome.NeedsReview, 0m, 0m, ReasonCode.AmountNotFixed);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            new TraceStep(TraceCode.AmountNotFixed, PolicyClause.Measure7b, RecordField.Record, true, false, default));
    }

    [Fact]
    public void Evaluate7b_WithoutCreditCode_InvalidRequired()
    {
        var decision = Engine.Evaluate(Records.Common(MeasureId.Measure7b) with { CreditCode = null });

        decision.ShouldBeInvalid(new Problem(RecordField.CreditCode, null, ProblemCode.Required));
    }

    // 7c

    /// <summary>revenue, outcome, award, reason.</summary>
    public static TheoryData<decimal, Outcome, decimal, ReasonCode> SpinOffRevenue => new()
    {
        { 0m, Outcome.Ineligible, 0m, ReasonCode.BelowThreshold },
        { 19_999_999.99m, Outcome.Ineligible, 0m, ReasonCode.BelowThreshold },
        { 20_000_000m, Outcome.Eligible, 1_000_000m, ReasonCode.CapApplied },
        { 20_000_000.01m, Outcome.Eligible, 1_000_000m, ReasonCode.CapApplied },
        { 500_000_000m, Outcome.Eligible, 1_000_000m, ReasonCode.CapApplied },
    };

    [Theory]
    [MemberData(nameof(SpinOffRevenue))]
    public void Evaluate7c_RevenueAroundThreshold_ReachedIsInclusive(decimal revenue, Outcome outcome, decimal award, ReasonCode reason)
    {
        var decision = Engine.Evaluate(Records.Measure7c(revenue));

        decision.ShouldBe(outcome, award, award, reason);
        decision.Single(TraceCode.ThresholdReached).Should().Be(
            new TraceStep(TraceCode.ThresholdReached, PolicyClause.Measure7c, RecordField.AnnualRevenueYuan, outcome == Outcome.Eligible, false, TraceValue.Yuan(revenue), TraceValue.Yuan(20_000_000m)));
    }

    [Fact]
    public void Evaluate7c_RevenueExactlyAtThreshold_FullTrace()
    {
        var decision = Engine.Evaluate(Records.Measure7c(20_000_000m));

        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure7c, RecordField.ProducerService, true),
            FlagStep(PolicyClause.Measure7c, RecordField.SpunOffFromManufacturer, true),
            new TraceStep(TraceCode.ThresholdReached, PolicyClause.Measure7c, RecordField.AnnualRevenueYuan, true, false, TraceValue.Yuan(20_000_000m), TraceValue.Yuan(20_000_000m)),
            new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure7c, RecordField.Record, true, true, TraceValue.Yuan(1_000_000m)),
            RoundingStep(1_000_000m, 1_000_000m));
    }

    [Fact]
    public void Evaluate7c_NotSpunOff_IneligibleNotSpunOff()
    {
        var decision = Engine.Evaluate(Records.Measure7c(25_000_000m, spunOff: false));

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotSpunOff);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure7c, RecordField.ProducerService, true),
            FlagStep(PolicyClause.Measure7c, RecordField.SpunOffFromManufacturer, false));
    }

    [Fact]
    public void Evaluate7c_NotProducerService_IneligibleNotProducerService()
    {
        var decision = Engine.Evaluate(Records.Measure7c() with { ProducerService = false });

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotProducerService);
    }

    [Fact]
    public void Evaluate7c_AllFactsMissing_InvalidListingEveryField()
    {
        var record = Records.Measure7c() with { ProducerService = null, SpunOffFromManufacturer = null, AnnualRevenueYuan = null };

        var decision = Engine.Evaluate(record);

        decision.ShouldBeInvalid(
            new Problem(RecordField.ProducerService, null, ProblemCode.Required),
            new Problem(RecordField.SpunOffFromManufacturer, null, ProblemCode.Required),
            new Problem(RecordField.AnnualRevenueYuan, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate7c_NegativeRevenue_InvalidMustNotBeNegative()
    {
        var decision = Engine.Evaluate(Records.Measure7c(-0.01m));

        decision.ShouldBeInvalid(new Problem(RecordField.AnnualRevenueYuan, "-0.01", ProblemCode.MustNotBeNegative));
    }

    // 7d

    [Theory]
    [InlineData(null)]
    [InlineData(true)]
    public void Evaluate7d_ValidRecord_NonMonetary(bool? producerService)
    {
        var decision = Engine.Evaluate(Records.Common(MeasureId.Measure7d) with { ProducerService = producerService });

        decision.ShouldBe(Outcome.NonMonetary, 0m, 0m, ReasonCode.NonMonetarySupport);
        decision.Single(TraceCode.NonMonetarySupport).Should().Be(
            new TraceStep(TraceCode.NonMonetarySupport, PolicyClause.Measure7d, RecordField.Record, true, false, default));
    }

    [Fact]
    public void Evaluate7d_NotProducerService_IneligibleNotProducerService()
    {
        var decision = Engine.Evaluate(Records.Common(MeasureId.Measure7d) with { ProducerService = false });

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotProducerService);
    }

    // Validity, for each part

    /// <summary>measure, outcome, award and reason of its valid record.</summary>
    private static readonly (MeasureId Measure, Outcome Outcome, decimal Award, ReasonCode Reason)[] Parts =
    [
        (MeasureId.Measure7a, Outcome.Eligible, 5_000_000m, ReasonCode.CapApplied),
        (MeasureId.Measure7b, Outcome.NeedsReview, 0m, ReasonCode.AmountNotFixed),
        (MeasureId.Measure7c, Outcome.Eligible, 1_000_000m, ReasonCode.CapApplied),
        (MeasureId.Measure7d, Outcome.NonMonetary, 0m, ReasonCode.NonMonetarySupport),
    ];

    /// <summary>measure, year, month, day, outcome, award, reason.</summary>
    public static TheoryData<MeasureId, int, int, int, Outcome, decimal, ReasonCode> ValidDays
    {
        get
        {
            var data = new TheoryData<MeasureId, int, int, int, Outcome, decimal, ReasonCode>();
            foreach (var part in Parts)
            {
                data.Add(part.Measure, 2024, 11, 19, part.Outcome, part.Award, part.Reason);
                data.Add(part.Measure, 2027, 12, 31, part.Outcome, part.Award, part.Reason);
            }

            return data;
        }
    }

    /// <summary>measure, year, month, day.</summary>
    public static TheoryData<MeasureId, int, int, int> DaysOutside
    {
        get
        {
            var data = new TheoryData<MeasureId, int, int, int>();
            foreach (var part in Parts)
            {
                data.Add(part.Measure, 2024, 11, 18);
                data.Add(part.Measure, 2028, 1, 1);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ValidDays))]
    public void Evaluate_FirstAndLastValidDay_Decided(MeasureId measure, int year, int month, int day, Outcome outcome, decimal award, ReasonCode reason)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.ValidFor(measure) with { ApplicationDate = date });

        decision.ShouldBe(outcome, award, outcome == Outcome.Eligible ? award : 0m, reason);
        decision.Trace[0].Should().Be(ValidityStep(date, true));
    }

    [Theory]
    [MemberData(nameof(DaysOutside))]
    public void Evaluate_DayBeforeOrAfterValidity_NotApplicableOutsideValidity(MeasureId measure, int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.ValidFor(measure) with { ApplicationDate = date });

        decision.ShouldBeOutsideValidity(date);
    }
}
