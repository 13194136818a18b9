using System.Text.RegularExpressions;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Contracts;

/// <summary>Contracts every rule keeps: X1 validity, determinism, award bounds, and renderable codes.</summary>
public sealed class RuleContractTests
{
    private static readonly Regex KebabCase = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private readonly PolicyEngine _engine = Records.Engine();

    /// <summary>Every measure with a rule that decides applications: all rules but measure （六）.</summary>
    public static TheoryData<MeasureId> DecidedByApplication() => new(ApplicationMeasures());

    /// <summary>Each such measure with a day just outside the policy's validity (X1).</summary>
    public static TheoryData<MeasureId, int, int, int> DecidedByApplicationOutsideValidity()
    {
        var data = new TheoryData<MeasureId, int, int, int>();
        foreach (var measure in ApplicationMeasures())
        {
            data.Add(measure, 2024, 11, 18);
            data.Add(measure, 2028, 1, 1);
        }

        return data;
    }

    [Fact]
    public void Rules_DefaultEngine_OneRulePerMeasureInClauseOrder()
    {
        _engine.Rules.Select(r => r.Measure).Should().Equal(MeasureIds.All);
        ApplicationMeasures().Should().HaveCount(18).And.NotContain(MeasureId.Measure6);
    }

    [Theory]
    [MemberData(nameof(DecidedByApplicationOutsideValidity))]
    public void Evaluate_OutsideValidity_NotApplicableOutsideValidity(MeasureId measure, int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        var decision = _engine.Evaluate(Records.ValidFor(measure) with { ApplicationDate = date });

        decision.Outcome.Should().Be(Outcome.NotApplicable);
        decision.Reason.Should().Be(ReasonCode.OutsideValidity);
        decision.AwardReason.Should().Be(ReasonCode.OutsideValidity);
        decision.AwardYuan.Should().Be(0m);
        decision.PayableYuan.Should().Be(0m);
        decision.Problems.Should().BeEmpty();
        decision.Date.Should().Be(date);
        var step = decision.Trace.Should().ContainSingle(s => s.Code == TraceCode.ValidityWindow).Subject;
        step.Passed.Should().BeFalse();
        step.Left.AsDate().Should().Be(date);
        step.Right.AsDate().Should().Be(Records.FirstValidDay);
        step.Result.AsDate().Should().Be(Records.LastValidDay);
        decision.Trace[^1].Code.Should().Be(TraceCode.ValidityWindow, "nothing is decided after X1 refuses the date");
    }

    [Theory]
    [MemberData(nameof(DecidedByApplication))]
    public void Evaluate_FirstAndLastValidDay_DecidedAsInsideValidity(MeasureId measure)
    {
        var inside = _engine.Evaluate(Records.ValidFor(measure));

        foreach (var date in new[] { Records.FirstValidDay, Records.LastValidDay })
        {
            var decision = _engine.Evaluate(Records.ValidFor(measure) with { ApplicationDate = date });

            decision.Outcome.Should().NotBe(Outcome.NotApplicable);
            decision.Outcome.Should().Be(inside.Outcome);
            decision.AwardYuan.Should().Be(inside.AwardYuan);
            decision.Reason.Should().Be(inside.Reason);
            decision.Trace.Should().ContainSingle(s => s.Code == TraceCode.ValidityWindow).Which.Passed.Should().BeTrue();
        }
    }

    [Theory]
    [MemberData(nameof(DecidedByApplication))]
    public void Evaluate_ValidRecord_OutcomeMatchesCatalogueKind(MeasureId measure)
    {
        var decision = _engine.Evaluate(Records.ValidFor(measure));

        var expected = _engine.Catalogue.Get(measure).Kind switch
        {
            MeasureKind.NonMonetary => Outcome.NonMonetary,
            MeasureKind.UnquantifiedAward => Outcome.NeedsReview,
            _ => Outcome.Eligible,
        };
        decision.Outcome.Should().Be(expected);
        decision.Problems.Should().BeEmpty();
        decision.Measure.Should().Be(measure);
        decision.ApplicationId.Should().Be("A-1");
        decision.SubjectId.Should().Be("A-1");
    }

