using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Decisions;

/// <summary>
/// Renders decisions, trace steps and problems as Chinese or English text from their codes and values. The
/// text is compiled in; there is no global language setting and nothing here changes.
/// </summary>
public static class DecisionText
{
    private static readonly ImmutableArray<string?> CitesZh = Cites(true);

    private static readonly ImmutableArray<string?> CitesEn = Cites(false);

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
        Append(sb, step, language, info);
        return sb.ToString();
    }

    /// <summary>Renders one problem: the column, the value given and what was expected.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text, e.g. <c>credit_code "91500000…": 校验码错误，应为 X</c>.</returns>
    public static string Render(Problem problem, Language language)
    {
        var sb = new StringBuilder(96);
        Append(sb, problem, language);
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
        var sb = new StringBuilder(256);
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
        var sb = destination;
        var zh = language == Language.Chinese;
        var award = new Value(TraceValue.Yuan(decision.AwardYuan), zh);
        var payable = new Value(TraceValue.Yuan(decision.PayableYuan), zh);
        var outcome = Name(decision.Outcome, language);
        var reason = decision.Reason.ToCode();
        if (decision.Info is not { } info)
        {
            if (zh)
            {
                sb.Append($"{outcome}（{reason}）");
            }
            else
            {
                sb.Append($"{outcome} ({reason})");
            }
        }
        else if (zh)
        {
            sb.Append($"{info.ClauseNumber}{PartSuffix(info.Id, zh)}{info.TitleZh}：{outcome}，奖励上限 {award}，可支付 {payable}（{reason}）");
        }
        else
        {
            sb.Append($"Measure ({info.Code}) {info.TitleEn}: {outcome}, award {award}, payable {payable} ({reason})");
        }

        foreach (var step in decision.Trace)
        {
            Append(sb.Append(separator), step, language, decision.Info);
        }

        foreach (var problem in decision.Problems)
        {
            Append(sb.Append(separator), problem, language);
        }

        if (decision.NonDuplication is { } nd)
        {
            Append(sb.Append(separator), nd, language);
        }
    }

    private static void Append(StringBuilder sb, TraceStep step, Language language, MeasureInfo? info)
    {
        var zh = language == Language.Chinese;
        var l = new Value(step.Left, zh);
        var r = new Value(step.Right, zh);
        var res = new Value(step.Result, zh);
        var field = Name(step.Field, language);
        var binding = step.IsBinding ? (zh ? "（起约束作用）" : " (binding)") : string.Empty;
        info ??= step.Clause.TryGetMeasure(out var measure) ? MeasureCatalogue.Default.Get(measure) : null;

        // The clause is cited first; an unknown one is reported after the body, as the body's faults come first.
        var cite = TryCite(step.Clause, zh);
        if (cite is { Length: > 0 })
        {
            sb.Append('[').Append(cite).Append("] ");
        }

        var passed = step.Passed;
        switch (step.Code)
        {
            case TraceCode.DateFromClock:
                if (zh)
                {
                    sb.Append($"未填申请日期，按今日 {l}（Asia/Shanghai）判定");
                }
                else
                {
                    sb.Append($"No application date given, so decided as of today, {l} (Asia/Shanghai)");
                }

                break;
            case TraceCode.ValidityWindow:
                switch (zh, passed)
                {
                    case (true, true):
                        sb.Append($"{field} {l} 在政策有效期 {r} 至 {res} 内");
                        break;
                    case (true, false):
                        sb.Append($"{field} {l} 不在政策有效期 {r} 至 {res} 内，本政策不适用");
                        break;
                    case (false, true):
                        sb.Append($"The {field} {l} is within the policy's validity, {r} to {res}");
                        break;
                    default:
                        sb.Append($"The {field} {l} is outside the policy's validity, {r} to {res}, so the policy does not apply");
                        break;
                }

                break;
            case TraceCode.DistrictTransition:
                if (zh)
                {
                    sb.Append($"区县代码 {l} 对应单位已撤销，过渡期内（至 {res}）仍予受理，承继单位代码 {r}");
                }
                else
                {
                    sb.Append($"District code {l} names an abolished unit, accepted in the transition (to {res}) with successor {r}");
                }

                break;
            case TraceCode.FlagRequired:
                if (zh)
                {
                    sb.Append($"{field}：{l}，{(passed ? "符合条件" : "不符合条件")}");
                }
                else
                {
                    sb.Append($"{new Capitalised(field)}: {l}, {(passed ? "condition met" : "condition not met")}");
                }

                break;
            case TraceCode.GradeRequired:
                if (zh)
                {
                    sb.Append($"{field} {l}，{(passed ? "符合" : "不符合")}“{r}等级”的要求");
                }
                else
                {
                    sb.Append($"Cluster grade {l} {(passed ? "meets" : "does not meet")} the required grade {r}");
                }

                break;
            case TraceCode.FieldListed:
                switch (zh, passed)
                {
                    case (true, true):
                        sb.Append($"平台领域“{l}”属条款所列领域");
                        break;
                    case (true, false):
                        sb.Append($"平台领域“{l}”不在条款所列八个领域内（条款以“等领域”结尾）");
                        break;
                    case (false, true):
                        sb.Append($"Platform field \"{l}\" is one the clause lists");
                        break;
                    default:
                        sb.Append($"Platform field \"{l}\" is not among the eight the clause lists (the list ends with \"等\")");
                        break;
                }

                break;
            case TraceCode.AmountPositive:
                if (zh)
                {
                    sb.Append($"{field} {l} {(passed ? "大于 0" : "不大于 0")}");
                }
                else
                {
                    sb.Append($"{new Capitalised(field)} {l} {(passed ? "is above 0" : "is not above 0")}");
                }

                break;
            case TraceCode.ThresholdExceeded:
                if (zh)
                {
                    sb.Append($"{field} {l} {(passed ? "超过" : "未超过")} {r}（“超过”不含本数）");
                }
                else
                {
                    sb.Append($"{new Capitalised(field)} {l} {(passed ? "is above" : "is not above")} {r} (\"超过\" is strictly above)");
                }

                break;
            case TraceCode.ThresholdReached:
                if (zh)
                {
                    sb.Append($"{field} {l} {(passed ? "达到" : "未达到")} {r}（“以上”含本数）");
                }
                else
                {
                    sb.Append($"{new Capitalised(field)} {l} {(passed ? "reaches" : "does not reach")} {r} (\"以上\" includes the amount)");
                }

                break;
            case TraceCode.ShareOfBase:
                if (zh)
                {
                    sb.Append($"{field} {r} × {l} = {res}{binding}");
                }
                else
                {
                    sb.Append($"{l} of {field} {r} = {res}{binding}");
                }

                break;
            case TraceCode.AbsoluteCap:
                if (zh)
                {
                    sb.Append($"最高不超过 {l}{binding}");
                }
                else
                {
                    sb.Append($"Cap {l}{binding}");
                }

                AppendCapReached(sb, step, zh);
                break;
            case TraceCode.MajorProjectCap:
                if (zh)
                {
                    sb.Append($"经市政府同意的特别重大项目，最高不超过 {l}{binding}");
                }
                else
                {
                    sb.Append($"Cap for an especially major project approved by the municipal government {l}{binding}");
                }

                AppendCapReached(sb, step, zh);
                break;
            case TraceCode.TierAward:
                if (zh)
                {
                    sb.Append($"第 {l} 档定额奖励 {res}");
                }
                else
                {
                    sb.Append($"Tier {l} award {res}");
                }

                break;
            case TraceCode.TierFromGrowth:
                switch (zh, passed)
                {
                    case (true, true):
                        sb.Append($"营业收入增速 {l} 达到 {r}，认定为第 {res} 档");
                        break;
                    case (true, false):
                        sb.Append($"营业收入增速 {l} 未达到最低档 {r}");
                        break;
                    case (false, true):
                        sb.Append($"Revenue growth {l} reaches {r}: tier {res}");
                        break;
                    default:
                        sb.Append($"Revenue growth {l} does not reach the lowest tier's {r}");
                        break;
                }

                break;
            case TraceCode.RestrictedUses:
                sb.Append(zh ? "奖励资金专项用于：" : "The award's funds are restricted to: ");
                AppendChannels(sb, info, zh);
                break;
            case TraceCode.AmountNotFixed:
                sb.Append(zh
                    ? "条款规定给予行业协会“一定奖励”而未定金额，须人工审核，奖励用于培育行业龙头企业、具有行业示范带动作用的标志性项目及品牌"
                    : "The clause promises industry associations \"a certain reward\" without an amount, so it needs review (the reward is for cultivating leading firms, flagship projects and brands)");
                break;
            case TraceCode.NonMonetarySupport:
                if (zh)
                {
                    sb.Append("非资金支持：");
                    AppendChannels(sb, info, zh);
                    sb.Append("，牵头单位：").Append(info?.LeadUnitZh);
                }
                else
                {
                    sb.Append("Non-monetary support: ");
                    AppendChannels(sb, info, zh);
                    sb.Append(" (lead unit: ").Append(info?.LeadUnitEn).Append(')');
                }

                break;
            case TraceCode.OverrideApplied:
                switch (zh, passed)
                {
                    case (true, true):
                        sb.Append($"经 {step.Text} 批准，以自由裁量金额 {r} 替代默认上限 {l}（条款为“原则上”）");
                        break;
                    case (true, false):
                        sb.Append($"自由裁量金额 {r}（{step.Text}）未适用：申请不符合条件");
                        break;
                    case (false, true):
                        sb.Append($"Approved by {step.Text}: the discretionary amount {r} replaces the default ceiling {l} (the clause says \"原则上\")");
                        break;
                    default:
                        sb.Append($"The discretionary amount {r} ({step.Text}) is not applied: the application does not qualify");
                        break;
                }

                break;
            case TraceCode.Rounding:
                if (zh)
                {
                    sb.Append($"按 {r} 向下取整：{l} → {res}");
                }
                else
                {
                    sb.Append($"Rounded down to a multiple of {r}: {l} → {res}");
                }

                break;
            case TraceCode.CompositeScore:
                if (zh)
                {
                    sb.Append($"综合评价得分 {res}");
                }
                else
                {
                    sb.Append($"Composite score {res}");
                }

                break;
            case TraceCode.RankAward:
                switch (zh, passed)
                {
                    case (true, true):
                        sb.Append($"综合评价第 {l} 名，在前 {r} 名之内，奖励 {res}");
                        break;
                    case (true, false):
                        sb.Append($"综合评价第 {l} 名，未进入前 {r} 名");
                        break;
                    case (false, true):
                        sb.Append($"Ranked {l}, within the first {r}: award {res}");
                        break;
                    default:
                        sb.Append($"Ranked {l}, outside the first {r}");
                        break;
                }

                break;
            case TraceCode.TieAtBoundary:
                if (zh)
                {
                    sb.Append($"综合评价第 {l} 名，与其他区县完全并列且跨越第 {r} 名的奖励分界，须人工审核（最高 {res}）");
                }
                else
                {
                    sb.Append($"Ranked {l} but level with other districts across the award boundary after rank {r}: needs review (at most {res})");
                }

                break;
            case TraceCode.EligibleFrom:
                if (step.Result.Unit == ValueUnit.Rate)
                {
                    var points = new Points(step.Result.Number, zh);
                    if (zh)
                    {
                        sb.Append($"{field}达到 {r} 方符合条件，现为 {l}，尚差 {points}");
                    }
                    else
                    {
                        sb.Append($"{new Capitalised(field)} qualifies from {r}: at {l} it is {points} short");
                    }
                }
                else if (zh)
                {
                    sb.Append($"{field}达到 {r} 方符合条件，现为 {l}，尚差 {res}");
                }
                else
                {
                    sb.Append($"{new Capitalised(field)} qualifies from {r}: at {l} it is {res} short");
                }

                break;
            case TraceCode.CapReachedFrom:
                var above = new Value(TraceValue.Yuan(-step.Result.Number), zh);
                switch (zh, passed, step.Result.Number > 0m)
                {
                    case (true, true, false):
                        sb.Append($"{field}达到 {r} 时，按比例计算的金额即达到上限，现为 {l}，高出 {above}");
                        break;
                    case (true, true, true):
                        sb.Append($"{field}达到 {r} 时，按比例计算的金额即达到上限，现为 {l}，已达到上限");
                        break;
                    case (true, false, _):
                        sb.Append($"{field}达到 {r} 时，按比例计算的金额即达到上限，现为 {l}，尚差 {res}");
                        break;
                    case (false, true, false):
                        sb.Append($"The share of {field} reaches the cap from {r}: at {l} it is {above} above that");
                        break;
                    case (false, true, true):
                        sb.Append($"The share of {field} reaches the cap from {r}: at {l} it reaches the cap");
                        break;
                    default:
                        sb.Append($"The share of {field} reaches the cap from {r}: at {l} it is {res} short");
                        break;
                }

                break;
            case TraceCode.NextTierFrom:
                if (zh)
                {
                    sb.Append($"{field}达到 {r} 可升至上一档，现为 {l}，尚差 {new Points(step.Result.Number, zh)}");
                }
                else
                {
                    sb.Append($"{new Capitalised(field)} reaches the next tier up from {r}: at {l} it is {new Points(step.Result.Number, zh)} short");
                }

                break;
            case TraceCode.NextTier:
                if (zh)
                {
                    sb.Append($"上一档为第 {r} 档，定额奖励 {res}");
                }
                else
                {
                    sb.Append($"The next tier up is tier {r}, with an award of {res}");
                }

                break;
            case TraceCode.TopTier:
                if (zh)
                {
                    sb.Append($"第 {l} 档为最高档");
                }
                else
                {
                    sb.Append($"Tier {l} is the top tier");
                }

                break;
            case TraceCode.ScoreToNextBand:
                var gap = step.Result.Number;
                var gapText = gap > 0m && gap < 0.0001m ? (zh ? "不足 0.0001" : "less than 0.0001") : res.ToString();
                switch (zh, gap == 0m)
                {
                    case (true, false):
                        sb.Append($"进入前 {l} 名须超过第 {l} 名的综合评价得分 {r}，尚差 {gapText}（按本年度各区县数据归一化计算，本区县指标的变化也会改变归一化结果）");
                        break;
                    case (true, true):
                        sb.Append($"进入前 {l} 名：综合评价得分与第 {l} 名相同（{r}），按并列排序规则居后");
                        break;
                    case (false, false):
                        sb.Append($"To enter the first {l}, the score must pass {r}, that of the district ranked {l}: {gapText} short (at this year's normalisation, which this district's own figures also move)");
                        break;
                    default:
                        sb.Append($"To enter the first {l}: the score equals that of the district ranked {l} ({r}), which is ahead on the tie-break");
                        break;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step.Code, "Unknown trace code.");
        }

        if (cite is null)
        {
            throw new ArgumentOutOfRangeException("clause", step.Clause, "Unknown clause.");
        }
    }

    private static void Append(StringBuilder sb, Problem problem, Language language)
    {
        var zh = language == Language.Chinese;
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
            ProblemCode.DuplicateApplicationId => zh ? "与前面的申请编号重复" : "repeats an earlier application id",
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
        sb.Append(problem.Field.ToColumnName());
        if (problem.Value is not null)
        {
            sb.Append(" \"").Append(problem.Value).Append('"');
        }

        sb.Append(": ").Append(message);
    }

    private static void Append(StringBuilder sb, NonDuplication nd, Language language)
    {
        var zh = language == Language.Chinese;
        var cite = Cite(PolicyClause.NonDuplication, language);
        Value? other = nd.OtherPolicyAwardYuan is { } amount ? new Value(TraceValue.Yuan(amount), zh) : null;
        var otherName = nd.OtherPolicyName ?? (zh ? "其他同类政策" : "another municipal policy");
        var winnerAward = new Value(TraceValue.Yuan(nd.WinnerAwardYuan), zh);
        sb.Append('[').Append(cite).Append("] ");
        switch (nd.Suppression, zh)
        {
            case (SuppressionKind.SupersededByHigher, true):
                sb.Append($"就高不重复：同一支持对象 {nd.SubjectId} 的申请 {nd.WinnerApplicationId}（{MeasureCatalogue.Default.Get(nd.WinnerMeasure).ClauseNumber}{PartSuffix(nd.WinnerMeasure, true)}）奖励更高或优先（{winnerAward}），本申请不予支付");
                break;
            case (SuppressionKind.SupersededByHigher, false):
                sb.Append($"No duplicate support: application {nd.WinnerApplicationId} (measure {nd.WinnerMeasure.ToCode()}) for the same subject {nd.SubjectId} carries the higher or prior award ({winnerAward}), so this one is not paid");
                break;
            case (SuppressionKind.SupersededByOtherPolicy, true):
                sb.Append($"就高不重复：同一支持对象 {nd.SubjectId} 已获 {otherName} 支持 {other}，不低于本政策奖励 {winnerAward}，本申请不予支付");
                break;
            case (SuppressionKind.SupersededByOtherPolicy, false):
                sb.Append($"No duplicate support: {otherName} supports the same subject {nd.SubjectId} with {other}, not less than this policy's {winnerAward}, so this one is not paid");
                break;
            case (_, true):
                sb.Append($"就高不重复：支持对象 {nd.SubjectId} 比较了 {nd.ComparedApplicationIds.Length} 项申请，本申请奖励最高，予以支付");
                if (other is { } o)
                {
                    sb.Append($"，高于 {otherName} 的 {o}，两者不得重复享受");
                }

                break;
            default:
                sb.Append($"No duplicate support: of {nd.ComparedApplicationIds.Length} application(s) for subject {nd.SubjectId} this one carries the highest award and is paid");
                if (other is { } p)
                {
                    sb.Append($", above {otherName}'s {p}, which must not be paid as well");
                }

                break;
        }
    }

    /// <summary>
    /// After a cap on a share of a base: the base from which the share reaches the cap, and how far the base is from it
    /// or past it. A base with fractions of a fen may reach the cap a fraction of a fen before the boundary, which is in
    /// whole fen; the binding cap then says so.
    /// </summary>
    private static void AppendCapReached(StringBuilder sb, TraceStep step, bool zh)
    {
        if (!step.Right.HasValue)
        {
            return;
        }

        var from = new Value(step.Right, zh);
        var distance = step.Result.Number;
        var gap = new Value(TraceValue.Yuan(Math.Abs(distance)), zh);
        var field = Name(step.Clause == PolicyClause.Measure13 ? RecordField.EventActualInputYuan : RecordField.ApprovedInvestmentYuan, zh ? Language.Chinese : Language.English);
        switch (zh, distance > 0m && !step.IsBinding)
        {
            case (true, true):
                sb.Append($"，{field}达到 {from} 时按比例计算的金额即达到上限，尚差 {gap}");
                break;
            case (true, false):
                sb.Append(distance > 0m
                    ? $"，{field}达到 {from} 时按比例计算的金额即达到上限，现已达到上限"
                    : $"，{field}达到 {from} 时按比例计算的金额即达到上限，现高出 {gap}");
                break;
            case (false, true):
                sb.Append($", reached by the share of {field} from {from}: {gap} short");
                break;
            default:
                sb.Append(distance > 0m
                    ? $", reached by the share of {field} from {from}, and reached now"
                    : $", reached by the share of {field} from {from}: {gap} above that");
                break;
        }
    }

    private static void AppendChannels(StringBuilder sb, MeasureInfo? info, bool zh)
    {
        if (info is null)
        {
            return;
        }

        var first = true;
        foreach (var channel in info.Channels)
        {
            if (!first)
            {
                sb.Append(zh ? "、" : ", ");
            }

            sb.Append(zh ? channel.NameZh : channel.NameEn);
            first = false;
        }
    }

    private static string PartSuffix(MeasureId measure, bool zh) => measure switch
    {
        MeasureId.Measure7a => zh ? "（7a）" : "7a",
        MeasureId.Measure7b => zh ? "（7b）" : "7b",
        MeasureId.Measure7c => zh ? "（7c）" : "7c",
        MeasureId.Measure7d => zh ? "（7d）" : "7d",
        _ => string.Empty,
    };

    /// <summary>The citation of a clause, or <see langword="null"/> for a clause that is not defined.</summary>
    private static string? TryCite(PolicyClause clause, bool zh) => (zh ? CitesZh : CitesEn)[(byte)clause];

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
                    ? MeasureCatalogue.Default.Get(measure).ClauseNumber + PartSuffix(measure, zh)
                    : "(" + measure.ToCode() + ")",
                _ => null,
            };
        }

        return [.. cites];
    }

    /// <summary>A trace value formatted straight into the text being built, as <see cref="TraceValue.Format"/> writes it.</summary>
    private readonly struct Value(TraceValue value, bool zh) : ISpanFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) => value.Format(zh ? Language.Chinese : Language.English);

        public override string ToString() => ToString(null, null);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            ValueText.TryFormat(value, zh, destination, out charsWritten);
    }

    /// <summary>
    /// A difference of two rates in percentage points, every digit kept (<c>0.05</c> is <c>5 个百分点</c>, <c>5
    /// percentage points</c>): a distance to a boundary is exact, so it is not cut to four places as a rate is.
    /// </summary>
    private readonly struct Points(decimal difference, bool zh) : ISpanFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            var inv = CultureInfo.InvariantCulture;
            var number = Math.Abs(difference) <= decimal.MaxValue / 100m
                ? (difference * 100m).ToString("0.############################", inv)
                : difference.ToString("F2", inv).Replace(".", string.Empty, StringComparison.Ordinal);
            return number + (zh ? " 个百分点" : " percentage points");
        }

        public override string ToString() => ToString(null, null);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            var text = ToString(null, null);
            charsWritten = 0;
            if (!text.AsSpan().TryCopyTo(destination))
            {
                return false;
            }

            charsWritten = text.Length;
            return true;
        }
    }

    /// <summary>Text with its first letter upper-cased, for a field name that starts an English sentence.</summary>
    private readonly struct Capitalised(string text) : ISpanFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) =>
            text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

        public override string ToString() => ToString(null, null);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            charsWritten = 0;
            if (!text.AsSpan().TryCopyTo(destination))
            {
                return false;
            }

            if (text.Length > 0 && char.IsLower(text[0]))
            {
                destination[0] = char.ToUpperInvariant(text[0]);
            }

            charsWritten = text.Length;
            return true;
        }
    }

    /// <summary>
    /// Formats trace values into a span, as <see cref="TraceValue.Format"/> does: the common cases (amounts of at
    /// most two decimals, whole rates and counts, dates, flags) directly, the others through the same format strings.
    /// </summary>
    private static class ValueText
    {
        /// <summary>Above this, amounts take the general path (the fast one counts fen in 64 bits).</summary>
        private const decimal FastLimit = 100_000_000_000_000m;

        internal static bool TryFormat(TraceValue value, bool zh, Span<char> destination, out int written)
        {
            var number = value.Number;
            written = 0;
            switch (value.Unit)
            {
                case ValueUnit.None:
                    return true;
                case ValueUnit.Yuan:
                    return zh
                        ? TryGrouped(number, destination, ref written) && TryPut(" 元", destination, ref written)
                        : TryPut("CNY ", destination, ref written) && TryGrouped(number, destination, ref written);
                case ValueUnit.Rate when Math.Abs(number) > decimal.MaxValue / 100m:
                    // Beyond a hundredth of the decimal range, as the general path writes it.
                    return TryPut(value.Format(zh ? Language.Chinese : Language.English), destination, ref written);
                case ValueUnit.Rate:
                    var percent = number * 100m;
                    return (IsWhole(percent, out var whole)
                            ? TryPut(whole, destination, ref written)
                            : TryPut(percent, "0.####", destination, ref written))
                        && TryPut("%", destination, ref written);
                case ValueUnit.Count or ValueUnit.DistrictCode or ValueUnit.Tier or ValueUnit.Rank:
                    return IsWhole(number, out var count)
                        ? TryPut(count, destination, ref written)
                        : TryPut(number, "0", destination, ref written);
                case ValueUnit.Date:
                    return TryDate(value, destination, ref written);
                case ValueUnit.Flag:
                    return TryPut(number != 0 ? (zh ? "是" : "yes") : (zh ? "否" : "no"), destination, ref written);
                default:
                    return TryPut(value.Format(zh ? Language.Chinese : Language.English), destination, ref written);
            }
        }

        /// <summary>Whether a number is a whole one that formats as an <see cref="int"/> does (not -0).</summary>
        private static bool IsWhole(decimal number, out int whole)
        {
            if (number == decimal.Truncate(number) && number > -1_000_000_000m && number < 1_000_000_000m && !(number == 0 && decimal.IsNegative(number)))
            {
                whole = (int)number;
                return true;
            }

            whole = 0;
            return false;
        }

        /// <summary>An amount as <c>#,##0.00</c> writes it.</summary>
        private static bool TryGrouped(decimal amount, Span<char> destination, ref int written)
        {
            if (decimal.IsNegative(amount) || amount.Scale > 2 || amount >= FastLimit)
            {
                return TryPut(amount, "#,##0.00", destination, ref written);
            }

            var fen = (ulong)(amount * 100m);
            var yuan = fen / 100;
            var digits = 1;
            for (var rest = yuan; rest >= 10; rest /= 10)
            {
                digits++;
            }

            var length = digits + ((digits - 1) / 3) + 3;
            var span = destination[written..];
            if (span.Length < length)
            {
                return false;
            }

            // Digits from the right, a comma before every third.
            var at = length - 4;
            for (var i = 0; i < digits; i++)
            {
                if (i > 0 && i % 3 == 0)
                {
                    span[at--] = ',';
                }

                span[at--] = (char)('0' + (int)(yuan % 10));
                yuan /= 10;
            }

            var cents = (int)(fen % 100);
            span[length - 3] = '.';
            span[length - 2] = (char)('0' + (cents / 10));
            span[length - 1] = (char)('0' + (cents % 10));
            written += length;
            return true;
        }

        private static bool TryDate(TraceValue value, Span<char> destination, ref int written)
        {
            var n = (int)value.Number;
            int year = n / 10_000, month = n / 100 % 100, day = n % 100;
            if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                // What the general path makes of it (a year before 1, or a date that does not exist).
                return TryPut(value.Format(Language.English), destination, ref written);
            }

            var span = destination[written..];
            if (span.Length < 10)
            {
                return false;
            }

            Digits(span, year, 4);
            span[4] = '-';
            Digits(span[5..], month, 2);
            span[7] = '-';
            Digits(span[8..], day, 2);
            written += 10;
            return true;
        }

        private static void Digits(Span<char> span, int value, int count)
        {
            for (var i = count - 1; i >= 0; i--)
            {
                span[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }

        private static bool TryPut(string text, Span<char> destination, ref int written)
        {
            if (!text.AsSpan().TryCopyTo(destination[written..]))
            {
                return false;
            }

            written += text.Length;
            return true;
        }

        private static bool TryPut(int number, Span<char> destination, ref int written)
        {
            if (!number.TryFormat(destination[written..], out var n, default, CultureInfo.InvariantCulture))
            {
                return false;
            }

            written += n;
            return true;
        }

        private static bool TryPut(decimal number, string format, Span<char> destination, ref int written)
        {
            if (!number.TryFormat(destination[written..], out var n, format, CultureInfo.InvariantCulture))
            {
                return false;
            }

            written += n;
            return true;
        }
    }
}
