using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Tests.Parameters;

/// <summary>
/// The parameter table as `cqpolicy measures` and <see cref="PolicyParameters.Descriptors"/> publish it: every path,
/// clause, text-or-interpretation flag, reference, description and default, in file order. A change to any of them
/// changes what analysts read as the policy's numbers, so it must show up here.
/// </summary>
public sealed class ParameterDescriptorTableTests
{
    private const string Expected = """
        general.valid_from | Validity | text | 七、附则：自发布之日起施行 (X1) | First day the policy is in force (issue date). | "2024-11-19"
        general.valid_to | Validity | text | 七、附则：有效期至2027年12月31日 (X1) | Last day the policy is in force, inclusive. | "2027-12-31"
        general.rounding_unit_yuan | Rounding | interpretation | X4 | Ceilings are rounded down to a multiple of this unit: 0.01 (fen), 1 (yuan) or 100 (0.01 万元). | 0.01
        general.deduplicate_within_policy | NonDuplication | interpretation | X3 | 就高不重复 also applies between measures of this policy for the same subject. | true
        general.ties_go_to_other_policy | NonDuplication | interpretation | X3 | On equal amounts, the earlier-granted other municipal policy keeps the support. | true
        general.override_measures | Discretion | interpretation | X6 | Measures whose text says 原则上, so an approved discretionary amount may replace the default ceiling. | ["1"]
        general.credit_code_required_measures | None | interpretation | Record fields | Measures whose applicant must give a 统一社会信用代码. | ["1","2","3","5","7a","7b","7c","13"]
        general.legacy_district_codes_accepted_until | DistrictRegistry | interpretation | District registry | Last day the codes of abolished units (500105, 500112) are still accepted, naming the successor; null for none. | "2026-01-24"
        measures.1.rate | Measure1 | interpretation | （一）按照经核定的投资金额给予一次性补助 | Share of the approved investment subsidised. | 0.10
        measures.1.total_investment_ratio_cap | Measure1 | text | （一）原则上不超过项目投资总额的10% | Ceiling as a share of total project investment. | 0.10
        measures.1.cap_yuan | Measure1 | text | （一）最高不超过500万元 | Absolute cap per project, yuan. | 5000000
        measures.1.major_project_cap_yuan | Measure1 | text | （一）特别重大的项目…原则上不超过2000万元 | Absolute cap for an especially major project approved by the municipal government, yuan. | 20000000
        measures.2.investment_threshold_yuan | Measure2 | text | （二）投资额超过500万元的 | Investment must be strictly above this amount, yuan. | 5000000
        measures.2.rate | Measure2 | text | （二）按不超过投资额的20%给予补助 | Share of the approved investment subsidised. | 0.20
        measures.2.cap_yuan | Measure2 | text | （二）最高不超过500万元 | Absolute cap per platform, yuan. | 5000000
        measures.2.unlisted_fields_need_review | Measure2 | interpretation | （二）…检验检测认证等领域 | A platform in a field the text does not name needs review (true) or is ineligible (false). | true
        measures.3.award_min_yuan | Measure3 | text | （三）分档次给予200—1000万元奖励 | Lowest tier amount allowed, yuan. | 2000000
        measures.3.award_max_yuan | Measure3 | text | （三）分档次给予200—1000万元奖励 | Highest tier amount allowed, yuan. | 10000000
        measures.3.tier_amounts_yuan | Measure3 | interpretation | （三）分档次 | Award per evaluation tier (1 = highest), yuan. | [10000000,8000000,6000000,4000000,2000000]
        measures.5.tier_amounts_yuan | Measure5 | text | （五）分档给予楼宇运营机构100万元、50万元的定额奖励 | Fixed award per tier, yuan. | [1000000,500000]
        measures.5.growth_thresholds | Measure5 | interpretation | （五）年度营业收入增速较快 | Revenue growth reaching each tier when no tier is given (inclusive). | [0.20,0.10]
        measures.6.first_band_last_rank | Measure6 | text | （六）第1—5名 | Last rank of the first award band. | 5
        measures.6.first_band_award_yuan | Measure6 | text | （六）分别给予500万元的一次性奖励 | Award for each rank of the first band, yuan. | 5000000
        measures.6.second_band_last_rank | Measure6 | text | （六）第6—10名 | Last rank of the second award band. | 10
        measures.6.second_band_award_yuan | Measure6 | text | （六）分别给予300万元的一次性奖励 | Award for each rank of the second band, yuan. | 3000000
        measures.6.weight_new_count | Measure6 | interpretation | （六）新增数量…综合评价 | Relative weight of the normalised new count. | 1
        measures.6.weight_net_increase | Measure6 | interpretation | （六）净增数量…综合评价 | Relative weight of the normalised net increase. | 1
        measures.6.weight_revenue_growth | Measure6 | interpretation | （六）营业收入增速…综合评价 | Relative weight of the normalised revenue growth. | 1
        measures.6.tie_break_order | Measure6 | interpretation | （六）综合评价 | Indicators that order districts with equal scores, first decisive first. | ["revenue_growth","net_increase","new_count"]
        measures.6.membership_reference_day | Measure6 | interpretation | （六）对每年… | Day of the year (MM-dd) whose units in force make up that year's ranking. | "12-31"
        measures.7a.cap_yuan | Measure7a | text | （七）给予相应区县最高500万元奖励 | Award ceiling per first-time Top 500 enterprise, yuan. | 5000000
        measures.7c.revenue_threshold_yuan | Measure7c | text | （七）年营业收入达到2000万元以上 | Annual revenue must reach this amount (inclusive), yuan. | 20000000
        measures.7c.cap_yuan | Measure7c | text | （七）给予一次性奖励，最高不超过100万元 | One-time award ceiling, yuan. | 1000000
        measures.13.rate | Measure13 | text | （十三）按不超过实际投入的30%给予补助 | Share of the actual input subsidised. | 0.30
        measures.13.cap_yuan | Measure13 | text | （十三）最高不超过100万元 | Absolute cap per event platform, yuan. | 1000000
        """;

    [Fact]
    public void Descriptors_All_ExactlyThePublishedTable()
    {
        var actual = PolicyParameters.Descriptors.Select(d =>
            $"{d.Path} | {d.Clause} | {(d.IsInterpretation ? "interpretation" : "text")} | {d.Reference} | {d.Description} | {d.DefaultJson}");

        actual.Should().Equal(Expected.Split('\n'));
    }

    [Fact]
    public void Descriptors_Every_MeasureAndNameMatchThePath()
    {
        PolicyParameters.Descriptors.Should().AllSatisfy(d =>
            (d.Measure is { } m ? $"measures.{m.ToCode()}.{d.Name}" : $"general.{d.Name}").Should().Be(d.Path));
    }
}
