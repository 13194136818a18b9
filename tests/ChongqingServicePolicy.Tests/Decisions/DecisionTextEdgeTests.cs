using System.Collections.Immutable;
using System.Text;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// The edges of <see cref="DecisionText"/> that ordinary decisions do not reach: fields with no name of their own,
/// undefined outcomes, reasons and fields, a catalogue entry other than the built-in one, a text UTF-8 cannot carry,
/// and a cap or share boundary met exactly or passed. Each is pinned word for word in both languages, as
/// <see cref="DecisionText.Render(TraceStep, Language, MeasureInfo?)"/> writes it (characters) and as an explanation
/// carries it (UTF-8).
/// </summary>
public sealed class DecisionTextEdgeTests
{
    private static readonly TraceValue Million = TraceValue.Yuan(1_000_000m);
    private static readonly TraceValue FiveMillion = TraceValue.Yuan(5_000_000m);

    private static Decision WithTrace(TraceStep step, MeasureInfo? info = null) => Decision.Restore(
        "A-1", "S-1", MeasureId.Measure1, new LocalDate(2025, 6, 1), Outcome.Eligible, 1m, 1m, ReasonCode.RateApplied, ReasonCode.RateApplied,
        [step], ImmutableArray<Problem>.Empty, null, info);

    private static void ShouldRender(TraceStep step, string chinese, string english)
    {
        DecisionText.Render(step, Language.Chinese).Should().Be(chinese);
        DecisionText.Render(step, Language.English).Should().Be(english);
        WithTrace(step).Summarize(Language.Chinese).Should().Be("符合条件（rate-applied）；" + chinese);
        WithTrace(step).Summarize(Language.English).Should().Be("eligible (rate-applied); " + english);
    }

    [Theory]
    [InlineData(RecordField.Record, "record", "Record")]
    [InlineData(RecordField.ApplicationId, "application_id", "Application_id")]
    [InlineData(RecordField.OverrideApprovalRef, "override_approval_ref", "Override_approval_ref")]
    [InlineData(RecordField.NetIncreaseCount, "net_increase_count", "Net_increase_count")]
    public void Render_FieldWithoutAName_ItsColumnNameInChineseAndCapitalisedOnlyInEnglish(RecordField field, string chinese, string english) =>
        ShouldRender(
            new TraceStep(TraceCode.AmountPositive, PolicyClause.None, field, true, false, Million),
            chinese + " 1,000,000.00 元 大于 0",
            english + " CNY 1,000,000.00 is above 0");

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Render_UndefinedField_IsRefusedWithTheField(Language language)
    {
        var act = () => DecisionText.Render(new TraceStep(TraceCode.AmountPositive, PolicyClause.None, (RecordField)200, true, false, Million), language);

        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("field");
        thrown.ActualValue.Should().Be((RecordField)200);
        thrown.Message.Should().StartWith("Unknown field.");
    }

