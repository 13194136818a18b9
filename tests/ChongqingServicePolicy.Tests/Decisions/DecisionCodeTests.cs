using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// The decision vocabulary as records and decisions.csv write it: every code of outcomes, comparisons, units and
/// value formats, the format descriptions in both languages, trace values as text, and the checks on invalid decisions.
/// </summary>
public sealed class DecisionCodeTests
{
    [Fact]
    public void Outcomes_EveryOutcome_ItsCodeBothWays()
    {
        Codes<Outcome>(o => o.ToCode(), Outcomes.TryParse).Should().Equal(
            "Eligible", "Ineligible", "NotApplicable", "NonMonetary", "NeedsReview", "Invalid");
    }

    [Fact]
    public void TraceComparisons_EveryComparison_ItsCodeBothWays()
    {
        Codes<TraceComparison>(c => c.ToCode(), TraceComparisons.TryParse).Should().Equal(
            "none", "is-true", "equal", "greater-than", "greater-or-equal", "within", "product", "ceiling", "lookup",
            "round-down", "replace", "at-most", "distance");
    }

    [Fact]
    public void ValueUnits_EveryUnit_ItsCodeBothWays()
    {
        Codes<ValueUnit>(u => u.ToCode(), ValueUnits.TryParse).Should().Equal(
            "none", "yuan", "rate", "count", "date", "flag", "district-code", "grade", "platform-field", "tier", "rank", "score");
    }

    [Fact]
    public void SuppressionKinds_EveryKind_ItsCodeBothWays()
    {
        Codes<SuppressionKind>(k => k.ToCode(), SuppressionKinds.TryParse).Should().Equal("none", "superseded-by-higher", "superseded-by-other-policy");
    }

    [Fact]
    public void ValueFormats_EveryFormat_ItsCodeBothWaysAndInAll()
    {
        Codes<ValueFormat>(f => f.ToCode(), ValueFormats.TryParse).Should().Equal(
            "amount-yuan", "boolean", "whole-number", "rate", "date", "platform-field", "cluster-grade", "measure", "quoted-field");
        ValueFormats.All.Should().Equal(Enum.GetValues<ValueFormat>());
        ValueFormats.TryParse("Amount-Yuan", out var format).Should().BeFalse();
        format.Should().Be(default(ValueFormat));
        ValueFormats.TryParse(null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(ValueFormat.AmountYuan, "以元为单位的普通小数金额，如 1234567.89（不用千位分隔符、科学计数法或全角数字）", "a plain decimal amount in yuan such as 1234567.89 (no thousands separators, exponent or full-width digits)")]
    [InlineData(ValueFormat.Boolean, "是/否、true/false、1/0 或 yes/no", "true/false, 1/0, yes/no or 是/否")]
    [InlineData(ValueFormat.WholeNumber, "整数", "a whole number")]
    [InlineData(ValueFormat.Rate, "小数（如 0.15）或百分数（如 15%）", "a fraction such as 0.15 or a percentage such as 15%")]
    [InlineData(ValueFormat.Date, "yyyy-MM-dd 格式的有效日期，如 2025-03-01", "a valid date yyyy-MM-dd such as 2025-03-01")]
    [InlineData(ValueFormat.PlatformField, "八个平台领域代码之一（如 industrial_design）或其中文名称", "one of the eight field codes (e.g. industrial_design) or their Chinese names")]
    [InlineData(ValueFormat.ClusterGrade, "A、B、C 或 D", "A, B, C or D")]
    [InlineData(ValueFormat.Measure, "措施编号 1…16 或 7a…7d", "a measure 1…16 or 7a…7d")]
    [InlineData(ValueFormat.QuotedField, "整个字段用英文双引号括起，字段内的双引号写成两个（\"\"）", "the whole field in double quotes, with any quote inside doubled (\"\")")]
    public void ValueFormats_Describe_TheExpectedTextInEachLanguage(ValueFormat format, string zh, string en)
    {
        format.Describe(Language.Chinese).Should().Be(zh);
        format.Describe(Language.English).Should().Be(en);
    }

    [Fact]
    public void UndefinedValues_ToCodeAndDescribe_ThrowOutOfRangeNamingThem()
    {
        Thrown(() => ((Outcome)99).ToCode()).Should().Be(("outcome", "Unknown outcome."));
        Thrown(() => ((ProblemCode)200).ToCode()).Should().Be(("code", "Unknown problem code."));
        Thrown(() => ((ReasonCode)200).ToCode()).Should().Be(("reason", "Unknown reason."));
        Thrown(() => ((SuppressionKind)99).ToCode()).Should().Be(("kind", "Unknown suppression kind."));
        Thrown(() => ((TraceComparison)99).ToCode()).Should().Be(("comparison", "Unknown comparison."));
        Thrown(() => ((ValueUnit)99).ToCode()).Should().Be(("unit", "Unknown unit."));
        Thrown(() => ((ValueFormat)99).ToCode()).Should().Be(("format", "Unknown value format."));
        Thrown(() => ((ValueFormat)99).Describe(Language.English)).Should().Be(("format", "Unknown value format."));
    }

    [Theory]
    [InlineData(ValueUnit.None, "0", "", "")]
    [InlineData(ValueUnit.Yuan, "1234567.8", "1,234,567.80 元", "CNY 1,234,567.80")]
    [InlineData(ValueUnit.Rate, "0.125", "12.5%", "12.5%")]
    [InlineData(ValueUnit.Count, "12", "12", "12")]
    [InlineData(ValueUnit.Flag, "1", "是", "yes")]
    [InlineData(ValueUnit.Flag, "0", "否", "no")]
    [InlineData(ValueUnit.Grade, "2", "B", "B")]
    [InlineData(ValueUnit.PlatformField, "99", "其他领域", "another field")]
    [InlineData(ValueUnit.PlatformField, "4", "工业设计", "industrial design")]
    [InlineData(ValueUnit.Score, "0.5", "0.5000", "0.5000")]
    [InlineData(ValueUnit.Date, "20250301", "2025-03-01", "2025-03-01")]
    public void TraceValue_Format_EachUnitInEachLanguage(ValueUnit unit, string number, string zh, string en)
    {
        var value = TraceValue.Of(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), unit);

        value.Format(Language.Chinese).Should().Be(zh);
        value.Format(Language.English).Should().Be(en);
    }

