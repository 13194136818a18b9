using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// The names <see cref="DecisionText"/> gives outcomes, record fields and clauses, word for word in both languages,
/// and its refusal of values that are not defined.
/// </summary>
public sealed class DecisionTextNameTests
{
    public static TheoryData<RecordField, string, string> Fields => new()
    {
        { RecordField.Record, "record", "record" },
        { RecordField.ApplicationId, "application_id", "application_id" },
        { RecordField.Measure, "measure", "measure" },
        { RecordField.ApplicantName, "applicant_name", "applicant_name" },
        { RecordField.CreditCode, "credit_code", "credit_code" },
        { RecordField.DistrictCode, "district_code", "district_code" },
        { RecordField.ApplicationDate, "申请日期", "application date" },
        { RecordField.SubjectId, "subject_id", "subject_id" },
        { RecordField.ProducerService, "属现代生产性服务业", "in modern producer services" },
        { RecordField.TotalInvestmentYuan, "项目投资总额", "total project investment" },
        { RecordField.ApprovedInvestmentYuan, "经核定的投资金额", "approved investment" },
        { RecordField.MajorProjectApproved, "经市政府同意的特别重大项目", "especially major project approved by the municipal government" },
        { RecordField.PlatformField, "平台领域", "platform field" },
        { RecordField.ClusterGrade, "集聚区年度评估等级", "cluster grade" },
        { RecordField.ClusterTier, "集聚区奖励档次", "cluster tier" },
        { RecordField.InCluster, "入驻集聚区", "located in a cluster" },
        { RecordField.BuildingStarRated, "“星级”楼宇", "star-rated building" },
        { RecordField.BuildingTier, "楼宇奖励档次", "building tier" },
        { RecordField.RevenueGrowthRate, "营业收入增速", "revenue growth" },
        { RecordField.FirstTimeTop500, "首次入选中国服务业企业500强", "first entry into China's Top 500 Service Enterprises" },
        { RecordField.SpunOffFromManufacturer, "制造业企业主辅分离新设立", "set up by separation from a manufacturer" },
        { RecordField.AnnualRevenueYuan, "年营业收入", "annual revenue" },
        { RecordField.EventActualInputYuan, "活动平台实际投入", "actual input into the event platform" },
        { RecordField.OtherPolicyAwardYuan, "其他政策支持金额", "other policy's support" },
        { RecordField.OtherPolicyName, "other_policy_name", "other_policy_name" },
        { RecordField.OverrideAmountYuan, "自由裁量金额", "discretionary amount" },
        { RecordField.OverrideApprovalRef, "override_approval_ref", "override_approval_ref" },
        { RecordField.Year, "评价基准日", "reference day" },
        { RecordField.NewAboveScaleCount, "new_above_scale_count", "new_above_scale_count" },
        { RecordField.NetIncreaseCount, "net_increase_count", "net_increase_count" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Name_EveryField_IsItsNameInEachLanguage(RecordField field, string chinese, string english)
    {
        DecisionText.Name(field, Language.Chinese).Should().Be(chinese);
        DecisionText.Name(field, Language.English).Should().Be(english);
    }

    [Fact]
    public void Fields_CoverEveryDefinedField()
    {
        Fields.Select(row => (RecordField)row[0]).Should().Equal(Enum.GetValues<RecordField>());
    }

    [Fact]
    public void Name_UndefinedField_IsRefusedByName()
    {
        var act = () => DecisionText.Name((RecordField)200, Language.English);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("field");
    }

    [Theory]
    [InlineData(Outcome.Eligible, "符合条件", "eligible")]
    [InlineData(Outcome.Ineligible, "不符合条件", "ineligible")]
    [InlineData(Outcome.NotApplicable, "不适用", "not applicable")]
    [InlineData(Outcome.NonMonetary, "非资金支持", "non-monetary support")]
    [InlineData(Outcome.NeedsReview, "需人工审核", "needs review")]
    [InlineData(Outcome.Invalid, "数据无效", "invalid")]
    public void Name_EveryOutcome_IsItsNameInEachLanguage(Outcome outcome, string chinese, string english)
    {
        DecisionText.Name(outcome, Language.Chinese).Should().Be(chinese);
        DecisionText.Name(outcome, Language.English).Should().Be(english);
    }

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Name_UndefinedOutcome_IsRefusedWithTheValue(Language language)
    {
        var act = () => DecisionText.Name((Outcome)42, language);

        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("outcome");
        thrown.ActualValue.Should().Be((Outcome)42);
        thrown.Message.Should().StartWith("Unknown outcome.");
    }

    [Theory]
    [InlineData(PolicyClause.None, "", "")]
    [InlineData(PolicyClause.Validity, "七、附则", "VII Supplementary provisions")]
    [InlineData(PolicyClause.NonDuplication, "七、附则", "VII Supplementary provisions")]
    [InlineData(PolicyClause.Rounding, "X4 金额取整", "X4 rounding")]
    [InlineData(PolicyClause.Discretion, "X6 原则上", "X6 discretion")]
    [InlineData(PolicyClause.DistrictRegistry, "区县代码（GB/T 2260）", "district codes (GB/T 2260)")]
    [InlineData(PolicyClause.Measure1, "（一）", "(1)")]
    [InlineData(PolicyClause.Measure6, "（六）", "(6)")]
    [InlineData(PolicyClause.Measure7a, "（七）（7a）", "(7a)")]
    [InlineData(PolicyClause.Measure7b, "（七）（7b）", "(7b)")]
    [InlineData(PolicyClause.Measure7c, "（七）（7c）", "(7c)")]
    [InlineData(PolicyClause.Measure7d, "（七）（7d）", "(7d)")]
    [InlineData(PolicyClause.Measure16, "（十六）", "(16)")]
    public void Cite_Clause_IsItsCitationInEachLanguage(PolicyClause clause, string chinese, string english)
    {
        DecisionText.Cite(clause, Language.Chinese).Should().Be(chinese);
        DecisionText.Cite(clause, Language.English).Should().Be(english);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(255)]
    public void Cite_UndefinedClause_IsRefusedWithTheValue(byte value)
    {
        var act = () => DecisionText.Cite((PolicyClause)value, Language.English);

        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("clause");
        thrown.ActualValue.Should().Be((PolicyClause)value);
        thrown.Message.Should().StartWith("Unknown clause.");
    }
}
