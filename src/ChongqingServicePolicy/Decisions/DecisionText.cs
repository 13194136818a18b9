using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Internal;

namespace ChongqingServicePolicy.Decisions;

/// <summary>
/// Renders decisions, trace steps and problems as Chinese or English text from their codes and values. The
/// text is compiled in; there is no global language setting and nothing here changes.
/// </summary>
public static class DecisionText
{
    private static readonly ImmutableArray<string?> CitesZh = Cites(true);

    private static readonly ImmutableArray<string?> CitesEn = Cites(false);

    /// <summary>Each clause's citation as a step opens with it (<c>[（一）] </c>), in UTF-8; empty for no clause.</summary>
    private static readonly ImmutableArray<byte[]?> CiteBytesZh = Bracketed(CitesZh);

    private static readonly ImmutableArray<byte[]?> CiteBytesEn = Bracketed(CitesEn);

    private static readonly ImmutableArray<byte[]?> OutcomesZh = Outcomes(true);

    private static readonly ImmutableArray<byte[]?> OutcomesEn = Outcomes(false);

    private static readonly ImmutableArray<byte[]?> ReasonBytes = Reasons();

    private static readonly ImmutableArray<byte[]?> FieldsZh = Fields(zh: true, capitalised: false);

    private static readonly ImmutableArray<byte[]?> FieldsEn = Fields(zh: false, capitalised: false);

    private static readonly ImmutableArray<byte[]?> FieldsEnCapitalised = Fields(zh: false, capitalised: true);

    /// <summary>The entries of the built-in catalogue by measure, whose headings are encoded once.</summary>
    private static readonly ImmutableArray<MeasureInfo?> DefaultInfos = Defaults();

    private static readonly ImmutableArray<byte[]?> HeadingsZh = Headings(true);

    private static readonly ImmutableArray<byte[]?> HeadingsEn = Headings(false);

    /// <summary>The channels of each entry of the built-in catalogue, listed as a support step lists them, encoded once.</summary>
    private static readonly ImmutableArray<byte[]?> ChannelsZh = Channels(true);

    private static readonly ImmutableArray<byte[]?> ChannelsEn = Channels(false);

    /// <summary>The name of an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name, e.g. 符合条件 or eligible.</returns>
    public static string Name(Outcome outcome, Language language) => (outcome, language) switch
    {
        (Outcome.Eligible, Language.Chinese) => "符合条件",
        (Outcome.Ineligible, Language.Chinese) => "不符合条件",
        (Outcome.NotApplicable, Language.Chinese) => "不适用",
        (Outcome.NonMonetary, Language.Chinese) => "非资金支持",
        (Outcome.NeedsReview, Language.Chinese) => "需人工审核",
        (Outcome.Invalid, Language.Chinese) => "数据无效",
        (Outcome.Eligible, _) => "eligible",
        (Outcome.Ineligible, _) => "ineligible",
        (Outcome.NotApplicable, _) => "not applicable",
        (Outcome.NonMonetary, _) => "non-monetary support",
        (Outcome.NeedsReview, _) => "needs review",
        (Outcome.Invalid, _) => "invalid",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>How a clause is cited, e.g. （一） or 七、附则.</summary>
    /// <param name="clause">The clause.</param>
    /// <param name="language">The language.</param>
    /// <returns>The citation.</returns>
    public static string Cite(PolicyClause clause, Language language) =>
        TryCite(clause, language == Language.Chinese) ?? throw new ArgumentOutOfRangeException(nameof(clause), clause, "Unknown clause.");

    /// <summary>The name of a record field, as people read it.</summary>
    /// <param name="field">The field.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name, e.g. 经核定的投资金额.</returns>
    public static string Name(RecordField field, Language language)
    {
        var zh = language == Language.Chinese;
        return field switch
        {
            RecordField.ProducerService => zh ? "属现代生产性服务业" : "in modern producer services",
            RecordField.TotalInvestmentYuan => zh ? "项目投资总额" : "total project investment",
            RecordField.ApprovedInvestmentYuan => zh ? "经核定的投资金额" : "approved investment",
            RecordField.MajorProjectApproved => zh ? "经市政府同意的特别重大项目" : "especially major project approved by the municipal government",
            RecordField.PlatformField => zh ? "平台领域" : "platform field",
            RecordField.ClusterGrade => zh ? "集聚区年度评估等级" : "cluster grade",
            RecordField.ClusterTier => zh ? "集聚区奖励档次" : "cluster tier",
            RecordField.InCluster => zh ? "入驻集聚区" : "located in a cluster",
            RecordField.BuildingStarRated => zh ? "“星级”楼宇" : "star-rated building",
            RecordField.BuildingTier => zh ? "楼宇奖励档次" : "building tier",
            RecordField.RevenueGrowthRate => zh ? "营业收入增速" : "revenue growth",
            RecordField.FirstTimeTop500 => zh ? "首次入选中国服务业企业500强" : "first entry into China's Top 500 Service Enterprises",
            RecordField.SpunOffFromManufacturer => zh ? "制造业企业主辅分离新设立" : "set up by separation from a manufacturer",
            RecordField.AnnualRevenueYuan => zh ? "年营业收入" : "annual revenue",
            RecordField.EventActualInputYuan => zh ? "活动平台实际投入" : "actual input into the event platform",
            RecordField.OtherPolicyAwardYuan => zh ? "其他政策支持金额" : "other policy's support",
            RecordField.OverrideAmountYuan => zh ? "自由裁量金额" : "discretionary amount",
            RecordField.ApplicationDate => zh ? "申请日期" : "application date",
            RecordField.Year => zh ? "评价基准日" : "reference day",
            _ => field.ToColumnName(),
        };
    }

    /// <summary>Renders one trace step, prefixed with the clause it applies.</summary>
    /// <param name="step">The step.</param>
    /// <param name="language">The language.</param>
    /// <param name="info">
    /// The catalogue entry to take lead units and channels from; the built-in entry of the step's clause when
    /// <see langword="null"/>.
    /// </param>
    /// <returns>The text.</returns>
    public static string Render(TraceStep step, Language language, MeasureInfo? info = null)
    {
        var sb = new StringBuilder(160);
        // Stryker disable once String : one step's text writes no separator (only an explanation puts one between its parts)
        Append(new TextOut(sb, string.Empty, language == Language.Chinese), step, info);
        return sb.ToString();
    }

    /// <summary>Renders one problem: the column, the value given and what was expected.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text, e.g. <c>credit_code "91500000…": 校验码错误，应为 X</c>.</returns>
    public static string Render(Problem problem, Language language)
    {
        var sb = new StringBuilder(96);
        // Stryker disable once String : one problem's text writes no separator (only an explanation puts one between its parts)
        Append(new TextOut(sb, string.Empty, language == Language.Chinese), problem);
        return sb.ToString();
    }

    /// <summary>Explains a decision: a heading, then each trace step, each problem and the 就高不重复 result.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="language">The language.</param>
    /// <param name="separator">What separates the parts: a line break, or "；" for one line.</param>
    /// <returns>The explanation.</returns>
    public static string Explain(Decision decision, Language language, string separator)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(separator);
        var text = new Utf8Text(separator, 512);
        Explain(decision, language, text);
        // Stryker disable once Block : without this shortcut every text is rendered again as characters, which gives the same text
        if (!text.Lossy)
        {
            return Encoding.UTF8.GetString(text.Written);
        }

        // A lone surrogate in a text of the decision, which UTF-8 cannot carry: rendered as characters instead.
        var sb = new StringBuilder(text.Length);
        Explain(decision, language, separator, sb);
        return sb.ToString();
    }