    [Fact]
    public void TraceValue_RateBeyondAHundredthOfTheDecimalRange_StillAPercentage()
    {
        var edge = decimal.MaxValue / 100m;

        TraceValue.Rate(edge).Format(Language.English).Should().Be((edge * 100m).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "%");
        TraceValue.Rate(decimal.MaxValue).Format(Language.English).Should().Be("7922816251426433759354395033500%");
        TraceValue.Rate(decimal.MinValue).Format(Language.Chinese).Should().Be("-7922816251426433759354395033500%");
    }

    [Theory]
    [InlineData(2025, 3, 1, 20250301)]
    [InlineData(1, 1, 1, 10101)]
    [InlineData(0, 12, 31, 1231)]
    [InlineData(-5, 3, 1, -50301)]
    public void TraceValue_Date_YyyyMmDdWithTheYearsSign(int year, int month, int day, int number)
    {
        var value = TraceValue.Date(new LocalDate(year, month, day));

        value.Should().Be(new TraceValue(number, ValueUnit.Date));
        value.AsDate().Should().Be(new LocalDate(year, month, day));
    }

    [Fact]
    public void TraceValue_FlagAndEmpty_NumbersAndUnits()
    {
        TraceValue.Flag(true).Should().Be(new TraceValue(1, ValueUnit.Flag));
        TraceValue.Flag(false).Should().Be(new TraceValue(0, ValueUnit.Flag));
        TraceValue.Empty.HasValue.Should().BeFalse();
        TraceValue.Yuan(0m).HasValue.Should().BeTrue();
    }

    [Fact]
    public void TraceValue_AsDateOfAnotherUnit_Throws()
    {
        var act = () => TraceValue.Yuan(20250301m).AsDate();

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("A Yuan value is not a date.");
    }

