using System.Collections.Immutable;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// Every kind of trace step, on each side of its conditions (passed or not, binding or not, a distance above, on or
/// below a boundary, a rate or an amount), word for word in both languages: as
/// <see cref="DecisionText.Render(TraceStep, Language, MeasureInfo?)"/> writes it (characters) and as a decision's
/// explanation carries it (UTF-8). Several of these (the date from the clock, a cap reached exactly, the ranking's
/// steps) appear in no pinned decisions.csv.
/// </summary>
public sealed class TraceStepTextTests
{
    private static readonly TraceValue Million = TraceValue.Yuan(1_000_000m);
    private static readonly TraceValue FiveMillion = TraceValue.Yuan(5_000_000m);
    private static readonly TraceValue HundredThousand = TraceValue.Yuan(100_000m);

    private static TraceStep Step(TraceCode code, bool passed, TraceValue left, TraceValue right = default, TraceValue result = default, PolicyClause clause = PolicyClause.None, RecordField field = RecordField.ApprovedInvestmentYuan, bool binding = false, string? text = null) =>
        new(code, clause, field, passed, binding, left, right, result, text);

    private static readonly IReadOnlyDictionary<string, TraceStep> Steps = new Dictionary<string, TraceStep>
    {
        ["date-from-clock"] = Step(TraceCode.DateFromClock, true, TraceValue.Date(new LocalDate(2025, 6, 1)), clause: PolicyClause.Validity, field: RecordField.ApplicationDate),
        ["validity-in"] = Step(TraceCode.ValidityWindow, true, TraceValue.Date(new LocalDate(2025, 6, 1)), TraceValue.Date(new LocalDate(2024, 11, 19)), TraceValue.Date(new LocalDate(2027, 12, 31)), PolicyClause.Validity, RecordField.ApplicationDate),
        ["validity-out"] = Step(TraceCode.ValidityWindow, false, TraceValue.Date(new LocalDate(2028, 1, 1)), TraceValue.Date(new LocalDate(2024, 11, 19)), TraceValue.Date(new LocalDate(2027, 12, 31)), PolicyClause.Validity, RecordField.ApplicationDate),
        ["district-transition"] = Step(TraceCode.DistrictTransition, true, TraceValue.Of(500112m, ValueUnit.DistrictCode), TraceValue.Of(500118m, ValueUnit.DistrictCode), TraceValue.Date(new LocalDate(2026, 6, 30)), PolicyClause.DistrictRegistry, RecordField.DistrictCode),
        ["flag-met"] = Step(TraceCode.FlagRequired, true, TraceValue.Flag(true), clause: PolicyClause.Measure7c, field: RecordField.SpunOffFromManufacturer),
        ["flag-not-met"] = Step(TraceCode.FlagRequired, false, TraceValue.Flag(false), clause: PolicyClause.Measure7c, field: RecordField.SpunOffFromManufacturer),
        ["grade-met"] = Step(TraceCode.GradeRequired, true, TraceValue.Of(1m, ValueUnit.Grade), TraceValue.Of(2m, ValueUnit.Grade), clause: PolicyClause.Measure3, field: RecordField.ClusterGrade),
        ["grade-not-met"] = Step(TraceCode.GradeRequired, false, TraceValue.Of(3m, ValueUnit.Grade), TraceValue.Of(2m, ValueUnit.Grade), clause: PolicyClause.Measure3, field: RecordField.ClusterGrade),
        ["field-listed"] = Step(TraceCode.FieldListed, true, TraceValue.Of(1m, ValueUnit.PlatformField), clause: PolicyClause.Measure2, field: RecordField.PlatformField),
        ["field-not-listed"] = Step(TraceCode.FieldListed, false, TraceValue.Of(99m, ValueUnit.PlatformField), clause: PolicyClause.Measure2, field: RecordField.PlatformField),
        ["positive"] = Step(TraceCode.AmountPositive, true, Million),
        ["not-positive"] = Step(TraceCode.AmountPositive, false, TraceValue.Yuan(0m)),
        ["exceeded"] = Step(TraceCode.ThresholdExceeded, true, FiveMillion, Million),
        ["not-exceeded"] = Step(TraceCode.ThresholdExceeded, false, Million, FiveMillion),
        ["reached"] = Step(TraceCode.ThresholdReached, true, FiveMillion, Million),
        ["not-reached"] = Step(TraceCode.ThresholdReached, false, Million, FiveMillion),
        ["share"] = Step(TraceCode.ShareOfBase, true, TraceValue.Rate(0.1m), Million, HundredThousand),
        ["share-binding"] = Step(TraceCode.ShareOfBase, true, TraceValue.Rate(0.1m), Million, HundredThousand, binding: true),
        ["cap"] = Step(TraceCode.AbsoluteCap, true, FiveMillion),
        ["cap-binding"] = Step(TraceCode.AbsoluteCap, true, FiveMillion, binding: true),
        ["cap-short"] = Step(TraceCode.AbsoluteCap, true, FiveMillion, TraceValue.Yuan(50_000_000m), TraceValue.Yuan(20_000_000m), PolicyClause.Measure1),
        ["cap-reached-now"] = Step(TraceCode.AbsoluteCap, true, FiveMillion, TraceValue.Yuan(50_000_000m), TraceValue.Yuan(0.004m), PolicyClause.Measure1, binding: true),
        ["cap-above"] = Step(TraceCode.AbsoluteCap, true, FiveMillion, TraceValue.Yuan(50_000_000m), TraceValue.Yuan(-10_000_000m), PolicyClause.Measure1, binding: true),
        ["cap-above-13"] = Step(TraceCode.AbsoluteCap, true, Million, TraceValue.Yuan(3_333_333.34m), TraceValue.Yuan(-1_000m), PolicyClause.Measure13, binding: true),
        ["major-cap"] = Step(TraceCode.MajorProjectCap, true, TraceValue.Yuan(20_000_000m), TraceValue.Yuan(200_000_000m), TraceValue.Yuan(1m), PolicyClause.Measure1),
        ["tier-award"] = Step(TraceCode.TierAward, true, TraceValue.Of(2m, ValueUnit.Tier), result: HundredThousand, clause: PolicyClause.Measure3, field: RecordField.ClusterTier),
        ["tier-from-growth"] = Step(TraceCode.TierFromGrowth, true, TraceValue.Rate(0.25m), TraceValue.Rate(0.2m), TraceValue.Of(3m, ValueUnit.Tier), PolicyClause.Measure5, RecordField.RevenueGrowthRate),
        ["tier-from-growth-below"] = Step(TraceCode.TierFromGrowth, false, TraceValue.Rate(0.05m), TraceValue.Rate(0.1m), clause: PolicyClause.Measure5, field: RecordField.RevenueGrowthRate),
        ["restricted-uses"] = Step(TraceCode.RestrictedUses, true, default, clause: PolicyClause.Measure4),
        ["amount-not-fixed"] = Step(TraceCode.AmountNotFixed, false, default, clause: PolicyClause.Measure7b),
        ["non-monetary"] = Step(TraceCode.NonMonetarySupport, true, default, clause: PolicyClause.Measure11),
        ["non-monetary-no-clause"] = Step(TraceCode.NonMonetarySupport, true, default),
        ["override"] = Step(TraceCode.OverrideApplied, true, FiveMillion, TraceValue.Yuan(6_000_000m), clause: PolicyClause.Discretion, field: RecordField.OverrideAmountYuan, text: "渝府〔2025〕1号"),
        ["override-not-applied"] = Step(TraceCode.OverrideApplied, false, FiveMillion, TraceValue.Yuan(6_000_000m), clause: PolicyClause.Discretion, field: RecordField.OverrideAmountYuan, text: "渝府〔2025〕1号"),
        ["rounding"] = Step(TraceCode.Rounding, true, TraceValue.Yuan(123_456.78m), TraceValue.Yuan(100m), TraceValue.Yuan(123_400m), PolicyClause.Rounding),
        ["composite-score"] = Step(TraceCode.CompositeScore, true, default, result: TraceValue.Of(0.8125m, ValueUnit.Score), clause: PolicyClause.Measure6, field: RecordField.Year),
        ["rank-award"] = Step(TraceCode.RankAward, true, TraceValue.Of(3m, ValueUnit.Rank), TraceValue.Of(10m, ValueUnit.Rank), TraceValue.Yuan(3_000_000m), PolicyClause.Measure6, RecordField.Year),
        ["rank-no-award"] = Step(TraceCode.RankAward, false, TraceValue.Of(12m, ValueUnit.Rank), TraceValue.Of(10m, ValueUnit.Rank), clause: PolicyClause.Measure6, field: RecordField.Year),
        ["tie"] = Step(TraceCode.TieAtBoundary, false, TraceValue.Of(10m, ValueUnit.Rank), TraceValue.Of(10m, ValueUnit.Rank), TraceValue.Yuan(3_000_000m), PolicyClause.Measure6, RecordField.Year),
        ["eligible-from"] = Step(TraceCode.EligibleFrom, false, Million, FiveMillion, TraceValue.Yuan(4_000_000m)),
        ["eligible-from-rate"] = Step(TraceCode.EligibleFrom, false, TraceValue.Rate(0.077m), TraceValue.Rate(0.1m), TraceValue.Rate(0.023m), PolicyClause.Measure5, RecordField.RevenueGrowthRate),
        ["cap-reached-from-short"] = Step(TraceCode.CapReachedFrom, false, TraceValue.Yuan(40_000_000m), TraceValue.Yuan(50_000_000m), TraceValue.Yuan(10_000_000m), PolicyClause.Measure1, RecordField.TotalInvestmentYuan),
        ["cap-reached-from-above"] = Step(TraceCode.CapReachedFrom, true, TraceValue.Yuan(60_000_000m), TraceValue.Yuan(50_000_000m), TraceValue.Yuan(10_000_000m), PolicyClause.Measure1, RecordField.TotalInvestmentYuan),
        ["cap-reached-from-on"] = Step(TraceCode.CapReachedFrom, true, TraceValue.Yuan(49_999_999.999m), TraceValue.Yuan(50_000_000m), TraceValue.Yuan(0.001m), PolicyClause.Measure1, RecordField.TotalInvestmentYuan),
        ["cap-reached-from-zero"] = Step(TraceCode.CapReachedFrom, true, TraceValue.Yuan(50_000_000m), TraceValue.Yuan(50_000_000m), TraceValue.Yuan(0m), PolicyClause.Measure1, RecordField.TotalInvestmentYuan),
        ["next-tier-from"] = Step(TraceCode.NextTierFrom, false, TraceValue.Rate(0.25m), TraceValue.Rate(0.3m), TraceValue.Rate(0.05m), PolicyClause.Measure5, RecordField.RevenueGrowthRate),
        ["next-tier"] = Step(TraceCode.NextTier, false, TraceValue.Of(2m, ValueUnit.Tier), TraceValue.Of(3m, ValueUnit.Tier), TraceValue.Yuan(300_000m), PolicyClause.Measure3, RecordField.ClusterTier),
        ["top-tier"] = Step(TraceCode.TopTier, true, TraceValue.Of(3m, ValueUnit.Tier), clause: PolicyClause.Measure3, field: RecordField.ClusterTier),
        ["score-to-next-band"] = Step(TraceCode.ScoreToNextBand, false, TraceValue.Of(10m, ValueUnit.Rank), TraceValue.Of(0.5m, ValueUnit.Score), TraceValue.Of(0.0125m, ValueUnit.Score), PolicyClause.Measure6, RecordField.Year),
        ["score-to-next-band-small"] = Step(TraceCode.ScoreToNextBand, false, TraceValue.Of(10m, ValueUnit.Rank), TraceValue.Of(0.5m, ValueUnit.Score), TraceValue.Of(0.00001m, ValueUnit.Score), PolicyClause.Measure6, RecordField.Year),
        ["score-to-next-band-edge"] = Step(TraceCode.ScoreToNextBand, false, TraceValue.Of(10m, ValueUnit.Rank), TraceValue.Of(0.5m, ValueUnit.Score), TraceValue.Of(0.0001m, ValueUnit.Score), PolicyClause.Measure6, RecordField.Year),
        ["score-to-next-band-tie"] = Step(TraceCode.ScoreToNextBand, false, TraceValue.Of(10m, ValueUnit.Rank), TraceValue.Of(0.5m, ValueUnit.Score), TraceValue.Of(0m, ValueUnit.Score), PolicyClause.Measure6, RecordField.Year),
    };

