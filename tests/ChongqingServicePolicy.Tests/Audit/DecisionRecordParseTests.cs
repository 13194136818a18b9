using System.Text.Json.Nodes;
using ChongqingServicePolicy.Audit;
using static ChongqingServicePolicy.Tests.Audit.AuditCases;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>Reading refuses what is not a record this library reads, naming the kind of fault and the path.</summary>
public sealed class DecisionRecordParseTests
{
    private static string Json => AuditCases.ByName["1/valid"].ToJson();

    [Fact]
    public void Parse_FutureFormatVersion_RefusedWithUpgradeMessage()
    {
        var json = AuditCases.Edit(Json, r => r["format_version"] = 7);

        var ex = Refused(json);

        ex.Error.Should().Be(DecisionRecordError.UnsupportedVersion);
        ex.Path.Should().Be("format_version");
        ex.Message.Should().Contain("record format version 7 is newer than this library reads (1); upgrade ChongqingServicePolicy");
    }

    [Fact]
    public void Parse_FutureFormatVersionWithAnotherShape_RefusedAsUnsupportedNotMalformed()
    {
        var ex = Refused("""{"format_version":2,"decision":[1,2,3],"new_member":{}}""");

        ex.Error.Should().Be(DecisionRecordError.UnsupportedVersion);
    }