    [Theory]
    [InlineData(TraceCode.TierAward)]
    [InlineData(TraceCode.TierFromGrowth)]
    [InlineData(TraceCode.FieldListed)]
    public void TraceStep_TierAndFieldSteps_CompareByLookup(TraceCode code)
    {
        new TraceStep(code, PolicyClause.Measure3, RecordField.ClusterTier, true, false, default).Comparison.Should().Be(TraceComparison.Lookup);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-18446744073709551616")]
    [InlineData("18446744073709551615.5")]
    [InlineData("0.0000000000000000000000000001")]
    public void TraceStep_ValuesBeyondSixtyFourBits_ReadBackExactly(string text)
    {
        var number = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var step = new TraceStep(TraceCode.ShareOfBase, PolicyClause.Measure1, RecordField.Record, true, true, TraceValue.Rate(number), TraceValue.Yuan(number), TraceValue.Yuan(-number));

        (step.Left, step.Right, step.Result).Should().Be((TraceValue.Rate(number), TraceValue.Yuan(number), TraceValue.Yuan(-number)));
        step.Left.Number.Scale.Should().Be(number.Scale);
    }

    [Fact]
    public void TraceStep_Equality_EveryPartCounts()
    {
        var step = Step();

        (step == Step()).Should().BeTrue();
        (step != Step()).Should().BeFalse();
        step.GetHashCode().Should().Be(Step().GetHashCode());
        var different = new[]
        {
            Step(code: TraceCode.MajorProjectCap), Step(clause: PolicyClause.Measure2), Step(field: RecordField.TotalInvestmentYuan),
            Step(passed: false), Step(binding: false), Step(left: TraceValue.Yuan(5_000_000.01m)), Step(right: TraceValue.Yuan(2m)),
            Step(result: TraceValue.Yuan(3m)), Step(text: "注"),
        };
        foreach (var other in different)
        {
            (step == other).Should().BeFalse(other.ToString());
            (step != other).Should().BeTrue(other.ToString());
            step.Equals((object)other).Should().BeFalse();
        }
    }

    [Fact]
    public void ForInvalidInput_NoIdsOrProblems_Refused()
    {
        var problem = new Problem(RecordField.Measure, "x", ProblemCode.UnreadableValue, null);

        Named(() => Decision.ForInvalidInput(null!, "S", MeasureId.Measure1, Records.Date, [problem])).Should().Be("applicationId");
        Named(() => Decision.ForInvalidInput("A", null!, MeasureId.Measure1, Records.Date, [problem])).Should().Be("subjectId");
        Named(() => Decision.ForInvalidInput("A", "S", MeasureId.Measure1, Records.Date, null!)).Should().Be("problems");
        var none = () => Decision.ForInvalidInput("A", "S", MeasureId.Measure1, Records.Date, []);
        none.Should().ThrowExactly<ArgumentException>().Which.Message.Should().Be("An invalid decision needs at least one problem. (Parameter 'problems')");
    }

    [Fact]
    public void ForInvalidInput_CatalogueEntry_GivenOrTheDefault()
    {
        var problem = new Problem(RecordField.Measure, "x", ProblemCode.UnreadableValue, null);
        var own = MeasureCatalogue.Default.Get(MeasureId.Measure8) with { TitleZh = "测试" };

        Decision.ForInvalidInput("A", "S", MeasureId.Measure8, Records.Date, [problem], own).Info.Should().BeSameAs(own);
        Decision.ForInvalidInput("A", "S", MeasureId.Measure8, Records.Date, [problem]).Info.Should().BeSameAs(MeasureCatalogue.Default.Get(MeasureId.Measure8));
        Decision.ForInvalidInput("A", "S", (MeasureId)42, Records.Date, [problem]).Info.Should().BeNull();
    }

    [Fact]
    public void Evaluate_RecordWithoutIds_DecidedUnderEmptyIds()
    {
        var decision = Records.Engine().Evaluate(Records.Measure1() with { ApplicationId = null!, SubjectId = null }, Records.Date);

        (decision.ApplicationId, decision.SubjectId).Should().Be((string.Empty, string.Empty));
        decision.Outcome.Should().Be(Outcome.Invalid);
    }

    private static TraceStep Step(
        TraceCode code = TraceCode.AbsoluteCap, PolicyClause clause = PolicyClause.Measure1, RecordField field = RecordField.Record,
        bool passed = true, bool binding = true, TraceValue? left = null, TraceValue? right = null, TraceValue? result = null, string? text = null) =>
        new(code, clause, field, passed, binding, left ?? TraceValue.Yuan(5_000_000m), right ?? TraceValue.Yuan(1m), result ?? TraceValue.Yuan(2m), text);

    private static List<string> Codes<T>(Func<T, string> toCode, TryParse<T> parse)
        where T : struct, Enum
    {
        var codes = new List<string>();
        foreach (var value in Enum.GetValues<T>())
        {
            var code = toCode(value);
            parse(code, out var back).Should().BeTrue(code);
            back.Should().Be(value);
            codes.Add(code);
        }

        return codes;
    }

    private static (string?, string) Thrown(Action act)
    {
        var ex = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        return (ex.ParamName, ex.Message.Split(" (Parameter")[0].Split(Environment.NewLine)[0]);
    }

    private static string? Named(Action act) => act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName;

    private delegate bool TryParse<T>(string code, out T value);
}