    /// <summary>
    /// Appends the explanation of a decision to <paramref name="destination"/>: the same text as
    /// <see cref="Explain(Decision, Language, string)"/>, written straight into a buffer the caller reuses, so that
    /// writing many decisions builds no intermediate strings.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <param name="language">The language.</param>
    /// <param name="separator">What separates the parts: a line break, or "；" for one line.</param>
    /// <param name="destination">Where the text is appended.</param>
    public static void Explain(Decision decision, Language language, string separator, StringBuilder destination)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(separator);
        ArgumentNullException.ThrowIfNull(destination);
        Explain(decision, new TextOut(destination, separator, language == Language.Chinese));
    }

    /// <summary>
    /// Appends the explanation of a decision to <paramref name="destination"/> as UTF-8, separated by its separator:
    /// the bytes of <see cref="Explain(Decision, Language, string)"/>'s text encoded, unless <see cref="Utf8Text.Lossy"/>.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <param name="language">The language.</param>
    /// <param name="destination">Where the text is appended.</param>
    internal static void Explain(Decision decision, Language language, Utf8Text destination) =>
        Explain(decision, new TextOut(destination, language == Language.Chinese));

    /// <summary>
    /// As <see cref="Explain(Decision, Language, Utf8Text)"/>, telling how many bytes the heading took: the rest
    /// (steps, problems, 就高不重复) starts with a separator.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <param name="language">The language.</param>
    /// <param name="destination">Where the text is appended.</param>
    /// <param name="headingLength">The bytes of the heading (outcome, amounts and reason).</param>
    internal static void Explain(Decision decision, Language language, Utf8Text destination, out int headingLength)
    {
        var w = new TextOut(destination, language == Language.Chinese);
        var start = destination.Length;
        Heading(w, decision.Outcome, decision.Reason, decision.AwardYuan, decision.PayableYuan, decision.Info);
        headingLength = destination.Length - start;
        Body(decision, w);
    }

    /// <summary>
    /// Appends the heading of an explanation as UTF-8: what <see cref="Explain(Decision, Language, Utf8Text)"/> writes
    /// first for a decision of these values (the trace, problems and 就高不重复 follow it).
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="reason">The reason.</param>
    /// <param name="awardYuan">The award ceiling.</param>
    /// <param name="payableYuan">The payable amount.</param>
    /// <param name="info">The measure's catalogue entry, as <see cref="Decision.Info"/>.</param>
    /// <param name="language">The language.</param>
    /// <param name="destination">Where the text is appended.</param>
    internal static void Heading(Outcome outcome, ReasonCode reason, decimal awardYuan, decimal payableYuan, MeasureInfo? info, Language language, Utf8Text destination) =>
        Heading(new TextOut(destination, language == Language.Chinese), outcome, reason, awardYuan, payableYuan, info);

    /// <summary>
    /// Appends the 就高不重复 part of an explanation as UTF-8, its separator first: what
    /// <see cref="Explain(Decision, Language, Utf8Text)"/> writes last for a decision with <paramref name="nonDuplication"/>.
    /// </summary>
    /// <param name="nonDuplication">How the rule was applied.</param>
    /// <param name="language">The language.</param>
    /// <param name="destination">Where the text is appended.</param>
    internal static void Explain(NonDuplication nonDuplication, Language language, Utf8Text destination) =>
        Append(new TextOut(destination, language == Language.Chinese).Separator(), nonDuplication);

    /// <summary>
    /// As <see cref="Heading(Outcome, ReasonCode, decimal, decimal, MeasureInfo?, Language, Utf8Text)"/>, as characters:
    /// for a text that UTF-8 cannot carry piece by piece (a lone surrogate), to be encoded whole.
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="reason">The reason.</param>
    /// <param name="awardYuan">The award ceiling.</param>
    /// <param name="payableYuan">The payable amount.</param>
    /// <param name="info">The measure's catalogue entry, as <see cref="Decision.Info"/>.</param>
    /// <param name="language">The language.</param>
    /// <param name="destination">Where the text is appended.</param>
    internal static void Heading(Outcome outcome, ReasonCode reason, decimal awardYuan, decimal payableYuan, MeasureInfo? info, Language language, StringBuilder destination) =>
        Heading(new TextOut(destination, string.Empty, language == Language.Chinese), outcome, reason, awardYuan, payableYuan, info);

    /// <summary>
    /// As <see cref="Explain(NonDuplication, Language, Utf8Text)"/>, as characters: what
    /// <see cref="Explain(Decision, Language, string, StringBuilder)"/> appends last for a decision with
    /// <paramref name="nonDuplication"/>, its separator first.
    /// </summary>
    /// <param name="nonDuplication">How the rule was applied.</param>
    /// <param name="language">The language.</param>
    /// <param name="separator">What separates the parts.</param>
    /// <param name="destination">Where the text is appended.</param>
    internal static void Explain(NonDuplication nonDuplication, Language language, string separator, StringBuilder destination) =>
        Append(new TextOut(destination, separator, language == Language.Chinese).Separator(), nonDuplication);

    private static void Explain(Decision decision, TextOut w)
    {
        Heading(w, decision.Outcome, decision.Reason, decision.AwardYuan, decision.PayableYuan, decision.Info);
        Body(decision, w);
    }

    private static void Heading(TextOut w, Outcome outcomeValue, ReasonCode reasonValue, decimal awardYuan, decimal payableYuan, MeasureInfo? measureInfo)
    {
        var zh = w.Zh;
        var outcome = OutcomeName(outcomeValue, zh);
        var reason = ReasonText(reasonValue);
        if (measureInfo is not { } info)
        {
            w.Put(outcome).Put(zh ? "（"u8 : " ("u8).Put(reason).Put(zh ? "）"u8 : ")"u8);
        }
        else
        {
            if (Heading(info, zh) is { } heading)
            {
                w.Put(heading);
            }
            else if (zh)
            {
                w.Put(info.ClauseNumber).Put(PartSuffix(info.Id)).Put(info.TitleZh).Put("："u8);
            }
            else
            {
                w.Put("Measure ("u8).Put(info.Code).Put(") "u8).Put(info.TitleEn).Put(": "u8);
            }

            if (zh)
            {
                w.Put(outcome).Put("，奖励上限 "u8).Yuan(awardYuan).Put("，可支付 "u8).Yuan(payableYuan).Put("（"u8).Put(reason).Put("）"u8);
            }
            else
            {
                w.Put(outcome).Put(", award "u8).Yuan(awardYuan).Put(", payable "u8).Yuan(payableYuan).Put(" ("u8).Put(reason).Put(")"u8);
            }
        }
    }

    private static void Body(Decision decision, TextOut w)
    {
        foreach (var step in decision.Trace)
        {
            Append(w.Separator(), step, decision.Info);
        }

        foreach (var problem in decision.Problems)
        {
            Append(w.Separator(), problem);
        }

        if (decision.NonDuplication is { } nd)
        {
            Append(w.Separator(), nd);
        }
    }

    private static void Append(TextOut w, TraceStep step, MeasureInfo? info)
    {
        var zh = w.Zh;
        var field = FieldName(step.Field, zh);
        info ??= step.Clause.TryGetMeasure(out var measure) ? MeasureCatalogue.Default.Get(measure) : null;

        // The clause is cited first; an unknown one is reported after the body, as the body's faults come first.
        var cite = CiteText(step.Clause, zh);
        if (cite is { Length: not 0 })
        {
            w.Put(cite);
        }

        switch (step.Code)
        {
            case TraceCode.DateFromClock:
                AppendDateFromClock(w, step);
                break;
            case TraceCode.ValidityWindow:
                AppendValidityWindow(w, step, field);
                break;
            case TraceCode.DistrictTransition:
                AppendDistrictTransition(w, step);
                break;
            case TraceCode.FlagRequired:
                AppendFlagRequired(w, step, field);
                break;
            case TraceCode.GradeRequired:
                AppendGradeRequired(w, step, field);
                break;
            case TraceCode.FieldListed:
                AppendFieldListed(w, step, field);
                break;
            case TraceCode.AmountPositive:
                AppendAmountPositive(w, step, field);
                break;
            case TraceCode.ThresholdExceeded:
                AppendThresholdExceeded(w, step, field);
                break;
            case TraceCode.ThresholdReached:
                AppendThresholdReached(w, step, field);
                break;
            case TraceCode.ShareOfBase:
                AppendShareOfBase(w, step, field);
                break;
            case TraceCode.AbsoluteCap:
                AppendAbsoluteCap(w, step);
                break;
            case TraceCode.MajorProjectCap:
                AppendMajorProjectCap(w, step);
                break;
            case TraceCode.TierAward:
                AppendTierAward(w, step);
                break;
            case TraceCode.TierFromGrowth:
                AppendTierFromGrowth(w, step);
                break;
            case TraceCode.RestrictedUses:
                AppendRestrictedUses(w, step, info);
                break;
            case TraceCode.AmountNotFixed:
                AppendAmountNotFixed(w, step);
                break;
            case TraceCode.NonMonetarySupport:
                AppendNonMonetarySupport(w, step, info);
                break;
            case TraceCode.OverrideApplied:
                AppendOverrideApplied(w, step);
                break;
            case TraceCode.Rounding:
                AppendRounding(w, step);
                break;
            case TraceCode.CompositeScore:
                AppendCompositeScore(w, step);
                break;
            case TraceCode.RankAward:
                AppendRankAward(w, step);
                break;
            case TraceCode.TieAtBoundary:
                AppendTieAtBoundary(w, step);
                break;
            case TraceCode.EligibleFrom:
                AppendEligibleFrom(w, step, field);
                break;
            case TraceCode.CapReachedFrom:
                AppendCapReachedFrom(w, step, field);
                break;
            case TraceCode.NextTierFrom:
                AppendNextTierFrom(w, step, field);
                break;
            case TraceCode.NextTier:
                AppendNextTier(w, step);
                break;
            case TraceCode.TopTier:
                AppendTopTier(w, step);
                break;
            case TraceCode.ScoreToNextBand:
                AppendScoreToNextBand(w, step);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step.Code, "Unknown trace code.");
        }

        if (cite is null)
        {
            throw new ArgumentOutOfRangeException("clause", step.Clause, "Unknown clause.");
        }
    }

    /// <summary>What a binding amount adds after it.</summary>
    private static ReadOnlySpan<byte> Binding(TraceStep step, bool zh) => step.IsBinding ? (zh ? "（起约束作用）"u8 : " (binding)"u8) : default;

    private static void AppendDateFromClock(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;

        if (zh)
        {
            w.Put("未填申请日期，按今日 "u8).Value(l).Put("（Asia/Shanghai）判定"u8);
        }
        else
        {
            w.Put("No application date given, so decided as of today, "u8).Value(l).Put(" (Asia/Shanghai)"u8);
        }
    }

    private static void AppendValidityWindow(TextOut w, TraceStep step, byte[] field)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var res = step.Result;
        var passed = step.Passed;

        switch (zh, passed)
        {
            case (true, true):
                w.Put(field).Put(" "u8).Value(l).Put(" 在政策有效期 "u8).Value(r).Put(" 至 "u8).Value(res).Put(" 内"u8);
                break;
            case (true, false):
                w.Put(field).Put(" "u8).Value(l).Put(" 不在政策有效期 "u8).Value(r).Put(" 至 "u8).Value(res).Put(" 内，本政策不适用"u8);
                break;
            case (false, true):
                w.Put("The "u8).Put(field).Put(" "u8).Value(l).Put(" is within the policy's validity, "u8).Value(r).Put(" to "u8).Value(res);
                break;
            default:
                w.Put("The "u8).Put(field).Put(" "u8).Value(l).Put(" is outside the policy's validity, "u8).Value(r).Put(" to "u8).Value(res).Put(", so the policy does not apply"u8);
                break;
        }
    }

    private static void AppendDistrictTransition(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var res = step.Result;

        if (zh)
        {
            w.Put("区县代码 "u8).Value(l).Put(" 对应单位已撤销，过渡期内（至 "u8).Value(res).Put("）仍予受理，承继单位代码 "u8).Value(r);
        }
        else
        {
            w.Put("District code "u8).Value(l).Put(" names an abolished unit, accepted in the transition (to "u8).Value(res).Put(") with successor "u8).Value(r);
        }
    }

    private static void AppendFlagRequired(TextOut w, TraceStep step, byte[] field)
    {
        var zh = w.Zh;
        var l = step.Left;
        var passed = step.Passed;

        if (zh)
        {
            w.Put(field).Put("："u8).Value(l).Put(passed ? "，符合条件"u8 : "，不符合条件"u8);
        }
        else
        {
            w.Put(Capitalised(step.Field)).Put(": "u8).Value(l).Put(passed ? ", condition met"u8 : ", condition not met"u8);
        }
    }

    private static void AppendGradeRequired(TextOut w, TraceStep step, byte[] field)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var passed = step.Passed;

        if (zh)
        {
            w.Put(field).Put(" "u8).Value(l).Put(passed ? "，符合“"u8 : "，不符合“"u8).Value(r).Put("等级”的要求"u8);
        }
        else
        {
            w.Put("Cluster grade "u8).Value(l).Put(passed ? " meets the required grade "u8 : " does not meet the required grade "u8).Value(r);
        }
    }

    private static void AppendFieldListed(TextOut w, TraceStep step, byte[] field)
    {
        var zh = w.Zh;
        var l = step.Left;
        var passed = step.Passed;

        switch (zh, passed)
        {
            case (true, true):
                w.Put("平台领域“"u8).Value(l).Put("”属条款所列领域"u8);
                break;
            case (true, false):
                w.Put("平台领域“"u8).Value(l).Put("”不在条款所列八个领域内（条款以“等领域”结尾）"u8);
                break;
            case (false, true):
                w.Put("Platform field \""u8).Value(l).Put("\" is one the clause lists"u8);
                break;
            default:
                w.Put("Platform field \""u8).Value(l).Put("\" is not among the eight the clause lists (the list ends with \"等\")"u8);
                break;
        }
    }

    private static void AppendAmountPositive(TextOut w, TraceStep step, byte[] field)
    {
        var zh = w.Zh;
        var l = step.Left;
        var passed = step.Passed;

        if (zh)
        {
            w.Put(field).Put(" "u8).Value(l).Put(passed ? " 大于 0"u8 : " 不大于 0"u8);
        }
        else
        {
            w.Put(Capitalised(step.Field)).Put(" "u8).Value(l).Put(passed ? " is above 0"u8 : " is not above 0"u8);
        }
    }

    private static void AppendThresholdExceeded(TextOut w, TraceStep step, byte[] field)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var passed = step.Passed;

        if (zh)
        {
            w.Put(field).Put(" "u8).Value(l).Put(passed ? " 超过 "u8 : " 未超过 "u8).Value(r).Put("（“超过”不含本数）"u8);
        }
        else
        {
            w.Put(Capitalised(step.Field)).Put(" "u8).Value(l).Put(passed ? " is above "u8 : " is not above "u8).Value(r).Put(" (\"超过\" is strictly above)"u8);
        }
    }

    private static void AppendThresholdReached(TextOut w, TraceStep step, byte[] field)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var passed = step.Passed;

        if (zh)
        {
            w.Put(field).Put(" "u8).Value(l).Put(passed ? " 达到 "u8 : " 未达到 "u8).Value(r).Put("（“以上”含本数）"u8);
        }
        else
        {
            w.Put(Capitalised(step.Field)).Put(" "u8).Value(l).Put(passed ? " reaches "u8 : " does not reach "u8).Value(r).Put(" (\"以上\" includes the amount)"u8);
        }
    }

    private static void AppendShareOfBase(TextOut w, TraceStep step, byte[] field)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var res = step.Result;
        var binding = Binding(step, w.Zh);

        if (zh)
        {
            w.Put(field).Put(" "u8).Value(r).Put(" × "u8).Value(l).Put(" = "u8).Value(res).Put(binding);
        }
        else
        {
            w.Value(l).Put(" of "u8).Put(field).Put(" "u8).Value(r).Put(" = "u8).Value(res).Put(binding);
        }
    }

    private static void AppendAbsoluteCap(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;
        var binding = Binding(step, w.Zh);

        w.Put(zh ? "最高不超过 "u8 : "Cap "u8).Value(l).Put(binding);
        AppendCapReached(w, step);
    }

    private static void AppendMajorProjectCap(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;
        var binding = Binding(step, w.Zh);

        w.Put(zh ? "经市政府同意的特别重大项目，最高不超过 "u8 : "Cap for an especially major project approved by the municipal government "u8).Value(l).Put(binding);
        AppendCapReached(w, step);
    }

    private static void AppendTierAward(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;
        var res = step.Result;

        if (zh)
        {
            w.Put("第 "u8).Value(l).Put(" 档定额奖励 "u8).Value(res);
        }
        else
        {
            w.Put("Tier "u8).Value(l).Put(" award "u8).Value(res);
        }
    }

    private static void AppendTierFromGrowth(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var res = step.Result;
        var passed = step.Passed;

        switch (zh, passed)
        {
            case (true, true):
                w.Put("营业收入增速 "u8).Value(l).Put(" 达到 "u8).Value(r).Put("，认定为第 "u8).Value(res).Put(" 档"u8);
                break;
            case (true, false):
                w.Put("营业收入增速 "u8).Value(l).Put(" 未达到最低档 "u8).Value(r);
                break;
            case (false, true):
                w.Put("Revenue growth "u8).Value(l).Put(" reaches "u8).Value(r).Put(": tier "u8).Value(res);
                break;
            default:
                w.Put("Revenue growth "u8).Value(l).Put(" does not reach the lowest tier's "u8).Value(r);
                break;
        }
    }

    private static void AppendRestrictedUses(TextOut w, TraceStep step, MeasureInfo? info)
    {
        var zh = w.Zh;

        w.Put(zh ? "奖励资金专项用于："u8 : "The award's funds are restricted to: "u8);
        AppendChannels(w, info);
    }

    private static void AppendAmountNotFixed(TextOut w, TraceStep step)
    {
        var zh = w.Zh;

        w.Put(zh
            ? "条款规定给予行业协会“一定奖励”而未定金额，须人工审核，奖励用于培育行业龙头企业、具有行业示范带动作用的标志性项目及品牌"u8
            : "The clause promises industry associations \"a certain reward\" without an amount, so it needs review (the reward is for cultivating leading firms, flagship projects and brands)"u8);
    }

    private static void AppendNonMonetarySupport(TextOut w, TraceStep step, MeasureInfo? info)
    {
        var zh = w.Zh;

        if (zh)
        {
            w.Put("非资金支持："u8);
            AppendChannels(w, info);
            w.Put("，牵头单位："u8).Put(info?.LeadUnitZh);
        }
        else
        {
            w.Put("Non-monetary support: "u8);
            AppendChannels(w, info);
            w.Put(" (lead unit: "u8).Put(info?.LeadUnitEn).Put((byte)')');
        }
    }

    private static void AppendOverrideApplied(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var passed = step.Passed;

        switch (zh, passed)
        {
            case (true, true):
                w.Put("经 "u8).Put(step.Text).Put(" 批准，以自由裁量金额 "u8).Value(r).Put(" 替代默认上限 "u8).Value(l).Put("（条款为“原则上”）"u8);
                break;
            case (true, false):
                w.Put("自由裁量金额 "u8).Value(r).Put("（"u8).Put(step.Text).Put("）未适用：申请不符合条件"u8);
                break;
            case (false, true):
                w.Put("Approved by "u8).Put(step.Text).Put(": the discretionary amount "u8).Value(r).Put(" replaces the default ceiling "u8).Value(l).Put(" (the clause says \"原则上\")"u8);
                break;
            default:
                w.Put("The discretionary amount "u8).Value(r).Put(" ("u8).Put(step.Text).Put(") is not applied: the application does not qualify"u8);
                break;
        }
    }

    private static void AppendRounding(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var res = step.Result;

        if (zh)
        {
            w.Put("按 "u8).Value(r).Put(" 向下取整："u8).Value(l).Put(" → "u8).Value(res);
        }
        else
        {
            w.Put("Rounded down to a multiple of "u8).Value(r).Put(": "u8).Value(l).Put(" → "u8).Value(res);
        }
    }

    private static void AppendCompositeScore(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var res = step.Result;

        w.Put(zh ? "综合评价得分 "u8 : "Composite score "u8).Value(res);
    }

    private static void AppendRankAward(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var res = step.Result;
        var passed = step.Passed;

        switch (zh, passed)
        {
            case (true, true):
                w.Put("综合评价第 "u8).Value(l).Put(" 名，在前 "u8).Value(r).Put(" 名之内，奖励 "u8).Value(res);
                break;
            case (true, false):
                w.Put("综合评价第 "u8).Value(l).Put(" 名，未进入前 "u8).Value(r).Put(" 名"u8);
                break;
            case (false, true):
                w.Put("Ranked "u8).Value(l).Put(", within the first "u8).Value(r).Put(": award "u8).Value(res);
                break;
            default:
                w.Put("Ranked "u8).Value(l).Put(", outside the first "u8).Value(r);
                break;
        }
    }

    private static void AppendTieAtBoundary(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var res = step.Result;

        if (zh)
        {
            w.Put("综合评价第 "u8).Value(l).Put(" 名，与其他区县完全并列且跨越第 "u8).Value(r).Put(" 名的奖励分界，须人工审核（最高 "u8).Value(res).Put("）"u8);
        }
        else
        {
            w.Put("Ranked "u8).Value(l).Put(" but level with other districts across the award boundary after rank "u8).Value(r).Put(": needs review (at most "u8).Value(res).Put(")"u8);
        }
    }

    private static void AppendEligibleFrom(TextOut w, TraceStep step, byte[] field)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var res = step.Result;

        if (step.Result.Unit == ValueUnit.Rate)
        {
            if (zh)
            {
                w.Put(field).Put("达到 "u8).Value(r).Put(" 方符合条件，现为 "u8).Value(l).Put("，尚差 "u8).Points(step.Result.Number);
            }
            else
            {
                w.Put(Capitalised(step.Field)).Put(" qualifies from "u8).Value(r).Put(": at "u8).Value(l).Put(" it is "u8).Points(step.Result.Number).Put(" short"u8);
            }
        }
        else if (zh)
        {
            w.Put(field).Put("达到 "u8).Value(r).Put(" 方符合条件，现为 "u8).Value(l).Put("，尚差 "u8).Value(res);
        }
        else
        {
            w.Put(Capitalised(step.Field)).Put(" qualifies from "u8).Value(r).Put(": at "u8).Value(l).Put(" it is "u8).Value(res).Put(" short"u8);
        }
    }

    private static void AppendCapReachedFrom(TextOut w, TraceStep step, byte[] field)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var res = step.Result;
        var passed = step.Passed;

        var above = TraceValue.Yuan(-step.Result.Number);
        switch (zh, passed, step.Result.Number > 0m)
        {
            case (true, true, false):
                w.Put(field).Put("达到 "u8).Value(r).Put(" 时，按比例计算的金额即达到上限，现为 "u8).Value(l).Put("，高出 "u8).Value(above);
                break;
            case (true, true, true):
                w.Put(field).Put("达到 "u8).Value(r).Put(" 时，按比例计算的金额即达到上限，现为 "u8).Value(l).Put("，已达到上限"u8);
                break;
            case (true, false, _):
                w.Put(field).Put("达到 "u8).Value(r).Put(" 时，按比例计算的金额即达到上限，现为 "u8).Value(l).Put("，尚差 "u8).Value(res);
                break;
            case (false, true, false):
                w.Put("The share of "u8).Put(field).Put(" reaches the cap from "u8).Value(r).Put(": at "u8).Value(l).Put(" it is "u8).Value(above).Put(" above that"u8);
                break;
            case (false, true, true):
                w.Put("The share of "u8).Put(field).Put(" reaches the cap from "u8).Value(r).Put(": at "u8).Value(l).Put(" it reaches the cap"u8);
                break;
            default:
                w.Put("The share of "u8).Put(field).Put(" reaches the cap from "u8).Value(r).Put(": at "u8).Value(l).Put(" it is "u8).Value(res).Put(" short"u8);
                break;
        }
    }

    private static void AppendNextTierFrom(TextOut w, TraceStep step, byte[] field)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;

        if (zh)
        {
            w.Put(field).Put("达到 "u8).Value(r).Put(" 可升至上一档，现为 "u8).Value(l).Put("，尚差 "u8).Points(step.Result.Number);
        }
        else
        {
            w.Put(Capitalised(step.Field)).Put(" reaches the next tier up from "u8).Value(r).Put(": at "u8).Value(l).Put(" it is "u8).Points(step.Result.Number).Put(" short"u8);
        }
    }

    private static void AppendNextTier(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var r = step.Right;
        var res = step.Result;

        if (zh)
        {
            w.Put("上一档为第 "u8).Value(r).Put(" 档，定额奖励 "u8).Value(res);
        }
        else
        {
            w.Put("The next tier up is tier "u8).Value(r).Put(", with an award of "u8).Value(res);
        }
    }

    private static void AppendTopTier(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;

        if (zh)
        {
            w.Put("第 "u8).Value(l).Put(" 档为最高档"u8);
        }
        else
        {
            w.Put("Tier "u8).Value(l).Put(" is the top tier"u8);
        }
    }

    private static void AppendScoreToNextBand(TextOut w, TraceStep step)
    {
        var zh = w.Zh;
        var l = step.Left;
        var r = step.Right;
        var res = step.Result;
        var gap = res.Number;
        var small = gap < 0.0001m && !decimal.IsNegative(gap); // read only where gap != 0, so 0 itself needs no test
        switch (zh, gap == 0m)
        {
            case (true, false):
                w.Put("进入前 "u8).Value(l).Put(" 名须超过第 "u8).Value(l).Put(" 名的综合评价得分 "u8).Value(r).Put("，尚差 "u8);
                (small ? w.Put("不足 0.0001"u8) : w.Put(res.Format(Language.Chinese))).Put("（按本年度各区县数据归一化计算，本区县指标的变化也会改变归一化结果）"u8);
                break;
            case (true, true):
                w.Put("进入前 "u8).Value(l).Put(" 名：综合评价得分与第 "u8).Value(l).Put(" 名相同（"u8).Value(r).Put("），按并列排序规则居后"u8);
                break;
            case (false, false):
                w.Put("To enter the first "u8).Value(l).Put(", the score must pass "u8).Value(r).Put(", that of the district ranked "u8).Value(l).Put(": "u8);
                (small ? w.Put("less than 0.0001"u8) : w.Put(res.Format(Language.English))).Put(" short (at this year's normalisation, which this district's own figures also move)"u8);
                break;
            default:
                w.Put("To enter the first "u8).Value(l).Put(": the score equals that of the district ranked "u8).Value(l).Put(" ("u8).Value(r).Put("), which is ahead on the tie-break"u8);
                break;
        }
    }

    private static void Append(TextOut w, Problem problem)
    {
        var zh = w.Zh;
        var language = zh ? Language.Chinese : Language.English;
        var e = problem.Expected;
        var message = problem.Code switch
        {
            ProblemCode.Required => zh ? (e is null ? "必填，未填写" : $"必填（或填写 {e}），未填写") : (e is null ? "is required but not given" : $"is required (or give {e}) but not given"),
            ProblemCode.MustNotBeNegative => zh ? "不得为负数" : "must not be negative",
            ProblemCode.ExceedsTotalInvestment => zh ? $"经核定的投资金额不得超过项目投资总额 {e}" : $"approved investment must not exceed total investment {e}",
            ProblemCode.UnknownDistrict => zh ? "不是重庆市区县代码（GB/T 2260）" : "is not a Chongqing county-level code (GB/T 2260)",
            ProblemCode.DistrictNotYetInForce => zh ? $"该区县自 {e} 起设立，申请日期时尚不存在" : $"names a unit that exists only from {e}",
            ProblemCode.DistrictAbolished => zh ? $"该区县已撤销且过渡期已结束，应使用承继单位代码 {e}" : $"names an abolished unit after the transition (use its successor {e})",
            ProblemCode.CreditCodeLength => zh ? $"应为 {e} 位" : $"must be {e} characters long",
            ProblemCode.CreditCodeCharacter => zh ? $"含有不允许的字符（允许：{e}）" : $"has a character outside the code's alphabet ({e})",
            ProblemCode.CreditCodeDivision => zh ? "第 3–8 位应为 6 位数字的行政区划码" : "positions 3–8 must be a six-digit division code",
            ProblemCode.CreditCodeCheck => zh ? $"校验码错误，按 GB 32100-2015 应为 {e}" : $"has a wrong check character (GB 32100-2015 gives {e})",
            ProblemCode.OverrideWithoutApproval => zh ? "填写了自由裁量金额，但缺少批准机关和文号" : "must give the approving body and document number for a discretionary amount",
            ProblemCode.OverrideNotPermitted => zh ? $"该措施条款无“原则上”，不允许自由裁量金额（允许的措施：{e}）" : $"a discretionary amount is not allowed for this measure (allowed for: {e})",
            ProblemCode.ApprovalWithoutOverride => zh ? "填写了批准文号，但没有自由裁量金额" : "an approval reference is given without a discretionary amount",
            ProblemCode.TierOutOfRange => zh ? $"档次应为 {e}" : $"tier must be {e}",
            ProblemCode.GrowthBelowMinusOneHundredPercent => zh ? "增速不能低于 -100%" : "growth cannot be below -100%",
            ProblemCode.DecidedByRanking => zh ? "第（六）条按区县年度综合评价排名认定，不受理单个申请（请使用 rank-districts）" : "measure 6 is decided by ranking districts' statistics, not by application (use rank-districts)",
            ProblemCode.UndefinedValue => zh ? (e is null ? "取值无效" : $"取值无效，应为 {e}") : (e is null ? "is not a defined value" : $"is not a defined value (expected {e})"),
            ProblemCode.DuplicateApplicationId => zh ? (e is null ? "与前面的申请编号重复" : $"与第 {e} 行的申请编号重复") : (e is null ? "repeats an earlier application id" : $"repeats the application id of row {e}"),
            ProblemCode.DuplicateDistrict => zh ? "该区县在本年度已有一行数据" : "repeats a district already given for the year",
            ProblemCode.DistrictNotInRankingYear => zh ? $"在评价基准日 {e} 不是有效的区县单位" : $"is not a unit in force on the reference day {e}",
            ProblemCode.UnreadableValue => (zh, ValueFormats.TryParse(e, out var format) ? format.Describe(language) : e) switch
            {
                (true, null) => "无法读取",
                (true, var x) => $"无法读取，应为{x}",
                (false, null) => "cannot be read",
                (false, var x) => $"cannot be read (expected {x})",
            },
            ProblemCode.FieldCount => zh ? (e is null ? "该行字段个数与表头不符" : $"该行字段个数与表头不符（表头有 {e} 个）") : (e is null ? "is the row's number of fields, unlike the header's" : $"is the row's number of fields; the header has {e}"),
            ProblemCode.HiddenCharacter => zh ? $"含看不见的控制、格式或空白字符 {e}，看来相同的编号可能并不相同" : $"holds {e}, a control, format or space character that cannot be seen, so ids that look the same could differ",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Code, "Unknown problem code."),
        };
        w.Put(problem.Field.ToColumnName());
        if (problem.Value is not null)
        {
            w.Put(" \""u8).Put(problem.Value).Put((byte)'"');
        }

        w.Put(": "u8).Put(message);
    }

    private static void Append(TextOut w, NonDuplication nd)
    {
        w.Put(CiteText(PolicyClause.NonDuplication, w.Zh));
        if (nd.Suppression is SuppressionKind.SupersededByHigher or SuppressionKind.SupersededByOtherPolicy)
        {
            AppendSuppressed(w, nd);
        }
        else
        {
            AppendPaid(w, nd);
        }
    }

    /// <summary>就高不重复 with this application not paid: a higher or prior one, or another policy, wins.</summary>
    private static void AppendSuppressed(TextOut w, NonDuplication nd)
    {
        var zh = w.Zh;
        var other = nd.OtherPolicyAwardYuan;
        var otherName = nd.OtherPolicyName ?? (zh ? "其他同类政策" : "another municipal policy");
        var winnerAward = nd.WinnerAwardYuan;
        switch (nd.Suppression, zh)
        {
            case (SuppressionKind.SupersededByHigher, true):
                w.Put("就高不重复：同一支持对象 "u8).Put(nd.SubjectId).Put(" 的申请 "u8).Put(nd.WinnerApplicationId).Put("（"u8)
                    .Put(MeasureCatalogue.Default.Get(nd.WinnerMeasure).ClauseNumber).Put(PartSuffix(nd.WinnerMeasure))
                    .Put("）奖励更高或优先（"u8).Yuan(winnerAward).Put("），本申请不予支付"u8);
                break;
            case (SuppressionKind.SupersededByHigher, false):
                w.Put("No duplicate support: application "u8).Put(nd.WinnerApplicationId).Put(" (measure "u8).Put(nd.WinnerMeasure.ToCode())
                    .Put(") for the same subject "u8).Put(nd.SubjectId).Put(" carries the higher or prior award ("u8).Yuan(winnerAward).Put("), so this one is not paid"u8);
                break;
            case (SuppressionKind.SupersededByOtherPolicy, true):
                w.Put("就高不重复：同一支持对象 "u8).Put(nd.SubjectId).Put(" 已获 "u8).Put(otherName).Put(" 支持 "u8).Yuan(other)
                    .Put("，不低于本政策奖励 "u8).Yuan(winnerAward).Put("，本申请不予支付"u8);
                break;
            case (SuppressionKind.SupersededByOtherPolicy, false):
                w.Put("No duplicate support: "u8).Put(otherName).Put(" supports the same subject "u8).Put(nd.SubjectId).Put(" with "u8).Yuan(other)
                    .Put(", not less than this policy's "u8).Yuan(winnerAward).Put(", so this one is not paid"u8);
                break;
        }
    }

    /// <summary>就高不重复 with this application paid.</summary>
    private static void AppendPaid(TextOut w, NonDuplication nd)
    {
        var other = nd.OtherPolicyAwardYuan;
        if (w.Zh)
        {
            w.Put("就高不重复：支持对象 "u8).Put(nd.SubjectId).Put(" 比较了 "u8).Count(nd.ComparedApplicationIds.Length).Put(" 项申请，本申请奖励最高，予以支付"u8);
            if (other is { } o)
            {
                w.Put("，高于 "u8).Put(nd.OtherPolicyName ?? "其他同类政策").Put(" 的 "u8).Yuan(o).Put("，两者不得重复享受"u8);
            }
        }
        else
        {
            w.Put("No duplicate support: of "u8).Count(nd.ComparedApplicationIds.Length).Put(" application(s) for subject "u8).Put(nd.SubjectId)
                .Put(" this one carries the highest award and is paid"u8);
            if (other is { } p)
            {
                w.Put(", above "u8).Put(nd.OtherPolicyName ?? "another municipal policy").Put("'s "u8).Yuan(p).Put(", which must not be paid as well"u8);
            }
        }
    }

    /// <summary>
    /// After a cap on a share of a base: the base from which the share reaches the cap, and how far the base is from it
    /// or past it. A base with fractions of a fen may reach the cap a fraction of a fen before the boundary, which is in
    /// whole fen; the binding cap then says so.
    /// </summary>
    private static void AppendCapReached(TextOut w, TraceStep step)
    {
        if (!step.Right.HasValue)
        {
            return;
        }

        var zh = w.Zh;
        var from = step.Right;
        var distance = step.Result.Number;
        var gap = Math.Abs(distance);
        var field = FieldName(step.Clause == PolicyClause.Measure13 ? RecordField.EventActualInputYuan : RecordField.ApprovedInvestmentYuan, zh);
        switch (zh, distance > 0m && !step.IsBinding)
        {
            case (true, true):
                w.Put("，"u8).Put(field).Put("达到 "u8).Value(from).Put(" 时按比例计算的金额即达到上限，尚差 "u8).Yuan(gap);
                break;
            case (true, false):
                w.Put("，"u8).Put(field).Put("达到 "u8).Value(from);
                if (distance > 0m)
                {
                    w.Put(" 时按比例计算的金额即达到上限，现已达到上限"u8);
                }
                else
                {
                    w.Put(" 时按比例计算的金额即达到上限，现高出 "u8).Yuan(gap);
                }

                break;
            case (false, true):
                w.Put(", reached by the share of "u8).Put(field).Put(" from "u8).Value(from).Put(": "u8).Yuan(gap).Put(" short"u8);
                break;
            default:
                w.Put(", reached by the share of "u8).Put(field).Put(" from "u8).Value(from);
                if (distance > 0m)
                {
                    w.Put(", and reached now"u8);
                }
                else
                {
                    w.Put(": "u8).Yuan(gap).Put(" above that"u8);
                }

                break;
        }
    }

    private static void AppendChannels(TextOut w, MeasureInfo? info)
    {
        if (info is null)
        {
            return;
        }

        var zh = w.Zh;
        if (IsDefault(info))
        {
            w.Put((zh ? ChannelsZh : ChannelsEn)[(int)info.Id]!);
            return;
        }

        var first = true;
        foreach (var channel in info.Channels)
        {
            if (!first)
            {
                w.Put(zh ? "、"u8 : ", "u8);
            }

            w.Put(zh ? channel.NameZh : channel.NameEn);
            first = false;
        }
    }

    /// <summary>What follows （七） in a Chinese citation of one of its parts; English cites the part by its code alone.</summary>
    private static string PartSuffix(MeasureId measure) => measure switch
    {
        MeasureId.Measure7a => "（7a）",
        MeasureId.Measure7b => "（7b）",
        MeasureId.Measure7c => "（7c）",
        MeasureId.Measure7d => "（7d）",
        _ => string.Empty,
    };

    /// <summary>The citation of a clause, or <see langword="null"/> for a clause that is not defined.</summary>
    private static string? TryCite(PolicyClause clause, bool zh) => (zh ? CitesZh : CitesEn)[(byte)clause];

    /// <summary>The citation of a clause as a step opens with it, in UTF-8, or <see langword="null"/> for a clause that is not defined.</summary>
    private static byte[]? CiteText(PolicyClause clause, bool zh) => (zh ? CiteBytesZh : CiteBytesEn)[(byte)clause];

    /// <summary>Every clause's citation, made once: a step cites its clause each time it is rendered.</summary>
    private static ImmutableArray<string?> Cites(bool zh)
    {
        var cites = new string?[256];
        for (var i = 0; i < cites.Length; i++)
        {
            var clause = (PolicyClause)(byte)i;
            cites[i] = clause switch
            {
                PolicyClause.None => string.Empty,
                PolicyClause.Validity or PolicyClause.NonDuplication => zh ? "七、附则" : "VII Supplementary provisions",
                PolicyClause.Rounding => zh ? "X4 金额取整" : "X4 rounding",
                PolicyClause.Discretion => zh ? "X6 原则上" : "X6 discretion",
                PolicyClause.DistrictRegistry => zh ? "区县代码（GB/T 2260）" : "district codes (GB/T 2260)",
                _ when clause.TryGetMeasure(out var measure) => zh
                    ? MeasureCatalogue.Default.Get(measure).ClauseNumber + PartSuffix(measure)
                    : "(" + measure.ToCode() + ")",
                _ => null,
            };
        }

        return [.. cites];
    }

    /// <summary>Encodes each citation once in brackets, keeping the gaps and the empty one.</summary>
    private static ImmutableArray<byte[]?> Bracketed(ImmutableArray<string?> cites) =>
        [.. cites.Select(c => c is null ? null : c.Length == 0 ? [] : Encoding.UTF8.GetBytes("[" + c + "] "))];

    /// <summary>An outcome's name in UTF-8; an undefined outcome is refused as <see cref="Name(Outcome, Language)"/> refuses it.</summary>
    private static byte[] OutcomeName(Outcome outcome, bool zh) =>
        (uint)outcome < 8 && (zh ? OutcomesZh : OutcomesEn)[(int)outcome] is { } name ? name : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");

    /// <summary>A reason's code in UTF-8; an undefined reason is refused as <see cref="ReasonCodes.ToCode"/> refuses it.</summary>
    private static byte[] ReasonText(ReasonCode reason) => ReasonBytes[(byte)reason] ?? throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason.");

    /// <summary>A field's name in UTF-8; an undefined field is refused as <see cref="Name(RecordField, Language)"/> refuses it.</summary>
    private static byte[] FieldName(RecordField field, bool zh) =>
        (zh ? FieldsZh : FieldsEn)[(byte)field] ?? throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown field.");

    /// <summary>
    /// A field's English name with its first letter upper-cased, for a field that starts a sentence: only of a step's
    /// own field, which <see cref="FieldName"/> has refused already when it is not defined.
    /// </summary>
    private static byte[] Capitalised(RecordField field) => FieldsEnCapitalised[(byte)field]!;

    /// <summary>Every English name and column name starts with a lower-case ASCII letter.</summary>
    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The heading's words before the outcome, in UTF-8, for an entry of the built-in catalogue; <see langword="null"/> for another.</summary>
    private static byte[]? Heading(MeasureInfo info, bool zh) => IsDefault(info) ? (zh ? HeadingsZh : HeadingsEn)[(int)info.Id] : null;

    /// <summary>Whether a catalogue entry is the built-in catalogue's own, whose texts are encoded once.</summary>
    private static bool IsDefault(MeasureInfo info)
    {
        var i = (int)info.Id;
        return (uint)i < (uint)DefaultInfos.Length && ReferenceEquals(DefaultInfos[i], info);
    }

    private static ImmutableArray<byte[]?> Outcomes(bool zh)
    {
        var names = new byte[]?[8];
        for (var o = Outcome.Eligible; o <= Outcome.Invalid; o++)
        {
            names[(int)o] = Encoding.UTF8.GetBytes(Name(o, zh ? Language.Chinese : Language.English));
        }

        return [.. names];
    }

    private static ImmutableArray<byte[]?> Reasons()
    {
        var codes = new byte[]?[256];
        for (var r = ReasonCode.RateApplied; r <= ReasonCode.SupersededByOtherPolicy; r++)
        {
            codes[(int)r] = Encoding.UTF8.GetBytes(r.ToCode());
        }

        return [.. codes];
    }

    private static ImmutableArray<byte[]?> Fields(bool zh, bool capitalised)
    {
        var names = new byte[]?[256];
        for (var f = RecordField.Record; f <= RecordField.NetIncreaseCount; f++)
        {
            var name = Name(f, zh ? Language.Chinese : Language.English);
            names[(int)f] = Encoding.UTF8.GetBytes(capitalised ? Capitalise(name) : name);
        }

        return [.. names];
    }

    private static ImmutableArray<MeasureInfo?> Defaults()
    {
        var infos = new MeasureInfo?[MeasureCatalogue.Default.All.Max(i => (int)i.Id) + 1];
        // Stryker disable once Block : with no entry known, every heading is composed by Heading's other arms, the same words
        foreach (var info in MeasureCatalogue.Default.All)
        {
            infos[(int)info.Id] = info;
        }

        return [.. infos];
    }

    private static ImmutableArray<byte[]?> Channels(bool zh) =>
    [
        .. DefaultInfos.Select(info => info is null ? null : Encoding.UTF8.GetBytes(string.Join(zh ? "、" : ", ", info.Channels.Select(c => zh ? c.NameZh : c.NameEn)))),
    ];

    private static ImmutableArray<byte[]?> Headings(bool zh) =>
    [
        .. DefaultInfos.Select(info => info is null ? null : Encoding.UTF8.GetBytes(zh
            ? info.ClauseNumber + PartSuffix(info.Id) + info.TitleZh + "："
            : "Measure (" + info.Code + ") " + info.TitleEn + ": ")),
    ];

    /// <summary>
    /// Where text is rendered: UTF-8 bytes appended to a <see cref="Utf8Text"/>, or characters to a
    /// <see cref="CharText"/>. The fixed words are written as UTF-8 and, for characters, decoded. Two words wide, so
    /// that passing it on costs nothing.
    /// </summary>
    private readonly struct TextOut
    {
        private readonly object _target;

        internal TextOut(StringBuilder chars, string separator, bool zh)
        {
            _target = new CharText(chars, separator);
            Zh = zh;
        }

        internal TextOut(Utf8Text bytes, bool zh)
        {
            _target = bytes;
            Zh = zh;
        }

        /// <summary>Whether the text is Chinese.</summary>
        internal bool Zh { get; }

        /// <summary>UTF-8 text: a fixed word, an encoded name, digits.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal TextOut Put(ReadOnlySpan<byte> utf8)
        {
            if (_target is Utf8Text bytes)
            {
                bytes.Put(utf8);
            }
            else
            {
                ((CharText)_target).Put(utf8);
            }

            return this;
        }

        /// <summary>One ASCII character.</summary>
        internal TextOut Put(byte ascii)
        {
            if (_target is Utf8Text bytes)
            {
                bytes.Put(ascii);
            }
            else
            {
                ((CharText)_target).Chars.Append((char)ascii);
            }

            return this;
        }

        /// <summary>A text as it is.</summary>
        internal TextOut Put(string? text)
        {
            if (_target is Utf8Text bytes)
            {
                bytes.Put(text);
            }
            else
            {
                ((CharText)_target).Chars.Append(text);
            }

            return this;
        }

        /// <summary>What separates the parts of an explanation.</summary>
        internal TextOut Separator()
        {
            if (_target is Utf8Text bytes)
            {
                bytes.Separator();
            }
            else
            {
                var chars = (CharText)_target;
                chars.Chars.Append(chars.Separator);
            }

            return this;
        }

        /// <summary>A trace value, as <see cref="TraceValue.Format"/> writes it.</summary>
        [SkipLocalsInit]
        internal TextOut Value(TraceValue value)
        {
            if (_target is Utf8Text bytes)
            {
                // Formatted in place, unless the buffer remembers the text; remembered for the next time.
                var key = 1 + (int)value.Unit + (Zh ? 256 : 0);
                if (bytes.TryPutRemembered(value.Number, key, out var slot))
                {
                    return this;
                }

                var span = bytes.Reserve(ValueText.MaxLength);
                var n = ValueText.Format(value, Zh, span);
                if (n != ValueText.Declined)
                {
                    bytes.Remember(slot, value.Number, key, span, n);
                    bytes.Advance(n);
                    return this;
                }

                return Put(value.Format(Zh ? Language.Chinese : Language.English));
            }

            return CharValue(value);
        }

        /// <summary>
        /// <see cref="Value"/> into characters, through a buffer on the stack: apart, so that the usual path, into
        /// UTF-8, keeps a small frame without the buffer's guard.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private TextOut CharValue(TraceValue value)
        {
            Span<byte> buffer = stackalloc byte[ValueText.MaxLength];
            var written = ValueText.Format(value, Zh, buffer);
            return written != ValueText.Declined ? Put(buffer[..written]) : Put(value.Format(Zh ? Language.Chinese : Language.English));
        }

        /// <summary>An amount in yuan, as <see cref="TraceValue.Format"/> writes it.</summary>
        internal TextOut Yuan(decimal yuan) => Value(TraceValue.Yuan(yuan));

        /// <summary>An amount in yuan or nothing (an empty hole, as interpolation leaves for a missing value).</summary>
        internal TextOut Yuan(decimal? yuan) => yuan is { } y ? Yuan(y) : this;

        /// <summary>A count, as an <see cref="int"/> formats.</summary>
        [SkipLocalsInit]
        internal TextOut Count(int count)
        {
            Span<byte> buffer = stackalloc byte[16];
            count.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
            return Put(buffer[..written]);
        }

        /// <summary>
        /// A difference of two rates in percentage points, every digit kept (<c>0.05</c> is <c>5 个百分点</c>, <c>5
        /// percentage points</c>): a distance to a boundary is exact, so it is not cut to four places as a rate is.
        /// </summary>
        [SkipLocalsInit]
        internal TextOut Points(decimal difference)
        {
            if (Math.Abs(difference) < TraceValue.PercentOverflows)
            {
                // Room enough: a decimal has at most 29 digits, a sign and a point.
                Span<byte> buffer = stackalloc byte[ValueText.MaxLength];
                (difference * 100m).TryFormat(buffer, out var written, "0.############################", CultureInfo.InvariantCulture);
                Put(buffer[..written]);
            }
            else
            {
                Put(difference.ToString("F2", CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal));
            }

            return Put(Zh ? " 个百分点"u8 : " percentage points"u8);
        }
    }

    /// <summary>Characters being rendered, with the separator of an explanation's parts.</summary>
    private sealed class CharText(StringBuilder chars, string separator)
    {
        /// <summary>Where the characters go.</summary>
        internal StringBuilder Chars { get; } = chars;

        /// <summary>What separates the parts of an explanation.</summary>
        internal string Separator { get; } = separator;

        /// <summary>Appends UTF-8 text, decoded.</summary>
        [SkipLocalsInit]
        internal void Put(ReadOnlySpan<byte> utf8)
        {
            // Stryker disable once Conditional,Equality : where the characters are decoded (stack or heap) does not change them
            var buffer = utf8.Length <= 256 ? stackalloc char[utf8.Length] : new char[utf8.Length];
            Chars.Append(buffer[..Encoding.UTF8.GetChars(utf8, buffer)]);
        }
    }

    /// <summary>
    /// Formats trace values as UTF-8, as <see cref="TraceValue.Format"/> does: the common cases (amounts of at most two
    /// decimals, whole rates and counts, dates, flags) directly, the others through the same format strings or, for the
    /// rare units, not at all (the caller then takes <see cref="TraceValue.Format"/>'s text).
    /// </summary>
    private static class ValueText
    {
        /// <summary>The digits of 0 to 99, two bytes each.</summary>
        private static ReadOnlySpan<byte> Pairs => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

        /// <summary>10^0 to 10^16: the yuan of an amount below the fast limit have at most 14 digits; a scale is at most 28.</summary>
        private static ReadOnlySpan<ulong> Powers =>
        [
            1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000,
            1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000,
        ];

        /// <summary>Room enough for any value formatted here (a decimal grouped in thousands is at most about 42 bytes).</summary>
        internal const int MaxLength = 128;

        /// <summary>What <see cref="Format"/> returns for a value it leaves to <see cref="TraceValue.Format"/>.</summary>
        internal const int Declined = -1;

        /// <summary>What <see cref="Whole"/> returns for a number it does not look into.</summary>
        private const int NotWhole = -1;

        /// <summary>The smallest 64-bit digits whose × 100 overflows 64 bits.</summary>
        private const ulong TimesHundredOverflows = (ulong.MaxValue / 100) + 1;

        /// <summary>
        /// Writes <paramref name="value"/> as <see cref="TraceValue.Format"/> does into <paramref name="destination"/>
        /// (at least <see cref="MaxLength"/> bytes) and returns the number of bytes, or <see cref="Declined"/> for the
        /// values left to <see cref="TraceValue.Format"/>.
        /// </summary>
        internal static int Format(TraceValue value, bool zh, Span<byte> destination)
        {
            var number = value.Number;
            var written = 0;
            switch (value.Unit)
            {
                case ValueUnit.Yuan:
                    if (zh)
                    {
                        Grouped(number, destination, ref written);
                        Put(" 元"u8, destination, ref written);
                    }
                    else
                    {
                        Put("CNY "u8, destination, ref written);
                        Grouped(number, destination, ref written);
                    }

                    return written;
                case ValueUnit.Rate when Whole(number, 2) is var wholePercent && wholePercent != NotWhole:
                    // The usual rate: a whole percentage, read from the decimal's digits.
                    Put(wholePercent, destination, ref written);
                    Put("%"u8, destination, ref written);
                    return written;
                case ValueUnit.Rate when Math.Abs(number) >= TraceValue.PercentOverflows:
                    // Beyond a hundredth of the decimal range, as the general path writes it.
                    return Declined;
                case ValueUnit.Rate:
                    Put(number * 100m, "0.####", destination, ref written);
                    Put("%"u8, destination, ref written);
                    return written;
                // Stryker disable once Logical : a unit left out of this arm is declined, and TraceValue.Format writes the same digits
                case ValueUnit.Count or ValueUnit.DistrictCode or ValueUnit.Tier or ValueUnit.Rank:
                    var count = Whole(number, 0);
                    if (count != NotWhole)
                    {
                        Put(count, destination, ref written);
                    }
                    else
                    {
                        Put(number, "0", destination, ref written);
                    }

                    return written;
                case ValueUnit.Date:
                    return Date(number, destination);
                case ValueUnit.Flag:
                    Put(number != 0 ? (zh ? "是"u8 : "yes"u8) : (zh ? "否"u8 : "no"u8), destination, ref written);
                    return written;
                default:
                    // The rare units, and an empty slot (whose text is empty).
                    return Declined;
            }
        }

        /// <summary>
        /// <paramref name="number"/> × 10^<paramref name="shift"/> (a shift of 0 to 2) when it is a whole number from 0 to
        /// <see cref="int.MaxValue"/>, found from the decimal's own digits and scale without decimal arithmetic;
        /// <see cref="NotWhole"/> otherwise, and for the numbers this does not look into (negative, more than 64 bits of
        /// digits, digits whose × 100 would overflow), which the caller formats as a decimal. Each bound is the first
        /// value the reading would get wrong.
        /// </summary>
        private static int Whole(decimal number, int shift)
        {
            var parts = DecimalParts.Of(number);
            var scale = parts.Scale - shift;
            if (decimal.IsNegative(number) || parts.High32 != 0 || parts.Low64 >= TimesHundredOverflows || scale >= Powers.Length)
            {
                return NotWhole;
            }

            var digits = parts.Low64;
            if (scale >= 1)
            {
                (digits, var remainder) = Math.DivRem(digits, Powers[scale]);
                if (remainder != 0)
                {
                    return NotWhole;
                }
            }
            else
            {
                // Times 1, 10 or 100.
                digits *= Powers[-scale];
            }

            // From 2^31 the digits do not fit in an int.
            if (digits >= 2_147_483_648)
            {
                return NotWhole;
            }

            return (int)digits;
        }

        /// <summary>An amount as <c>#,##0.00</c> writes it.</summary>
        private static void Grouped(decimal amount, Span<byte> destination, ref int written)
        {
            if (!Utf8Text.TryFen(amount, out var fen))
            {
                Put(amount, "#,##0.00", destination, ref written);
                return;
            }

            var yuan = fen / 100;
            var cents = (int)(fen - (yuan * 100));

            // The digits from the highest bit: log10 is about log2 × 1233 / 4096, one below the count or the count itself,
            // which one power of ten tells apart (zero is counted as one, a digit). Below the fast limit the yuan have at
            // most 14 digits, so the powers do not run out. (Unsigned, the division is a shift.)
            var some = yuan | 1;
            var estimate = (int)((uint)(BitOperations.Log2(some) + 1) * 1233u / 4096u);
            var digits = estimate + (some < Powers[estimate] ? 0 : 1);

            var length = digits + ((digits - 1) / 3) + 3;
            var span = destination[written..];
            // From the right: the fen, then three digits and a comma at a time, then the one to three digits before them.
            var at = length - 3;
            span[at] = (byte)'.';
            span[at + 1] = Pairs[cents * 2];
            span[at + 2] = Pairs[(cents * 2) + 1];
            while (yuan >= 1000)
            {
                var rest = yuan / 1000;
                var group = (int)(yuan - (rest * 1000));
                var hundreds = group / 100;
                var pair = (group - (hundreds * 100)) * 2;
                span[--at] = Pairs[pair + 1];
                span[--at] = Pairs[pair];
                span[--at] = (byte)('0' + hundreds);
                span[--at] = (byte)',';
                yuan = rest;
            }

            var lead = (int)yuan;
            if (lead >= 100)
            {
                var hundreds = lead / 100;
                var pair = (lead - (hundreds * 100)) * 2;
                span[--at] = Pairs[pair + 1];
                span[--at] = Pairs[pair];
                span[--at] = (byte)('0' + hundreds);
            }
            else if (lead >= 10)
            {
                span[--at] = Pairs[(lead * 2) + 1];
                span[--at] = Pairs[lead * 2];
            }
            else
            {
                span[--at] = (byte)('0' + lead);
            }

            written += length;
        }

        /// <summary>
        /// A date held as yyyyMMdd, as <see cref="TraceValue.Format"/> writes it (<c>uuuu-MM-dd</c>); <see cref="Declined"/> for a year before 1 or after
        /// 9999 and for a date that does not exist, which the general path writes or refuses. Each bound is the first
        /// value that would go wrong.
        /// </summary>
        private static int Date(decimal number, Span<byte> destination)
        {
            var (yearMonth, day) = Math.DivRem((int)number, 100);
            var (year, month) = Math.DivRem(yearMonth, 100);
            if (year is <= 0 or >= 10_000 || (uint)(month - 1) >= 12 || (uint)(day - 1) >= (uint)DateTime.DaysInMonth(year, month))
            {
                return Declined;
            }

            // Two digits at a time: the century, the year within it, the month and the day.
            var (century, yearOfCentury) = Math.DivRem(year, 100);
            destination = destination[..10];
            TwoDigits(destination, 0, century);
            TwoDigits(destination, 2, yearOfCentury);
            destination[4] = (byte)'-';
            TwoDigits(destination, 5, month);
            destination[7] = (byte)'-';
            TwoDigits(destination, 8, day);
            return 10;
        }

        /// <summary>A number from 0 to 99 as two digits at <paramref name="at"/>.</summary>
        private static void TwoDigits(Span<byte> span, int at, int value)
        {
            span[at] = Pairs[value * 2];
            span[at + 1] = Pairs[(value * 2) + 1];
        }

        // The destination always has room (MaxLength), so the writes below always succeed.
        private static void Put(ReadOnlySpan<byte> text, Span<byte> destination, ref int written)
        {
            text.CopyTo(destination[written..]);
            written += text.Length;
        }

        private static void Put(int number, Span<byte> destination, ref int written)
        {
            number.TryFormat(destination[written..], out var n, default, CultureInfo.InvariantCulture);
            written += n;
        }

        private static void Put(decimal number, string format, Span<byte> destination, ref int written)
        {
            number.TryFormat(destination[written..], out var n, format, CultureInfo.InvariantCulture);
            written += n;
        }
    }
}
