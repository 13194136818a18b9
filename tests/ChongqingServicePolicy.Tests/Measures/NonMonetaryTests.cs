using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using static ChongqingServicePolicy.Tests.Measures.DecisionChecks;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// The non-monetary measures （四）, 7d, （八）–（十二）, （十四）–（十六）: a valid record gets
/// <see cref="Outcome.NonMonetary"/>, naming the support channels and the lead unit.
/// </summary>
public sealed class NonMonetaryTests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    private static readonly MeasureId[] NonMonetaryMeasures =
    [
        MeasureId.Measure4, MeasureId.Measure7d, MeasureId.Measure8, MeasureId.Measure9, MeasureId.Measure10,
        MeasureId.Measure11, MeasureId.Measure12, MeasureId.Measure14, MeasureId.Measure15, MeasureId.Measure16,
    ];

    /// <summary>Measures whose record stating producer_service false is ineligible.</summary>
    public static TheoryData<MeasureId> ProducerServiceMeasures => new(
        MeasureId.Measure7d, MeasureId.Measure8, MeasureId.Measure9, MeasureId.Measure10, MeasureId.Measure11,
        MeasureId.Measure12, MeasureId.Measure14, MeasureId.Measure15);

    public static TheoryData<MeasureId> Measures => new(NonMonetaryMeasures);

    /// <summary>measure, year, month, day.</summary>
    public static TheoryData<MeasureId, int, int, int> ValidDays => Dates((2024, 11, 19), (2027, 12, 31));

    /// <summary>measure, year, month, day.</summary>
    public static TheoryData<MeasureId, int, int, int> DaysOutside => Dates((2024, 11, 18), (2028, 1, 1));

    [Theory]
    [MemberData(nameof(Measures))]
    public void Evaluate_ValidRecord_NonMonetaryWithSupportStep(MeasureId measure)
    {
        var decision = Engine.Evaluate(Records.ValidFor(measure));

        decision.ShouldBe(Outcome.NonMonetary, 0m, 0m, ReasonCode.NonMonetarySupport);
        decision.Problems.Should().BeEmpty();
        decision.NonDuplication.Should().BeNull();
        decision.Trace[^1].Should().Be(SupportStep(measure));
        decision.Trace.Should().NotContain(s => s.Code == TraceCode.Rounding);
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void Explain_ValidRecord_NamesLeadUnitInBothLanguages(MeasureId measure)
    {
        var info = Engine.Catalogue.Get(measure);
        info.LeadUnitZh.Should().NotBeNullOrWhiteSpace();
        info.LeadUnitEn.Should().NotBeNullOrWhiteSpace();

        var decision = Engine.Evaluate(Records.ValidFor(measure));

        decision.Explain().Should().Contain(info.LeadUnitZh);
        decision.Explain(Language.English).Should().Contain(info.LeadUnitEn);
    }

    [Theory]
    [InlineData(MeasureId.Measure4, "市发展改革委")]
    [InlineData(MeasureId.Measure8, "市委金融办")]
    [InlineData(MeasureId.Measure9, "市委金融办")]
    [InlineData(MeasureId.Measure10, "市委金融办")]
    [InlineData(MeasureId.Measure11, "市人力社保局")]
    [InlineData(MeasureId.Measure12, "市人力社保局")]
    [InlineData(MeasureId.Measure14, "市发展改革委")]
    [InlineData(MeasureId.Measure16, "市规划自然资源局")]
    public void Explain_ValidRecord_NamesLeadUnitTheSpecGives(MeasureId measure, string leadUnit)
    {
        var decision = Engine.Evaluate(Records.ValidFor(measure));

        Engine.Catalogue.Get(measure).LeadUnitZh.Should().Contain(leadUnit);
        decision.Explain().Should().Contain(leadUnit);
    }

    [Fact]
    public void Evaluate_Measure4InCluster_FlagStepThenSupport()
    {
        var decision = Engine.Evaluate(Records.Common(MeasureId.Measure4) with { InCluster = true });

        decision.ShouldBe(Outcome.NonMonetary, 0m, 0m, ReasonCode.NonMonetarySupport);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure4, RecordField.InCluster, true),
            SupportStep(MeasureId.Measure4));
    }

    [Fact]
    public void Evaluate_Measure4NotInCluster_IneligibleNotInCluster()
    {
        var decision = Engine.Evaluate(Records.Common(MeasureId.Measure4) with { InCluster = false });

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotInCluster);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep(PolicyClause.Measure4, RecordField.InCluster, false));
    }

    [Fact]
    public void Evaluate_Measure4InClusterMissing_InvalidRequired()
    {
        var decision = Engine.Evaluate(Records.Common(MeasureId.Measure4));

        decision.ShouldBeInvalid(new Problem(RecordField.InCluster, null, ProblemCode.Required));
    }

    [Theory]
    [MemberData(nameof(ProducerServiceMeasures))]
    public void Evaluate_ProducerServiceFalse_IneligibleNotProducerService(MeasureId measure)
    {
        var decision = Engine.Evaluate(Records.ValidFor(measure) with { ProducerService = false });

        decision.ShouldBe(Outcome.Ineligible, 0m, 0m, ReasonCode.NotProducerService);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep((PolicyClause)(byte)measure, RecordField.ProducerService, false));
    }

    [Theory]
    [MemberData(nameof(ProducerServiceMeasures))]
    public void Evaluate_ProducerServiceTrue_FlagStepThenNonMonetary(MeasureId measure)
    {
        var decision = Engine.Evaluate(Records.ValidFor(measure) with { ProducerService = true });

        decision.ShouldBe(Outcome.NonMonetary, 0m, 0m, ReasonCode.NonMonetarySupport);
        decision.Trace.Should().Equal(
            ValidityStep(Records.Date, true),
            FlagStep((PolicyClause)(byte)measure, RecordField.ProducerService, true),
            SupportStep(measure));
    }

    [Theory]
    [MemberData(nameof(ProducerServiceMeasures))]
    public void Evaluate_ProducerServiceBlank_NonMonetaryWithoutFlagStep(MeasureId measure)
    {
        var decision = Engine.Evaluate(Records.ValidFor(measure) with { ProducerService = null });

        decision.ShouldBe(Outcome.NonMonetary, 0m, 0m, ReasonCode.NonMonetarySupport);
        decision.Trace.Should().Equal(ValidityStep(Records.Date, true), SupportStep(measure));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_Measure16ProducerServiceEitherWay_StaysNonMonetary(bool producerService)
    {
        var decision = Engine.Evaluate(Records.Common(MeasureId.Measure16) with { ProducerService = producerService });

        decision.ShouldBe(Outcome.NonMonetary, 0m, 0m, ReasonCode.NonMonetarySupport);
        decision.Trace.Should().Equal(ValidityStep(Records.Date, true), SupportStep(MeasureId.Measure16));
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void Evaluate_NoCreditCode_StillDecided(MeasureId measure)
    {
        var decision = Engine.Evaluate(Records.ValidFor(measure) with { CreditCode = null });

        decision.ShouldBe(Outcome.NonMonetary, 0m, 0m, ReasonCode.NonMonetarySupport);
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void Evaluate_Override_InvalidOverrideNotPermitted(MeasureId measure)
    {
        var decision = Engine.Evaluate(Records.ValidFor(measure) with { OverrideAmountYuan = 1m, OverrideApprovalRef = "渝府〔2025〕12号" });

        decision.ShouldBeInvalid(new Problem(RecordField.OverrideAmountYuan, "1", ProblemCode.OverrideNotPermitted, "1"));
    }

    [Theory]
    [MemberData(nameof(ValidDays))]
    public void Evaluate_FirstAndLastValidDay_NonMonetary(MeasureId measure, int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.ValidFor(measure) with { ApplicationDate = date });

        decision.ShouldBe(Outcome.NonMonetary, 0m, 0m, ReasonCode.NonMonetarySupport);
        decision.Trace[0].Should().Be(ValidityStep(date, true));
        decision.Trace[^1].Should().Be(SupportStep(measure));
    }

    [Theory]
    [MemberData(nameof(DaysOutside))]
    public void Evaluate_DayBeforeOrAfterValidity_NotApplicableOutsideValidity(MeasureId measure, int year, int month, int day)
    {
        var date = Day(year, month, day);

        var decision = Engine.Evaluate(Records.ValidFor(measure) with { ApplicationDate = date });

        decision.ShouldBeOutsideValidity(date);
    }

    private static TraceStep SupportStep(MeasureId measure) =>
        new(TraceCode.NonMonetarySupport, (PolicyClause)(byte)measure, RecordField.Record, true, false, default);

    private static TheoryData<MeasureId, int, int, int> Dates(params (int Year, int Month, int Day)[] days)
    {
        var data = new TheoryData<MeasureId, int, int, int>();
        foreach (var measure in NonMonetaryMeasures)
        {
            foreach (var (year, month, day) in days)
            {
                data.Add(measure, year, month, day);
            }
        }

        return data;
    }
}