    [Fact]
    public void Parse_FormatVersionZero_InvalidValue()
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["format_version"] = 0));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, "format_version"));
    }

    [Fact]
    public void Parse_Truncated_Malformed()
    {
        var json = Json;

        var ex = Refused(json[..(json.Length / 2)]);

        ex.Error.Should().Be(DecisionRecordError.Malformed);
        ex.Path.Should().NotBeNullOrEmpty();
        ex.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
    }

    [Theory]
    [InlineData("[1,2]", "an array")]
    [InlineData("\"text\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public void Parse_NotAnObject_MalformedAtRoot(string json, string got)
    {
        var ex = Refused(json);

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.Malformed, "$"));
        ex.Message.Should().Contain("must be a JSON object").And.Contain(got);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"format_version\":1,")]
    public void Parse_NotJson_Malformed(string json)
    {
        Refused(json).Error.Should().Be(DecisionRecordError.Malformed);
    }

    [Fact]
    public void Parse_AmountAsString_MalformedWithPath()
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["decision"]!["award_yuan"] = "3000000.00"));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.Malformed, "decision.award_yuan"));
        ex.Message.Should().StartWith("decision.award_yuan: has a value of the wrong JSON type (line 1, byte ");
    }

    [Fact]
    public void Parse_TraceStepNotAnObject_MalformedWithPath()
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["decision"]!["trace"]![1] = 5));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.Malformed, "decision.trace[1]"));
    }

    [Theory]
    [InlineData("input", "application_id", "input.application_id")]
    [InlineData("input", "district_code", "input.district_code")]
    [InlineData("decision", "award_yuan", "decision.award_yuan")]
    [InlineData("decision", "trace", "decision.trace")]
    [InlineData(null, "parameters", "parameters")]
    [InlineData(null, "parameters_sha256", "parameters_sha256")]
    [InlineData(null, "explanation_zh", "explanation_zh")]
    [InlineData(null, "evaluation_date", "evaluation_date")]
    public void Parse_RequiredMemberMissing_MalformedNamingIt(string? section, string member, string path)
    {
        var json = AuditCases.Edit(Json, r => (section is null ? r : r[section]!.AsObject()).Remove(member));

        var ex = Refused(json);

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.Malformed, path));
        ex.Message.Should().Contain("is required");
    }

    [Fact]
    public void Parse_TraceValueWithoutUnit_MalformedNamingIt()
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["decision"]!["trace"]![0]!["values"]!["left"]!.AsObject().Remove("unit")));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.Malformed, "decision.trace[0].values.left.unit"));
    }

    [Fact]
    public void Parse_UnknownMember_Malformed()
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["decision"]!["bonus_yuan"] = 1));

        ex.Error.Should().Be(DecisionRecordError.Malformed);
        ex.Path.Should().StartWith("decision");
        ex.Message.Should().Contain("is a member this record format does not have ('bonus_yuan')").And.NotContain("ChongqingServicePolicy.Audit.Json");
    }

    [Theory]
    [InlineData("decision", "outcome", "Approved")]
    [InlineData("decision", "reason", "cap_applied")]
    [InlineData("decision", "measure", "7A")]
    [InlineData("input", "measure", "7")]
    [InlineData("input", "platform_field", "供应链管理")]
    public void Parse_UnknownCode_InvalidValueNamingIt(string section, string member, string code)
    {
        var ex = Refused(AuditCases.Edit(Json, r => r[section]![member] = code));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, $"{section}.{member}"));
        ex.Message.Should().Contain(code);
    }

    [Theory]
    [InlineData("code", "rounding-off")]
    [InlineData("clause", "measure-1")]
    [InlineData("field", "approved_investment")]
    [InlineData("comparison", "greater")]
    public void Parse_UnknownTraceCode_InvalidValueNamingIt(string member, string code)
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["decision"]!["trace"]![2]![member] = code));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, $"decision.trace[2].{member}"));
    }

    [Fact]
    public void Parse_ComparisonNotTheCodes_InvalidValue()
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["decision"]!["trace"]![0]!["comparison"] = "ceiling"));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, "decision.trace[0].comparison"));
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025/03/01")]
    public void Parse_DateThatDoesNotExist_InvalidValueWithPath(string date)
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["input"]!["application_date"] = date));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, "input.application_date"));
        ex.Message.Should().StartWith("input.application_date: is not a date that exists, written yyyy-MM-dd");
    }

    [Fact]
    public void Parse_DateAsNumber_Malformed()
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["evaluation_date"] = 20250601));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.Malformed, "evaluation_date"));
    }

    [Fact]
    public void Parse_TraceDateValueThatIsNoDate_InvalidValue()
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["decision"]!["trace"]![0]!["values"]!["left"]!["number"] = 20250230));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, "decision.trace[0].values.left.number"));
    }

    [Theory]
    [InlineData("award_yuan", -1)]
    [InlineData("payable_yuan", 9000000)]
    public void Parse_ImpossibleAmount_InvalidValue(string member, int amount)
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["decision"]![member] = amount));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, $"decision.{member}"));
    }

    [Fact]
    public void Parse_PayableOnIneligibleDecision_InvalidValue()
    {
        var json = AuditCases.ByName["1/below-threshold"].ToJson();

        var ex = Refused(AuditCases.Edit(json, r => r["decision"]!["payable_yuan"] = 1));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, "decision.payable_yuan"));
    }

    [Fact]
    public void Parse_ParameterOutOfRange_InvalidValueNamingTheParameter()
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["parameters"]!["measures"]!["1"]!["rate"] = 1.5m));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, "parameters.measures.1.rate"));
    }

    [Fact]
    public void Parse_UnknownParameter_InvalidValueNamingIt()
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["parameters"]!["measures"]!["1"]!["bonus_rate"] = 0.1m));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, "parameters.measures.1.bonus_rate"));
    }

    [Fact]
    public void Parse_ParametersNotAnObject_Malformed()
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["parameters"] = new JsonArray()));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.Malformed, "parameters"));
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("7AF986281728E70E7474BD63C07DFC648D84717FF408652EE5D54A0462FED91D")]
    public void Parse_FingerprintNotLowerCaseHex_InvalidValue(string sha)
    {
        var ex = Refused(AuditCases.Edit(Json, r => r["parameters_sha256"] = sha));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, "parameters_sha256"));
    }

    [Fact]
    public void Parse_ByteOrderMarkAndWhiteSpace_Read()
    {
        var indented = JsonNode.Parse(Json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(indented)).ToArray();

        var record = DecisionRecord.Parse(bytes);

        record.ToJson().Should().Be(Json);
    }
}