    public static TheoryData<string, string, string> Texts => new()
    {
        { "date-from-clock", "[七、附则] 未填申请日期，按今日 2025-06-01（Asia/Shanghai）判定", "[VII Supplementary provisions] No application date given, so decided as of today, 2025-06-01 (Asia/Shanghai)" },
        { "validity-in", "[七、附则] 申请日期 2025-06-01 在政策有效期 2024-11-19 至 2027-12-31 内", "[VII Supplementary provisions] The application date 2025-06-01 is within the policy's validity, 2024-11-19 to 2027-12-31" },
        { "validity-out", "[七、附则] 申请日期 2028-01-01 不在政策有效期 2024-11-19 至 2027-12-31 内，本政策不适用", "[VII Supplementary provisions] The application date 2028-01-01 is outside the policy's validity, 2024-11-19 to 2027-12-31, so the policy does not apply" },
        { "district-transition", "[区县代码（GB/T 2260）] 区县代码 500112 对应单位已撤销，过渡期内（至 2026-06-30）仍予受理，承继单位代码 500118", "[district codes (GB/T 2260)] District code 500112 names an abolished unit, accepted in the transition (to 2026-06-30) with successor 500118" },
        { "flag-met", "[（七）（7c）] 制造业企业主辅分离新设立：是，符合条件", "[(7c)] Set up by separation from a manufacturer: yes, condition met" },
        { "flag-not-met", "[（七）（7c）] 制造业企业主辅分离新设立：否，不符合条件", "[(7c)] Set up by separation from a manufacturer: no, condition not met" },
        { "grade-met", "[（三）] 集聚区年度评估等级 A，符合“B等级”的要求", "[(3)] Cluster grade A meets the required grade B" },
        { "grade-not-met", "[（三）] 集聚区年度评估等级 C，不符合“B等级”的要求", "[(3)] Cluster grade C does not meet the required grade B" },
        { "field-listed", "[（二）] 平台领域“共性技术研发”属条款所列领域", "[(2)] Platform field \"common technology R&D\" is one the clause lists" },
        { "field-not-listed", "[（二）] 平台领域“其他领域”不在条款所列八个领域内（条款以“等领域”结尾）", "[(2)] Platform field \"another field\" is not among the eight the clause lists (the list ends with \"等\")" },
        { "positive", "经核定的投资金额 1,000,000.00 元 大于 0", "Approved investment CNY 1,000,000.00 is above 0" },
        { "not-positive", "经核定的投资金额 0.00 元 不大于 0", "Approved investment CNY 0.00 is not above 0" },
        { "exceeded", "经核定的投资金额 5,000,000.00 元 超过 1,000,000.00 元（“超过”不含本数）", "Approved investment CNY 5,000,000.00 is above CNY 1,000,000.00 (\"超过\" is strictly above)" },
        { "not-exceeded", "经核定的投资金额 1,000,000.00 元 未超过 5,000,000.00 元（“超过”不含本数）", "Approved investment CNY 1,000,000.00 is not above CNY 5,000,000.00 (\"超过\" is strictly above)" },
        { "reached", "经核定的投资金额 5,000,000.00 元 达到 1,000,000.00 元（“以上”含本数）", "Approved investment CNY 5,000,000.00 reaches CNY 1,000,000.00 (\"以上\" includes the amount)" },
        { "not-reached", "经核定的投资金额 1,000,000.00 元 未达到 5,000,000.00 元（“以上”含本数）", "Approved investment CNY 1,000,000.00 does not reach CNY 5,000,000.00 (\"以上\" includes the amount)" },
        { "share", "经核定的投资金额 1,000,000.00 元 × 10% = 100,000.00 元", "10% of approved investment CNY 1,000,000.00 = CNY 100,000.00" },
        { "share-binding", "经核定的投资金额 1,000,000.00 元 × 10% = 100,000.00 元（起约束作用）", "10% of approved investment CNY 1,000,000.00 = CNY 100,000.00 (binding)" },
        { "cap", "最高不超过 5,000,000.00 元", "Cap CNY 5,000,000.00" },
        { "cap-binding", "最高不超过 5,000,000.00 元（起约束作用）", "Cap CNY 5,000,000.00 (binding)" },
        { "cap-short", "[（一）] 最高不超过 5,000,000.00 元，经核定的投资金额达到 50,000,000.00 元 时按比例计算的金额即达到上限，尚差 20,000,000.00 元", "[(1)] Cap CNY 5,000,000.00, reached by the share of approved investment from CNY 50,000,000.00: CNY 20,000,000.00 short" },
        { "cap-reached-now", "[（一）] 最高不超过 5,000,000.00 元（起约束作用），经核定的投资金额达到 50,000,000.00 元 时按比例计算的金额即达到上限，现已达到上限", "[(1)] Cap CNY 5,000,000.00 (binding), reached by the share of approved investment from CNY 50,000,000.00, and reached now" },
        { "cap-above", "[（一）] 最高不超过 5,000,000.00 元（起约束作用），经核定的投资金额达到 50,000,000.00 元 时按比例计算的金额即达到上限，现高出 10,000,000.00 元", "[(1)] Cap CNY 5,000,000.00 (binding), reached by the share of approved investment from CNY 50,000,000.00: CNY 10,000,000.00 above that" },
        { "cap-above-13", "[（十三）] 最高不超过 1,000,000.00 元（起约束作用），活动平台实际投入达到 3,333,333.34 元 时按比例计算的金额即达到上限，现高出 1,000.00 元", "[(13)] Cap CNY 1,000,000.00 (binding), reached by the share of actual input into the event platform from CNY 3,333,333.34: CNY 1,000.00 above that" },
        { "major-cap", "[（一）] 经市政府同意的特别重大项目，最高不超过 20,000,000.00 元，经核定的投资金额达到 200,000,000.00 元 时按比例计算的金额即达到上限，尚差 1.00 元", "[(1)] Cap for an especially major project approved by the municipal government CNY 20,000,000.00, reached by the share of approved investment from CNY 200,000,000.00: CNY 1.00 short" },
        { "tier-award", "[（三）] 第 2 档定额奖励 100,000.00 元", "[(3)] Tier 2 award CNY 100,000.00" },
        { "tier-from-growth", "[（五）] 营业收入增速 25% 达到 20%，认定为第 3 档", "[(5)] Revenue growth 25% reaches 20%: tier 3" },
        { "tier-from-growth-below", "[（五）] 营业收入增速 5% 未达到最低档 10%", "[(5)] Revenue growth 5% does not reach the lowest tier's 10%" },
        { "restricted-uses", "[（四）] 奖励资金专项用于：资金、人才、用地、中央预算内资金、地方政府专项债、超长期特别国债、国家级试点示范项目、租金减免、购房装修、网络通讯", "[(4)] The award's funds are restricted to: Funds, Talent, Land, Central budget funds (by recommendation), Local government special bonds (by recommendation), Ultra-long special treasury bonds (by recommendation), National pilot and demonstration projects (by recommendation), Rent relief from the cluster operator, Premises purchase and fit-out support from the cluster operator, Network and communications support from the cluster operator" },
        { "amount-not-fixed", "[（七）（7b）] 条款规定给予行业协会“一定奖励”而未定金额，须人工审核，奖励用于培育行业龙头企业、具有行业示范带动作用的标志性项目及品牌", "[(7b)] The clause promises industry associations \"a certain reward\" without an amount, so it needs review (the reward is for cultivating leading firms, flagship projects and brands)" },
        { "non-monetary", "[（十一）] 非资金支持：失业保险降费、就业补贴、税收优惠、见习、培训、创业补贴、融资支持、场地安排，牵头单位：市人力社保局", "[(11)] Non-monetary support: Unemployment-insurance contribution cuts, Employment subsidies, Tax preferences, Internships, Training, Start-up subsidies, Financing support, Premises (lead unit: Municipal Human Resources and Social Security Bureau)" },
        { "non-monetary-no-clause", "非资金支持：，牵头单位：", "Non-monetary support:  (lead unit: )" },
        { "override", "[X6 原则上] 经 渝府〔2025〕1号 批准，以自由裁量金额 6,000,000.00 元 替代默认上限 5,000,000.00 元（条款为“原则上”）", "[X6 discretion] Approved by 渝府〔2025〕1号: the discretionary amount CNY 6,000,000.00 replaces the default ceiling CNY 5,000,000.00 (the clause says \"原则上\")" },
        { "override-not-applied", "[X6 原则上] 自由裁量金额 6,000,000.00 元（渝府〔2025〕1号）未适用：申请不符合条件", "[X6 discretion] The discretionary amount CNY 6,000,000.00 (渝府〔2025〕1号) is not applied: the application does not qualify" },
        { "rounding", "[X4 金额取整] 按 100.00 元 向下取整：123,456.78 元 → 123,400.00 元", "[X4 rounding] Rounded down to a multiple of CNY 100.00: CNY 123,456.78 → CNY 123,400.00" },
        { "composite-score", "[（六）] 综合评价得分 0.8125", "[(6)] Composite score 0.8125" },
        { "rank-award", "[（六）] 综合评价第 3 名，在前 10 名之内，奖励 3,000,000.00 元", "[(6)] Ranked 3, within the first 10: award CNY 3,000,000.00" },
        { "rank-no-award", "[（六）] 综合评价第 12 名，未进入前 10 名", "[(6)] Ranked 12, outside the first 10" },
        { "tie", "[（六）] 综合评价第 10 名，与其他区县完全并列且跨越第 10 名的奖励分界，须人工审核（最高 3,000,000.00 元）", "[(6)] Ranked 10 but level with other districts across the award boundary after rank 10: needs review (at most CNY 3,000,000.00)" },
        { "eligible-from", "经核定的投资金额达到 5,000,000.00 元 方符合条件，现为 1,000,000.00 元，尚差 4,000,000.00 元", "Approved investment qualifies from CNY 5,000,000.00: at CNY 1,000,000.00 it is CNY 4,000,000.00 short" },
        { "eligible-from-rate", "[（五）] 营业收入增速达到 10% 方符合条件，现为 7.7%，尚差 2.3 个百分点", "[(5)] Revenue growth qualifies from 10%: at 7.7% it is 2.3 percentage points short" },
        { "cap-reached-from-short", "[（一）] 项目投资总额达到 50,000,000.00 元 时，按比例计算的金额即达到上限，现为 40,000,000.00 元，尚差 10,000,000.00 元", "[(1)] The share of total project investment reaches the cap from CNY 50,000,000.00: at CNY 40,000,000.00 it is CNY 10,000,000.00 short" },
        { "cap-reached-from-above", "[（一）] 项目投资总额达到 50,000,000.00 元 时，按比例计算的金额即达到上限，现为 60,000,000.00 元，已达到上限", "[(1)] The share of total project investment reaches the cap from CNY 50,000,000.00: at CNY 60,000,000.00 it reaches the cap" },
        { "cap-reached-from-on", "[（一）] 项目投资总额达到 50,000,000.00 元 时，按比例计算的金额即达到上限，现为 50,000,000.00 元，已达到上限", "[(1)] The share of total project investment reaches the cap from CNY 50,000,000.00: at CNY 50,000,000.00 it reaches the cap" },
        { "cap-reached-from-zero", "[（一）] 项目投资总额达到 50,000,000.00 元 时，按比例计算的金额即达到上限，现为 50,000,000.00 元，高出 0.00 元", "[(1)] The share of total project investment reaches the cap from CNY 50,000,000.00: at CNY 50,000,000.00 it is CNY 0.00 above that" },
        { "next-tier-from", "[（五）] 营业收入增速达到 30% 可升至上一档，现为 25%，尚差 5 个百分点", "[(5)] Revenue growth reaches the next tier up from 30%: at 25% it is 5 percentage points short" },
        { "next-tier", "[（三）] 上一档为第 3 档，定额奖励 300,000.00 元", "[(3)] The next tier up is tier 3, with an award of CNY 300,000.00" },
        { "top-tier", "[（三）] 第 3 档为最高档", "[(3)] Tier 3 is the top tier" },
        { "score-to-next-band", "[（六）] 进入前 10 名须超过第 10 名的综合评价得分 0.5000，尚差 0.0125（按本年度各区县数据归一化计算，本区县指标的变化也会改变归一化结果）", "[(6)] To enter the first 10, the score must pass 0.5000, that of the district ranked 10: 0.0125 short (at this year's normalisation, which this district's own figures also move)" },
        { "score-to-next-band-small", "[（六）] 进入前 10 名须超过第 10 名的综合评价得分 0.5000，尚差 不足 0.0001（按本年度各区县数据归一化计算，本区县指标的变化也会改变归一化结果）", "[(6)] To enter the first 10, the score must pass 0.5000, that of the district ranked 10: less than 0.0001 short (at this year's normalisation, which this district's own figures also move)" },
        { "score-to-next-band-edge", "[（六）] 进入前 10 名须超过第 10 名的综合评价得分 0.5000，尚差 0.0001（按本年度各区县数据归一化计算，本区县指标的变化也会改变归一化结果）", "[(6)] To enter the first 10, the score must pass 0.5000, that of the district ranked 10: 0.0001 short (at this year's normalisation, which this district's own figures also move)" },
        { "score-to-next-band-tie", "[（六）] 进入前 10 名：综合评价得分与第 10 名相同（0.5000），按并列排序规则居后", "[(6)] To enter the first 10: the score equals that of the district ranked 10 (0.5000), which is ahead on the tie-break" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Render_Step_IsItsTextInEachLanguage(string name, string chinese, string english)
    {
        DecisionText.Render(Steps[name], Language.Chinese).Should().Be(chinese);
        DecisionText.Render(Steps[name], Language.English).Should().Be(english);
        Steps[name].ToString().Should().Be(chinese);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Explain_DecisionWithTheStep_CarriesTheSameText(string name, string chinese, string english)
    {
        var decision = Decision.Restore(
            "A-1", "S-1", MeasureId.Measure1, new LocalDate(2025, 6, 1), Outcome.Eligible, 1m, 1m, ReasonCode.RateApplied, ReasonCode.RateApplied,
            [Steps[name]], ImmutableArray<Problem>.Empty, null, null);

        decision.Summarize(Language.Chinese).Should().Be("符合条件（rate-applied）；" + chinese);
        decision.Summarize(Language.English).Should().Be("eligible (rate-applied); " + english);
    }

    [Fact]
    public void Texts_CoverEveryTraceCode()
    {
        Steps.Values.Select(s => s.Code).Distinct().Order().Should().Equal(Enum.GetValues<TraceCode>());
        Texts.Select(row => (string)row[0]).Should().BeEquivalentTo(Steps.Keys);
    }

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Render_UndefinedCode_IsRefusedWithTheCode(Language language)
    {
        var act = () => DecisionText.Render(new TraceStep((TraceCode)200, PolicyClause.Measure1, RecordField.Record, true, false, Million), language);

        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("step");
        thrown.ActualValue.Should().Be((TraceCode)200);
        thrown.Message.Should().StartWith("Unknown trace code.");
    }

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Render_UndefinedClause_IsRefusedWithTheClause(Language language)
    {
        var act = () => DecisionText.Render(new TraceStep(TraceCode.AbsoluteCap, (PolicyClause)99, RecordField.Record, true, false, Million), language);

        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("clause");
        thrown.ActualValue.Should().Be((PolicyClause)99);
        thrown.Message.Should().StartWith("Unknown clause.");
    }
}