    [Theory]
    [MemberData(nameof(DecidedByApplication))]
    public void Evaluate_SameRecordTwice_SameDecision(MeasureId measure)
    {
        var record = Records.ValidFor(measure);

        var first = _engine.Evaluate(record);
        var second = _engine.Evaluate(record);
        var fresh = Records.Engine().Evaluate(record);

        second.ShouldAgreeWith(first);
        fresh.ShouldAgreeWith(first);

        first.Trace.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(DecidedByApplication))]
    public void Evaluate_ValidRecord_AwardWithinKindCeiling(MeasureId measure)
    {
        var decision = _engine.Evaluate(Records.ValidFor(measure));

        decision.AwardYuan.Should().BeGreaterThanOrEqualTo(0m);
        decision.AwardYuan.Should().BeLessThanOrEqualTo(TextCeiling(measure));
        decision.PayableYuan.Should().BeLessThanOrEqualTo(decision.AwardYuan);
        decision.PayableYuan.Should().BeGreaterThanOrEqualTo(0m);
    }

    [Theory]
    [MemberData(nameof(DecidedByApplication))]
    public void Evaluate_HugeAmounts_AwardEqualsKindCeiling(MeasureId measure)
    {
        // Every amount far above every threshold and cap, and the especially-major approval given:
        // the award reaches the highest amount the text allows for the measure, and no more.
        var record = Records.ValidFor(measure) with
        {
            ApprovedInvestmentYuan = measure == MeasureId.Measure1 || measure == MeasureId.Measure2 ? 1_000_000_000_000m : null,
            TotalInvestmentYuan = measure == MeasureId.Measure1 ? 1_000_000_000_000m : null,
            MajorProjectApproved = measure == MeasureId.Measure1 ? true : null,
            AnnualRevenueYuan = measure == MeasureId.Measure7c ? 1_000_000_000_000m : null,
            EventActualInputYuan = measure == MeasureId.Measure13 ? 1_000_000_000_000m : null,
        };

        var decision = _engine.Evaluate(record);

        decision.AwardYuan.Should().Be(TextCeiling(measure));
        decision.PayableYuan.Should().Be(decision.Outcome == Outcome.Eligible ? decision.AwardYuan : 0m);
        decision.PayableYuan.Should().BeLessThanOrEqualTo(decision.AwardYuan);
    }

    [Theory]
    [MemberData(nameof(DecidedByApplication))]
    public void EvaluateBatch_SameSubjectAcrossMeasures_PayableNeverAboveAward(MeasureId measure)
    {
        var records = new[]
        {
            Records.ValidFor(measure) with { ApplicationId = "B-1", SubjectId = "S" },
            Records.Measure7a() with { ApplicationId = "B-2", SubjectId = "S" },
            Records.ValidFor(measure) with { ApplicationId = "B-3", SubjectId = "S", OtherPolicyAwardYuan = 1m },
        };

        var decisions = _engine.EvaluateBatch(records);

        foreach (var decision in decisions)
        {
            decision.AwardYuan.Should().BeGreaterThanOrEqualTo(0m);
            decision.AwardYuan.Should().BeLessThanOrEqualTo(TextCeiling(decision.Measure));
            decision.PayableYuan.Should().BeInRange(0m, decision.AwardYuan);
        }

        var highest = decisions.Where(d => d.Outcome == Outcome.Eligible).Max(d => d.AwardYuan);
        decisions.Should().ContainSingle(d => d.PayableYuan > 0m, "就高不重复 pays one record of the subject")
            .Which.PayableYuan.Should().Be(highest);
    }

    [Theory]
    [MemberData(nameof(DecidedByApplication))]
    public void Explain_AnyDecision_DiffersBetweenChineseAndEnglish(MeasureId measure)
    {
        var decisions = new[]
        {
            _engine.Evaluate(Records.ValidFor(measure)),
            _engine.Evaluate(Records.ValidFor(measure) with { ApplicationDate = new LocalDate(2028, 1, 1) }),
            _engine.Evaluate(Records.ValidFor(measure) with { DistrictCode = 500199 }),
        };

        foreach (var decision in decisions)
        {
            var zh = decision.Explain(Language.Chinese);
            var en = decision.Explain(Language.English);
            zh.Should().NotBeNullOrWhiteSpace();
            en.Should().NotBeNullOrWhiteSpace();
            zh.Should().NotBe(en);
            decision.Summarize(Language.Chinese).Should().NotBe(decision.Summarize(Language.English));
            zh.Should().Contain(decision.Reason.ToCode());
            en.Should().Contain(decision.Reason.ToCode());
        }
    }

    [Fact]
    public void Render_EveryTraceCode_NonEmptyInBothLanguages()
    {
        foreach (var code in Enum.GetValues<TraceCode>())
        {
            foreach (var passed in new[] { true, false })
            {
                // With no clause there is no citation prefix, so the text is the step's own body.
                var step = new TraceStep(
                    code, PolicyClause.None, RecordField.ApprovedInvestmentYuan, passed, false,
                    TraceValue.Yuan(1_000_000m), TraceValue.Yuan(5_000_000m), TraceValue.Yuan(100_000m), "渝府〔2025〕1号");

                var zh = DecisionText.Render(step, Language.Chinese);
                var en = DecisionText.Render(step, Language.English);

                zh.Should().NotBeNullOrWhiteSpace($"{code} must render in Chinese");
                en.Should().NotBeNullOrWhiteSpace($"{code} must render in English");
                zh.Should().NotBe(en, $"{code} must render differently in the two languages");
            }
        }
    }

    [Fact]
    public void Render_EveryTraceCodeUnderEveryClause_NonEmptyInBothLanguages()
    {
        foreach (var clause in Enum.GetValues<PolicyClause>())
        {
            foreach (var code in Enum.GetValues<TraceCode>())
            {
                var step = new TraceStep(code, clause, RecordField.Record, true, true, TraceValue.Rate(0.1m), TraceValue.Yuan(10m), TraceValue.Yuan(1m));

                DecisionText.Render(step, Language.Chinese).Should().NotBeNullOrWhiteSpace();
                DecisionText.Render(step, Language.English).Should().NotBeNullOrWhiteSpace();
            }
        }
    }

    [Fact]
    public void ToCode_EveryTraceCode_UniqueKebabCase()
    {
        var values = Enum.GetValues<TraceCode>();
        var codes = values.Select(c => c.ToCode()).ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().HaveCount(values.Length);
        codes.Should().AllSatisfy(c => KebabCase.IsMatch(c).Should().BeTrue(c));
        TraceCode.ShareOfBase.ToCode().Should().Be("share-of-base");
        TraceCode.DistrictTransition.ToCode().Should().Be("district-transition");
    }

    [Fact]
    public void Render_EveryProblemCode_NonEmptyInBothLanguages()
    {
        foreach (var code in Enum.GetValues<ProblemCode>())
        {
            foreach (var expected in new[] { null, "X" })
            {
                var problem = new Problem(RecordField.CreditCode, "91500103MA5U7Y2Q0X", code, expected);

                var zh = DecisionText.Render(problem, Language.Chinese);
                var en = DecisionText.Render(problem, Language.English);

                zh.Should().StartWith("credit_code \"91500103MA5U7Y2Q0X\": ");
                en.Should().StartWith("credit_code \"91500103MA5U7Y2Q0X\": ");
                zh.Length.Should().BeGreaterThan("credit_code \"91500103MA5U7Y2Q0X\": ".Length, $"{code} needs a Chinese message");
                en.Length.Should().BeGreaterThan("credit_code \"91500103MA5U7Y2Q0X\": ".Length, $"{code} needs an English message");
                zh.Should().NotBe(en, $"{code} must render differently in the two languages");
            }
        }
    }

    [Fact]
    public void ToCode_EveryProblemCode_UniqueKebabCase()
    {
        var codes = Enum.GetValues<ProblemCode>().Select(c => c.ToCode()).ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().AllSatisfy(c => KebabCase.IsMatch(c).Should().BeTrue(c));
        ProblemCode.CreditCodeCheck.ToCode().Should().Be("credit-code-check");
    }

    [Fact]
    public void ToCode_EveryReasonCode_UniqueAndRoundTrips()
    {
        var values = Enum.GetValues<ReasonCode>();
        var codes = values.Select(r => r.ToCode()).ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().AllSatisfy(c => KebabCase.IsMatch(c).Should().BeTrue(c));
        foreach (var reason in values)
        {
            ReasonCodes.TryParse(reason.ToCode(), out var parsed).Should().BeTrue();
            parsed.Should().Be(reason);
        }

        ReasonCode.SupersededByHigher.ToCode().Should().Be("superseded-by-higher");
        ReasonCode.OutsideValidity.ToCode().Should().Be("outside-validity");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Cap-Applied")]
    [InlineData("cap applied")]
    [InlineData("no-such-reason")]
    public void TryParse_UnknownReasonCode_False(string code)
    {
        ReasonCodes.TryParse(code, out _).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_Measure6Application_InvalidDecidedByRanking()
    {
        var decision = _engine.Evaluate(Records.Common(MeasureId.Measure6));

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Reason.Should().Be(ReasonCode.InvalidInput);
        decision.AwardYuan.Should().Be(0m);
        decision.PayableYuan.Should().Be(0m);
        decision.Problems.Should().Equal(new Problem(RecordField.Measure, "6", ProblemCode.DecidedByRanking));
    }

    [Fact]
    public void Evaluate_SeveralProblems_InvalidListingEveryProblem()
    {
        var badCode = "91500103MA5U7Y2Q0" + (Records.CreditCode[^1] == 'A' ? 'B' : 'A');
        var record = Records.Measure1() with { DistrictCode = 500199, CreditCode = badCode, ProducerService = null };

        var decision = _engine.Evaluate(record);

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Reason.Should().Be(ReasonCode.InvalidInput);
        decision.AwardYuan.Should().Be(0m);
        decision.PayableYuan.Should().Be(0m);
        decision.Problems.Should().Equal(
            new Problem(RecordField.DistrictCode, "500199", ProblemCode.UnknownDistrict),
            new Problem(RecordField.CreditCode, badCode, ProblemCode.CreditCodeCheck, Records.CreditCode[^1].ToString()),
            new Problem(RecordField.ProducerService, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate_InvalidAndOutsideValidity_InvalidWins()
    {
        var decision = _engine.Evaluate(Records.Measure1() with { ApplicationDate = new LocalDate(2028, 1, 1), TotalInvestmentYuan = null });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Equal(new Problem(RecordField.TotalInvestmentYuan, null, ProblemCode.Required));
    }

    private static List<MeasureId> ApplicationMeasures() =>
        Records.Engine().Rules.Select(r => r.Measure).Where(m => m != MeasureId.Measure6).ToList();

    /// <summary>
    /// The highest amount the text allows a record of the measure, by the catalogue's kind: money measures by
    /// their clause's cap (measure 1 with municipal approval, measure 3 and 5 their top tier); none otherwise.
    /// </summary>
    private static decimal TextCeiling(MeasureId measure) => Records.Engine().Catalogue.Get(measure).Kind switch
    {
        MeasureKind.NonMonetary or MeasureKind.UnquantifiedAward => 0m,
        _ => measure switch
        {
            MeasureId.Measure1 => 20_000_000m,
            MeasureId.Measure2 => 5_000_000m,
            MeasureId.Measure3 => 10_000_000m,
            MeasureId.Measure5 => 1_000_000m,
            MeasureId.Measure7a => 5_000_000m,
            MeasureId.Measure7c => 1_000_000m,
            MeasureId.Measure13 => 1_000_000m,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "A money measure without a ceiling in the test."),
        },
    };
}