    public static TheoryData<Outcome, ReasonCode, Language> EveryOutcomeAndReason()
    {
        var data = new TheoryData<Outcome, ReasonCode, Language>();
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            foreach (var reason in Enum.GetValues<ReasonCode>())
            {
                data.Add(outcome, reason, Language.Chinese);
                data.Add(outcome, reason, Language.English);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryOutcomeAndReason))]
    public void Heading_EveryOutcomeAndReason_TheOutcomesNameAndTheReasonsCode(Outcome outcome, ReasonCode reason, Language language)
    {
        var text = new Utf8Text("；");

        DecisionText.Heading(outcome, reason, 1m, 1m, null, language, text);

        Encoding.UTF8.GetString(text.Written).Should().Be(language == Language.Chinese
            ? DecisionText.Name(outcome, language) + "（" + reason.ToCode() + "）"
            : DecisionText.Name(outcome, language) + " (" + reason.ToCode() + ")");
    }

    [Theory]
    [InlineData(0, Language.Chinese)]
    [InlineData(7, Language.English)]
    [InlineData(8, Language.Chinese)]
    [InlineData(8, Language.English)]
    [InlineData(9, Language.Chinese)]
    [InlineData(200, Language.English)]
    public void Heading_UndefinedOutcome_IsRefusedAsNameRefusesIt(byte value, Language language)
    {
        var act = () => DecisionText.Heading((Outcome)value, ReasonCode.RateApplied, 1m, 1m, null, language, new Utf8Text("；"));

        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("outcome");
        thrown.ActualValue.Should().Be((Outcome)value);
        thrown.Message.Should().StartWith("Unknown outcome.");
    }

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Heading_UndefinedReason_IsRefusedAsToCodeRefusesIt(Language language)
    {
        var act = () => DecisionText.Heading(Outcome.Eligible, (ReasonCode)200, 1m, 1m, null, language, new Utf8Text("；"));

        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("reason");
        thrown.ActualValue.Should().Be((ReasonCode)200);
        thrown.Message.Should().StartWith("Unknown reason.");
    }

    [Fact]
    public void Explain_LoneSurrogateInAStepsText_IsKeptAsTheCharacterItIs()
    {
        var step = new TraceStep(
            TraceCode.OverrideApplied, PolicyClause.Discretion, RecordField.OverrideAmountYuan, true, false, FiveMillion, TraceValue.Yuan(6_000_000m),
            default, "渝府\uD800号");
        var decision = WithTrace(step);

        decision.Summarize(Language.Chinese).Should().Be(
            "符合条件（rate-applied）；[X6 原则上] 经 渝府\uD800号 批准，以自由裁量金额 6,000,000.00 元 替代默认上限 5,000,000.00 元（条款为“原则上”）");
        decision.Explain(Language.English).Should().Be(
            "eligible (rate-applied)" + Environment.NewLine
            + "[X6 discretion] Approved by 渝府\uD800号: the discretionary amount CNY 6,000,000.00 replaces the default ceiling CNY 5,000,000.00 (the clause says \"原则上\")");
    }

    private static MeasureInfo Own(MeasureId measure, MeasureId? id = null) => MeasureCatalogue.Default.Get(measure) with
    {
        Id = id ?? measure,
        TitleZh = "自定标题",
        TitleEn = "Own title",
        LeadUnitZh = "自定单位",
        LeadUnitEn = "Own unit",
        Channels = [new SupportChannel("first", "甲", "First"), new SupportChannel("second", "乙", "Second")],
    };

    [Fact]
    public void Explain_EntryOtherThanTheBuiltInOne_HeadedWithItsOwnTitle()
    {
        var own = WithTrace(new TraceStep(TraceCode.Rounding, PolicyClause.Rounding, RecordField.Record, true, false, Million, TraceValue.Yuan(100m), Million), Own(MeasureId.Measure7a));
        var builtIn = WithTrace(own.Trace[0], MeasureCatalogue.Default.Get(MeasureId.Measure7a));

        own.Summarize(Language.Chinese).Should().Be(
            "（七）（7a）自定标题：符合条件，奖励上限 1.00 元，可支付 1.00 元（rate-applied）；[X4 金额取整] 按 100.00 元 向下取整：1,000,000.00 元 → 1,000,000.00 元");
        own.Summarize(Language.English).Should().Be(
            "Measure (7a) Own title: eligible, award CNY 1.00, payable CNY 1.00 (rate-applied); [X4 rounding] Rounded down to a multiple of CNY 100.00: CNY 1,000,000.00 → CNY 1,000,000.00");
        builtIn.Summarize(Language.Chinese).Should().Be(own.Summarize(Language.Chinese).Replace("自定标题", "首次入选中国服务业企业500强奖励", StringComparison.Ordinal));
        builtIn.Summarize(Language.English).Should().Be(own.Summarize(Language.English).Replace("Own title", "First-time China Top 500 Service Enterprise", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_EntryOfAMeasureOutsideTheBuiltInCatalogue_HeadedWithItsOwnTitle()
    {
        var past = (MeasureId)(MeasureCatalogue.Default.All.Max(i => (int)i.Id) + 1);

        foreach (var id in new[] { past, (MeasureId)200 })
        {
            var decision = Decision.Restore(
                "A-1", "S-1", MeasureId.Measure7a, new LocalDate(2025, 6, 1), Outcome.Eligible, 1m, 1m, ReasonCode.RateApplied, ReasonCode.RateApplied,
                [], [], null, Own(MeasureId.Measure7a, id));

            decision.Summarize(Language.Chinese).Should().Be("（七）自定标题：符合条件，奖励上限 1.00 元，可支付 1.00 元（rate-applied）");
        }
    }

    [Fact]
    public void Render_StepWithAnEntryOtherThanTheBuiltInOne_TakesItsChannelsAndLeadUnit()
    {
        var step = new TraceStep(TraceCode.NonMonetarySupport, PolicyClause.Measure11, RecordField.Record, true, false, default);

        DecisionText.Render(step, Language.Chinese, Own(MeasureId.Measure11)).Should().Be("[（十一）] 非资金支持：甲、乙，牵头单位：自定单位");
        DecisionText.Render(step, Language.English, Own(MeasureId.Measure11)).Should().Be("[(11)] Non-monetary support: First, Second (lead unit: Own unit)");
        WithTrace(step, Own(MeasureId.Measure11)).Summarize(Language.Chinese).Should().EndWith("；[（十一）] 非资金支持：甲、乙，牵头单位：自定单位");
    }

    [Theory]
    [InlineData(true, "最高不超过 5,000,000.00 元（起约束作用）", "Cap CNY 5,000,000.00 (binding)")]
    [InlineData(false, "最高不超过 5,000,000.00 元", "Cap CNY 5,000,000.00")]
    public void Render_CapReachedExactlyAtTheBase_NothingAboveIt(bool binding, string chinese, string english) =>
        ShouldRender(
            new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, true, binding, FiveMillion, TraceValue.Yuan(50_000_000m), TraceValue.Yuan(0m)),
            "[（一）] " + chinese + "，经核定的投资金额达到 50,000,000.00 元 时按比例计算的金额即达到上限，现高出 0.00 元",
            "[(1)] " + english + ", reached by the share of approved investment from CNY 50,000,000.00: CNY 0.00 above that");

    [Fact]
    public void Render_CapReachedFromPassedByANegativeDistance_TheAmountAboveIt() =>
        ShouldRender(
            new TraceStep(TraceCode.CapReachedFrom, PolicyClause.Measure1, RecordField.TotalInvestmentYuan, true, false, TraceValue.Yuan(60_000_000m), TraceValue.Yuan(50_000_000m), TraceValue.Yuan(-10_000_000m)),
            "[（一）] 项目投资总额达到 50,000,000.00 元 时，按比例计算的金额即达到上限，现为 60,000,000.00 元，高出 10,000,000.00 元",
            "[(1)] The share of total project investment reaches the cap from CNY 50,000,000.00: at CNY 60,000,000.00 it is CNY 10,000,000.00 above that");
}
