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
    public static string Cite(PolicyClause clause, Language language)
    {
        var zh = language == Language.Chinese;
        return clause switch
        {
            PolicyClause.None => string.Empty,
            PolicyClause.Validity or PolicyClause.NonDuplication => zh ? "七、附则" : "VII Supplementary provisions",
            PolicyClause.Rounding => zh ? "X4 金额取整" : "X4 rounding",
            PolicyClause.Discretion => zh ? "X6 原则上" : "X6 discretion",
            PolicyClause.DistrictRegistry => zh ? "区县代码（GB/T 2260）" : "district codes (GB/T 2260)",
            _ when clause.TryGetMeasure(out var measure) => zh
                ? MeasureCatalogue.Default.Get(measure).ClauseNumber + PartSuffix(measure, zh)
                : "(" + measure.ToCode() + ")",
            _ => throw new ArgumentOutOfRangeException(nameof(clause), clause, "Unknown clause."),
        };
    }

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
        var zh = language == Language.Chinese;
        string L() => step.Left.Format(language);
        string R() => step.Right.Format(language);
        string Res() => step.Result.Format(language);
        var field = Name(step.Field, language);
        var binding = step.IsBinding ? (zh ? "（起约束作用）" : " (binding)") : string.Empty;
        info ??= step.Clause.TryGetMeasure(out var measure) ? MeasureCatalogue.Default.Get(measure) : null;
        var body = step.Code switch
        {
            TraceCode.DateFromClock => zh ? $"未填申请日期，按今日 {L()}（Asia/Shanghai）判定" : $"No application date given, so decided as of today, {L()} (Asia/Shanghai)",
            TraceCode.ValidityWindow => (zh, step.Passed) switch
            {
                (true, true) => $"{field} {L()} 在政策有效期 {R()} 至 {Res()} 内",
                (true, false) => $"{field} {L()} 不在政策有效期 {R()} 至 {Res()} 内，本政策不适用",
                (false, true) => $"The {field} {L()} is within the policy's validity, {R()} to {Res()}",
                _ => $"The {field} {L()} is outside the policy's validity, {R()} to {Res()}, so the policy does not apply",
            },
            TraceCode.DistrictTransition => zh
                ? $"区县代码 {L()} 对应单位已撤销，过渡期内（至 {Res()}）仍予受理，承继单位代码 {R()}"
                : $"District code {L()} names an abolished unit, accepted in the transition (to {Res()}) with successor {R()}",
            TraceCode.FlagRequired => zh
                ? $"{field}：{L()}，{(step.Passed ? "符合条件" : "不符合条件")}"
                : $"{Capitalise(field)}: {L()}, {(step.Passed ? "condition met" : "condition not met")}",
            TraceCode.GradeRequired => zh
                ? $"{field} {L()}，{(step.Passed ? "符合" : "不符合")}“{R()}等级”的要求"
                : $"Cluster grade {L()} {(step.Passed ? "meets" : "does not meet")} the required grade {R()}",
            TraceCode.FieldListed => (zh, step.Passed) switch
            {
                (true, true) => $"平台领域“{L()}”属条款所列领域",
                (true, false) => $"平台领域“{L()}”不在条款所列八个领域内（条款以“等领域”结尾）",
                (false, true) => $"Platform field \"{L()}\" is one the clause lists",
                _ => $"Platform field \"{L()}\" is not among the eight the clause lists (the list ends with \"等\")",
            },
            TraceCode.AmountPositive => zh
                ? $"{field} {L()} {(step.Passed ? "大于 0" : "不大于 0")}"
                : $"{Capitalise(field)} {L()} {(step.Passed ? "is above 0" : "is not above 0")}",
            TraceCode.ThresholdExceeded => zh
                ? $"{field} {L()} {(step.Passed ? "超过" : "未超过")} {R()}（“超过”不含本数）"
                : $"{Capitalise(field)} {L()} {(step.Passed ? "is above" : "is not above")} {R()} (\"超过\" is strictly above)",
            TraceCode.ThresholdReached => zh
                ? $"{field} {L()} {(step.Passed ? "达到" : "未达到")} {R()}（“以上”含本数）"
                : $"{Capitalise(field)} {L()} {(step.Passed ? "reaches" : "does not reach")} {R()} (\"以上\" includes the amount)",
            TraceCode.ShareOfBase => zh
                ? $"{field} {R()} × {L()} = {Res()}{binding}"
                : $"{L()} of {field} {R()} = {Res()}{binding}",
            TraceCode.AbsoluteCap => zh ? $"最高不超过 {L()}{binding}" : $"Cap {L()}{binding}",
            TraceCode.MajorProjectCap => zh ? $"经市政府同意的特别重大项目，最高不超过 {L()}{binding}" : $"Cap for an especially major project approved by the municipal government {L()}{binding}",
            TraceCode.TierAward => zh ? $"第 {L()} 档定额奖励 {Res()}" : $"Tier {L()} award {Res()}",
            TraceCode.TierFromGrowth => (zh, step.Passed) switch
            {
                (true, true) => $"营业收入增速 {L()} 达到 {R()}，认定为第 {Res()} 档",
                (true, false) => $"营业收入增速 {L()} 未达到最低档 {R()}",
                (false, true) => $"Revenue growth {L()} reaches {R()}: tier {Res()}",
                _ => $"Revenue growth {L()} does not reach the lowest tier's {R()}",
            },
            TraceCode.RestrictedUses => zh
                ? $"奖励资金专项用于：{Channels(info, zh)}"
                : $"The award's funds are restricted to: {Channels(info, zh)}",
            TraceCode.AmountNotFixed => zh
                ? "条款规定给予行业协会“一定奖励”而未定金额，须人工审核，奖励用于培育行业龙头企业、具有行业示范带动作用的标志性项目及品牌"
                : "The clause promises industry associations \"a certain reward\" without an amount, so it needs review (the reward is for cultivating leading firms, flagship projects and brands)",
            TraceCode.NonMonetarySupport => zh
                ? $"非资金支持：{Channels(info, zh)}，牵头单位：{info?.LeadUnitZh}"
                : $"Non-monetary support: {Channels(info, zh)} (lead unit: {info?.LeadUnitEn})",
            TraceCode.OverrideApplied => (zh, step.Passed) switch
            {
                (true, true) => $"经 {step.Text} 批准，以自由裁量金额 {R()} 替代默认上限 {L()}（条款为“原则上”）",
                (true, false) => $"自由裁量金额 {R()}（{step.Text}）未适用：申请不符合条件",
                (false, true) => $"Approved by {step.Text}: the discretionary amount {R()} replaces the default ceiling {L()} (the clause says \"原则上\")",
                _ => $"The discretionary amount {R()} ({step.Text}) is not applied: the application does not qualify",
            },
            TraceCode.Rounding => zh ? $"按 {R()} 向下取整：{L()} → {Res()}" : $"Rounded down to a multiple of {R()}: {L()} → {Res()}",
            TraceCode.CompositeScore => zh ? $"综合评价得分 {Res()}" : $"Composite score {Res()}",
            TraceCode.RankAward => (zh, step.Passed) switch
            {
                (true, true) => $"综合评价第 {L()} 名，在前 {R()} 名之内，奖励 {Res()}",
                (true, false) => $"综合评价第 {L()} 名，未进入前 {R()} 名",
                (false, true) => $"Ranked {L()}, within the first {R()}: award {Res()}",
                _ => $"Ranked {L()}, outside the first {R()}",
            },
            TraceCode.TieAtBoundary => zh
                ? $"综合评价第 {L()} 名，与其他区县完全并列且跨越第 {R()} 名的奖励分界，须人工审核（最高 {Res()}）"
                : $"Ranked {L()} but level with other districts across the award boundary after rank {R()}: needs review (at most {Res()})",
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Code, "Unknown trace code."),
        };
        var cite = Cite(step.Clause, language);
        return cite.Length == 0 ? body : $"[{cite}] {body}";
    }

    /// <summary>Renders one problem: the column, the value given and what was expected.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text, e.g. <c>credit_code "91500000…": 校验码错误，应为 X</c>.</returns>
    public static string Render(Problem problem, Language language)
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
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Code, "Unknown problem code."),
        };
        var value = problem.Value is null ? string.Empty : $" \"{problem.Value}\"";
        return $"{problem.Field.ToColumnName()}{value}: {message}";
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
        var zh = language == Language.Chinese;
        var sb = new StringBuilder(256);
        var award = TraceValue.Yuan(decision.AwardYuan).Format(language);
        var payable = TraceValue.Yuan(decision.PayableYuan).Format(language);
        if (decision.Info is not { } info)
        {
            sb.Append(zh ? $"{Name(decision.Outcome, language)}（{decision.Reason.ToCode()}）" : $"{Name(decision.Outcome, language)} ({decision.Reason.ToCode()})");
        }
        else
        {
            sb.Append(zh
            ? $"{info.ClauseNumber}{PartSuffix(info.Id, zh)}{info.TitleZh}：{Name(decision.Outcome, language)}，奖励上限 {award}，可支付 {payable}（{decision.Reason.ToCode()}）"
            : $"Measure ({info.Code}) {info.TitleEn}: {Name(decision.Outcome, language)}, award {award}, payable {payable} ({decision.Reason.ToCode()})");
        }
        foreach (var step in decision.Trace)
        {
            sb.Append(separator).Append(Render(step, language, decision.Info));
        }

        foreach (var problem in decision.Problems)
        {
            sb.Append(separator).Append(Render(problem, language));
        }

        if (decision.NonDuplication is { } nd)
        {
            sb.Append(separator).Append(Render(nd, language));
        }

        return sb.ToString();
    }

    private static string Render(NonDuplication nd, Language language)
    {
        var zh = language == Language.Chinese;
        var cite = Cite(PolicyClause.NonDuplication, language);
        var other = nd.OtherPolicyAwardYuan is { } amount ? TraceValue.Yuan(amount).Format(language) : null;
        var otherName = nd.OtherPolicyName ?? (zh ? "其他同类政策" : "another municipal policy");
        var winnerAward = TraceValue.Yuan(nd.WinnerAwardYuan).Format(language);
        var body = (nd.Suppression, zh) switch
        {
            (SuppressionKind.SupersededByHigher, true) => $"就高不重复：同一支持对象 {nd.SubjectId} 的申请 {nd.WinnerApplicationId}（{MeasureCatalogue.Default.Get(nd.WinnerMeasure).ClauseNumber}{PartSuffix(nd.WinnerMeasure, true)}）奖励更高或优先（{winnerAward}），本申请不予支付",
            (SuppressionKind.SupersededByHigher, false) => $"No duplicate support: application {nd.WinnerApplicationId} (measure {nd.WinnerMeasure.ToCode()}) for the same subject {nd.SubjectId} carries the higher or prior award ({winnerAward}), so this one is not paid",
            (SuppressionKind.SupersededByOtherPolicy, true) => $"就高不重复：同一支持对象 {nd.SubjectId} 已获 {otherName} 支持 {other}，不低于本政策奖励 {winnerAward}，本申请不予支付",
            (SuppressionKind.SupersededByOtherPolicy, false) => $"No duplicate support: {otherName} supports the same subject {nd.SubjectId} with {other}, not less than this policy's {winnerAward}, so this one is not paid",
            (_, true) => $"就高不重复：支持对象 {nd.SubjectId} 比较了 {nd.ComparedApplicationIds.Length} 项申请，本申请奖励最高，予以支付" + (other is null ? string.Empty : $"，高于 {otherName} 的 {other}，两者不得重复享受"),
            _ => $"No duplicate support: of {nd.ComparedApplicationIds.Length} application(s) for subject {nd.SubjectId} this one carries the highest award and is paid" + (other is null ? string.Empty : $", above {otherName}'s {other}, which must not be paid as well"),
        };
        return $"[{cite}] {body}";
    }

    private static string Channels(MeasureInfo? info, bool zh) =>
        info is null ? string.Empty : string.Join(zh ? "、" : ", ", info.Channels.Select(c => zh ? c.NameZh : c.NameEn));

    private static string PartSuffix(MeasureId measure, bool zh) => measure switch
    {
        MeasureId.Measure7a => zh ? "（7a）" : "7a",
        MeasureId.Measure7b => zh ? "（7b）" : "7b",
        MeasureId.Measure7c => zh ? "（7c）" : "7c",
        MeasureId.Measure7d => zh ? "（7d）" : "7d",
        _ => string.Empty,
    };

    private static string Capitalise(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
