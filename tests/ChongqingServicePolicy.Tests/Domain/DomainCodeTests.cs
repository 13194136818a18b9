using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>
/// The contract's text forms of measures, record fields and platform fields (CSV-CONTRACT.md): each value's exact
/// code and names, reading them back, and what is refused.
/// </summary>
public sealed class DomainCodeTests
{
    [Fact]
    public void MeasureIds_ToCode_TheContractsCodesInClauseOrder()
    {
        MeasureIds.All.Select(m => m.ToCode()).Should().Equal(
            "1", "2", "3", "4", "5", "6", "7a", "7b", "7c", "7d", "8", "9", "10", "11", "12", "13", "14", "15", "16");
        foreach (var m in MeasureIds.All)
        {
            MeasureIds.TryParse(m.ToCode(), out var back).Should().BeTrue();
            back.Should().Be(m);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(255)]
    public void MeasureIds_ToCodeOfUndefined_ThrowsOutOfRange(int value)
    {
        var act = () => ((MeasureId)value).ToCode();

        var ex = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        ex.ParamName.Should().Be("measure");
        ex.Message.Should().StartWith("Unknown measure.");
        ((MeasureId)value).IsDefined().Should().BeFalse();
    }

    [Fact]
    public void RecordFields_ToColumnName_TheContractsColumns()
    {
        Enum.GetValues<RecordField>().Select(f => f.ToColumnName()).Should().Equal(
            "record", "application_id", "measure", "applicant_name", "credit_code", "district_code", "application_date",
            "subject_id", "producer_service", "total_investment_yuan", "approved_investment_yuan", "major_project_approved",
            "platform_field", "cluster_grade", "cluster_tier", "in_cluster", "building_star_rated", "building_tier",
            "revenue_growth_rate", "first_time_top500", "spun_off_from_manufacturer", "annual_revenue_yuan",
            "event_actual_input_yuan", "other_policy_award_yuan", "other_policy_name", "override_amount_yuan",
            "override_approval_ref", "year", "new_above_scale_count", "net_increase_count");
        foreach (var f in Enum.GetValues<RecordField>())
        {
            RecordFields.TryParse(f.ToColumnName(), out var back).Should().BeTrue();
            back.Should().Be(f);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Measure")]
    [InlineData(" measure")]
    [InlineData("cap_yuan")]
    public void RecordFields_TryParseNotAColumn_False(string? name)
    {
        RecordFields.TryParse(name, out var field).Should().BeFalse();
        field.Should().Be(RecordField.Record);
    }

    [Fact]
    public void RecordFields_ToColumnNameOfUndefined_ThrowsOutOfRange()
    {
        var act = () => ((RecordField)200).ToColumnName();

        var ex = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        ex.ParamName.Should().Be("field");
        ex.Message.Should().StartWith("Unknown field.");
    }

    [Theory]
    [InlineData(PlatformField.CommonTechnologyRnd, "common_technology_rnd", "共性技术研发", "common technology R&D", true)]
    [InlineData(PlatformField.AchievementTransformation, "achievement_transformation", "成果转化", "achievement transformation", true)]
    [InlineData(PlatformField.PilotScaleMaturation, "pilot_scale_maturation", "中试熟化", "pilot-scale maturation", true)]
    [InlineData(PlatformField.IndustrialDesign, "industrial_design", "工业设计", "industrial design", true)]
    [InlineData(PlatformField.SupplyChainManagement, "supply_chain_management", "供应链管理", "supply-chain management", true)]
    [InlineData(PlatformField.IpOperation, "ip_operation", "知识产权运营", "IP operation", true)]
    [InlineData(PlatformField.BrandMarketing, "brand_marketing", "品牌营销", "brand marketing", true)]
    [InlineData(PlatformField.TestingCertification, "testing_certification", "检验检测认证", "testing, inspection and certification", true)]
    [InlineData(PlatformField.Other, "other", "其他领域", "another field", false)]
    public void PlatformFields_EachField_CodeNamesAndListing(PlatformField field, string code, string zh, string en, bool listed)
    {
        field.ToCode().Should().Be(code);
        field.ToChineseName().Should().Be(zh);
        field.ToEnglishName().Should().Be(en);
        field.IsListed().Should().Be(listed);
        PlatformFields.Listed.Contains(field).Should().Be(listed);
        foreach (var text in new[] { code, code.ToUpperInvariant(), $" {code} ", zh })
        {
            PlatformFields.TryParse(text, out var parsed).Should().BeTrue(text);
            parsed.Should().Be(field, text);
        }
    }

    [Theory]
    [InlineData("其他")]
    [InlineData("OTHER")]
    public void PlatformFields_TryParseOtherSpellings_Other(string text)
    {
        PlatformFields.TryParse(text, out var field).Should().BeTrue();
        field.Should().Be(PlatformField.Other);
    }

    [Theory]
    [InlineData("")]
    [InlineData("others")]
    [InlineData("其它")]
    [InlineData("共性技术")]
    [InlineData("Common Technology R&D")]
    public void PlatformFields_TryParseUnknown_False(string text)
    {
        PlatformFields.TryParse(text, out var field).Should().BeFalse();
        field.Should().Be(default(PlatformField));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(98)]
    [InlineData(100)]
    public void PlatformFields_Undefined_NamesThrowAndNotListed(int value)
    {
        var field = (PlatformField)value;

        field.IsListed().Should().BeFalse();
        new Action(() => field.ToCode()).Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("Unknown platform field.");
        new Action(() => field.ToChineseName()).Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("Unknown platform field.");
        new Action(() => field.ToEnglishName()).Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("Unknown platform field.");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    public void CreditCode_DigitNineInTheDivisionCode_Valid(int position)
    {
        var first17 = "91500103MA5U7Y2Q0".ToCharArray();
        first17[position] = '9';
        var code = Support.Records.Complete(new string(first17));

        UnifiedSocialCreditCode.Check(code).Should().Be(CreditCodeCheck.Valid);
    }
}
