using System.Text.Json.Nodes;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using static ChongqingServicePolicy.Tests.Audit.AuditCases;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>
/// Decision records: the exact messages of refused records and arguments, the values a trace may carry for dates,
/// grades and platform fields, the fingerprints, and the record's text for one decision.
/// </summary>
public sealed class DecisionRecordMessageTests
{
    private static readonly PolicyEngine Engine = AuditCases.Engine();

    [Fact]
    public void Create_NullArguments_ThrowNamingThem()
    {
        var r = AuditCases.ByName["1/valid"];

        Named(() => DecisionRecord.Create(null!, r.Decision, r.EvaluationDate, r.Parameters)).Should().Be("input");
        Named(() => DecisionRecord.Create(r.Input, null!, r.EvaluationDate, r.Parameters)).Should().Be("decision");
        Named(() => DecisionRecord.Create(r.Input, r.Decision, r.EvaluationDate, null!)).Should().Be("parameters");
        Named(() => DecisionRecord.Parse((string)null!)).Should().Be("json");
        Named(() => r.WriteTo(null!)).Should().Be("utf8");
    }

    [Fact]
    public void Create_InputWithoutId_Refused()
    {
        var r = AuditCases.ByName["1/valid"];

        var act = () => DecisionRecord.Create(r.Input with { ApplicationId = null! }, r.Decision, r.EvaluationDate, r.Parameters);

        var ex = act.Should().ThrowExactly<ArgumentException>().Which;
        (ex.ParamName, ex.Message).Should().Be(("input", "The input has no application id. (Parameter 'input')"));
    }

    [Fact]
    public void Create_DecisionOfAnotherApplication_Refused()
    {
        var r = AuditCases.ByName["1/valid"];

        var act = () => DecisionRecord.Create(r.Input with { ApplicationId = "M2" }, r.Decision, r.EvaluationDate, r.Parameters);

        var ex = act.Should().ThrowExactly<ArgumentException>().Which;
        (ex.ParamName, ex.Message).Should().Be(("decision", "The decision is for application 'M1', not 'M2'. (Parameter 'decision')"));
    }

    [Fact]
    public void Create_ComparisonWithoutItsRecords_Refused()
    {
        var r = AuditCases.ByName["batch/higher#0"];
        var decision = r.Decision.WithNonDuplication(r.Decision.NonDuplication! with { Compared = [] });

        var act = () => DecisionRecord.Create(r.Input, decision, r.EvaluationDate, r.Parameters);

        var ex = act.Should().ThrowExactly<ArgumentException>().Which;
        ex.ParamName.Should().Be("decision");
        ex.Message.Should().Be("The decision's 就高不重复 context does not list the compared records (NonDuplication.Compared). (Parameter 'decision')");
    }

    [Fact]
    public void ToString_IdDateAndDecision()
    {
        AuditCases.ByName["1/valid"].ToString().Should().Be("M1 as of 2025-06-01: M1 measure 1: Eligible award 3000000.00 payable 3000000.00 (rate-applied)");
    }

    [Fact]
    public void InputSha256_TheHashOfTheEvaluationDateAndTheInputAsWritten()
    {
        var node = JsonNode.Parse(Json("1/valid"))!;
        var fingerprinted = new JsonObject { ["evaluation_date"] = node["evaluation_date"]!.DeepClone(), ["input"] = node["input"]!.DeepClone() };

        AuditCases.ByName["1/valid"].InputSha256.Should().Be(AuditCases.Sha256(fingerprinted));
    }

    [Fact]
    public void Parse_DefaultParametersCompactOrIndented_ShareTheDefaultSet()
    {
        var indented = JsonNode.Parse(Json("1/valid"))!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

        DecisionRecord.Parse(Json("1/valid")).Parameters.Should().BeSameAs(PolicyParameters.Default);
        DecisionRecord.Parse(indented).Parameters.Should().BeSameAs(PolicyParameters.Default);
        DecisionRecord.Parse(Json("params/cap-8m")).Parameters.Should().NotBeSameAs(PolicyParameters.Default);
    }

    [Fact]
    public void Replay_ParametersInAnotherOrderWithTheirOwnFingerprint_NotTampered()
    {
        var json = AuditCases.Edit(Json("params/cap-8m"), r =>
        {
            var parameters = r["parameters"]!.AsObject();
            var reordered = new JsonObject { ["measures"] = parameters["measures"]!.DeepClone(), ["general"] = parameters["general"]!.DeepClone() };
            r["parameters"] = reordered;
            r["parameters_sha256"] = AuditCases.Sha256(reordered);
        });

        var result = Engine.Replay(DecisionRecord.Parse(json));

        result.Status.Should().Be(ReplayStatus.Reproduces, "the fingerprint covers the parameters as recorded");
    }

    public static TheoryData<string, DecisionRecordError, string, string> RefusedRecords
    {
        get
        {
            var json = Json("1/valid");
            return new()
            {
                { "true", DecisionRecordError.Malformed, "$", "$: a decision record must be a JSON object, got a boolean" },
                { json.Replace("\"format_version\":1", "\"format_version\":1.5", StringComparison.Ordinal), DecisionRecordError.Malformed, "format_version", "format_version: must be a whole number" },
                { json.Replace("\"format_version\":1", "\"format_version\":\"1\"", StringComparison.Ordinal), DecisionRecordError.Malformed, "format_version", "format_version: must be a whole number" },
                { json.Replace("\"format_version\":1", "\"format_version\":0", StringComparison.Ordinal), DecisionRecordError.InvalidValue, "format_version", "format_version: must be 1 or more, got 0" },
                { json.Replace("{\"format_version\":1,", "{\"format_version\":1,\"bonus\":1,", StringComparison.Ordinal), DecisionRecordError.Malformed, "bonus", "bonus: is a member this record format does not have ('bonus') (line 1, byte 29)" },
                { json + " x", DecisionRecordError.Malformed, "$", $"$: 'x' is invalid after a single JSON value. Expected end of data. (line 1, byte {System.Text.Encoding.UTF8.GetByteCount(json) + 2})" },
            };
        }
    }

    [Theory]
    [MemberData(nameof(RefusedRecords))]
    public void Parse_Refused_ExactErrorPathAndMessage(string json, DecisionRecordError error, string path, string message)
    {
        var ex = Refused(json);

        (ex.Error, ex.Path, ex.Message).Should().Be((error, path, message));
    }

    [Fact]
    public void Parse_Truncated_TheReadersFirstSentenceWithLineAndByte()
    {
        var ex = Refused(Json("1/valid")[..40]);

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.Malformed, "library_version"));
        ex.Message.Should().Be("library_version: Expected end of string, but instead reached end of data. (line 1, byte 41)");
    }

    [Fact]
    public void Parse_DateAsNumber_ConvertersMessage()
    {
        var ex = Refused(AuditCases.Edit(Json("1/valid"), r => r["evaluation_date"] = 20250601));

        ex.Message.Should().StartWith("evaluation_date: A date must be a string yyyy-MM-dd. (line 1, byte ");
    }

    [Fact]
    public void Parse_ParametersNotAnObject_ConvertersMessage()
    {
        var ex = Refused(AuditCases.Edit(Json("1/valid"), r => r["parameters"] = new JsonArray()));

        ex.Message.Should().StartWith("parameters: The parameters must be a JSON object. (line 1, byte ");
    }

    [Theory]
    [InlineData("parameters_sha256")]
    [InlineData("input_sha256")]
    public void Parse_FingerprintNotHex_ExactMessage(string member)
    {
        var ex = Refused(AuditCases.Edit(Json("1/valid"), r => r[member] = new string('g', 64)));

        (ex.Error, ex.Message).Should().Be((DecisionRecordError.InvalidValue, $"{member}: must be 64 lower-case hexadecimal digits"));
    }

    public static TheoryData<string, string, string, string> RefusedValues => new()
    {
        // case, member of the decision, JSON value, expected message
        { "1/valid", "award_yuan", "-1", "decision.award_yuan: an award cannot be negative, got -1" },
        { "1/valid", "payable_yuan", "3000000.01", "decision.payable_yuan: must lie between 0 and the award 3000000.00, got 3000000.01" },
        { "1/valid", "payable_yuan", "-0.01", "decision.payable_yuan: must lie between 0 and the award 3000000.00, got -0.01" },
        { "1/valid", "outcome", "\"Ineligible\"", "decision.payable_yuan: only an Eligible decision has an amount payable, got 3000000.00 for Ineligible" },
        { "1/valid", "award_reason", "\"rate\"", "decision.award_reason: unknown code \"rate\"" },
        { "1/negative-and-bad-code", "problems[0].field", "\"credit\"", "decision.problems[0].field: unknown code \"credit\"" },
        { "1/negative-and-bad-code", "problems[1].code", "\"negative\"", "decision.problems[1].code: unknown code \"negative\"" },
        { "1/valid", "trace[0].comparison", "\"ceiling\"", "decision.trace[0].comparison: a validity-window step compares by within, got ceiling" },
        { "1/valid", "trace[3].values.left.unit", "\"percent\"", "decision.trace[3].values.left.unit: unknown code \"percent\"" },
        { "batch/higher#0", "non_duplication.suppression", "\"lost\"", "decision.non_duplication.suppression: unknown code \"lost\"" },
        { "batch/higher#0", "non_duplication.winner_measure", "\"7e\"", "decision.non_duplication.winner_measure: unknown code \"7e\"" },
        { "batch/higher#0", "non_duplication.compared[2].measure", "\"17\"", "decision.non_duplication.compared[2].measure: unknown code \"17\"" },
        { "3/grade-b", "trace[1].values.left.number", "0", "decision.trace[1].values.left.number: is not a grade value: 0" },
        { "3/grade-b", "trace[1].values.left.number", "1.5", "decision.trace[1].values.left.number: is not a grade value: 1.5" },
        { "3/grade-b", "trace[1].values.left.number", "5", "decision.trace[1].values.left.number: is not a grade value: 5" },
        { "3/grade-b", "trace[1].values.left.number", "-1", "decision.trace[1].values.left.number: is not a grade value: -1" },
        { "3/grade-b", "trace[1].values.left.number", "257", "decision.trace[1].values.left.number: is not a grade value: 257" },
        { "2/other-field", "trace[1].values.left.number", "0", "decision.trace[1].values.left.number: is not a platform-field value: 0" },
        { "2/other-field", "trace[1].values.left.number", "8.5", "decision.trace[1].values.left.number: is not a platform-field value: 8.5" },
        { "2/other-field", "trace[1].values.left.number", "9", "decision.trace[1].values.left.number: is not a platform-field value: 9" },
        { "2/other-field", "trace[1].values.left.number", "-1", "decision.trace[1].values.left.number: is not a platform-field value: -1" },
        { "2/other-field", "trace[1].values.left.number", "355", "decision.trace[1].values.left.number: is not a platform-field value: 355" },
        { "1/valid", "trace[1].values.left.number", "2", "decision.trace[1].values.left.number: is not a flag value: 2" },
        { "1/valid", "trace[0].values.left.number", "20250601.5", "decision.trace[0].values.left.number: is not a date value: 20250601.5" },
        { "1/valid", "trace[0].values.left.number", "10100", "decision.trace[0].values.left.number: is not a date value: 10100" },
        { "1/valid", "trace[0].values.left.number", "100010101", "decision.trace[0].values.left.number: is not a date value: 100010101" },
        { "1/valid", "trace[0].values.left.number", "20251301", "decision.trace[0].values.left.number: is not a date value: 20251301" },
        { "1/valid", "trace[0].values.left.number", "20250001", "decision.trace[0].values.left.number: is not a date value: 20250001" },
        { "1/valid", "trace[0].values.left.number", "20250600", "decision.trace[0].values.left.number: is not a date value: 20250600" },
        { "1/valid", "trace[0].values.left.number", "20250631", "decision.trace[0].values.left.number: is not a date value: 20250631" },
    };

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public void Parse_ImpossibleValue_InvalidValueWithExactMessage(string name, string member, string value, string message)
    {
        var ex = Refused(AuditCases.Edit(Json(name), r => Set(r["decision"]!, member, JsonNode.Parse(value))));

        (ex.Error, ex.Message).Should().Be((DecisionRecordError.InvalidValue, message));
        ex.Path.Should().Be(message[..message.IndexOf(": ", StringComparison.Ordinal)]);
    }

    [Theory]
    [InlineData("3/grade-b", "4")]
    [InlineData("3/grade-b", "1")]
    [InlineData("2/other-field", "1")]
    [InlineData("2/other-field", "8")]
    [InlineData("1/valid", "10101")]
    [InlineData("1/valid", "99991231")]
    [InlineData("1/valid", "20240229")]
    public void Parse_PossibleValue_Read(string name, string value)
    {
        var step = name == "1/valid" ? 0 : 1;
        var json = AuditCases.Edit(Json(name), r => r["decision"]!["trace"]![step]!["values"]!["left"]!["number"] = JsonNode.Parse(value));

        DecisionRecord.Parse(json).Decision.Trace[step].Left.Number.Should().Be(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(ClusterGrade.A, "A")]
    [InlineData(ClusterGrade.B, "B")]
    [InlineData(ClusterGrade.C, "C")]
    [InlineData(ClusterGrade.D, "D")]
    public void ToJson_ClusterGrade_WrittenAsItsLetterAndReadBack(ClusterGrade grade, string letter)
    {
        var input = Support.Records.Measure3(grade) with { ApplicationId = "G-" + letter };
        var record = Engine.CreateRecord(input, Engine.Evaluate(input, AuditCases.Today), AuditCases.Today);

        JsonNode.Parse(record.ToJson())!["input"]!["cluster_grade"]!.GetValue<string>().Should().Be(letter);
        DecisionRecord.Parse(record.ToJson()).Input.ClusterGrade.Should().Be(grade);
    }

    [Fact]
    public void Parse_UnknownClusterGrade_InvalidValueNamingIt()
    {
        var ex = Refused(AuditCases.Edit(Json("3/grade-b"), r => r["input"]!["cluster_grade"] = "E"));

        (ex.Error, ex.Message).Should().Be((DecisionRecordError.InvalidValue, "input.cluster_grade: unknown code \"E\""));
    }

    [Fact]
    public void ToJson_Decision_ExactlyTheRecordFormat()
    {
        var date = new NodaTime.LocalDate(2025, 3, 1);
        var input = Support.Records.Measure1() with { ApplicationId = "F-1", SubjectId = "P-1" };
        var decision = Decision.Restore(
            "F-1", "P-1", MeasureId.Measure1, date, Outcome.Eligible, 3_000_000.00m, 0m, ReasonCode.RateApplied, ReasonCode.SupersededByHigher,
            [
                new TraceStep(TraceCode.ValidityWindow, PolicyClause.Validity, RecordField.ApplicationDate, true, false, TraceValue.Date(date), TraceValue.Date(new NodaTime.LocalDate(2024, 11, 19)), TraceValue.Date(new NodaTime.LocalDate(2027, 12, 31))),
                new TraceStep(TraceCode.FlagRequired, PolicyClause.Measure1, RecordField.ProducerService, true, false, TraceValue.Flag(true)),
                new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure1, RecordField.Record, false, true, TraceValue.Yuan(5_000_000m), default, TraceValue.Of(-0.5m, ValueUnit.Rate), "注"),
            ],
            [new Problem(RecordField.CreditCode, "X", ProblemCode.CreditCodeCheck, "G"), new Problem(RecordField.ApprovedInvestmentYuan, "-0.01", ProblemCode.MustNotBeNegative, null)],
            new NonDuplication("P-1", ["F-1", "F-2"], "F-2", MeasureId.Measure7a, 5_000_000m, 1_000_000m, "其他", SuppressionKind.SupersededByHigher)
            {
                Compared = [new ComparedApplication("F-1", MeasureId.Measure1, 3_000_000.00m, date), new ComparedApplication("F-2", MeasureId.Measure7a, 5_000_000m, date)],
            },
            null);
        var record = DecisionRecord.Create(input, decision, date, PolicyParameters.Default);

        var json = JsonNode.Parse(record.ToJson())!["decision"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        json.Should().Be(
            "{\"application_id\":\"F-1\",\"subject_id\":\"P-1\",\"measure\":\"1\",\"date\":\"2025-03-01\",\"outcome\":\"Eligible\"," +
            "\"award_yuan\":3000000.00,\"payable_yuan\":0,\"award_reason\":\"rate-applied\",\"reason\":\"superseded-by-higher\",\"trace\":[" +
            "{\"code\":\"validity-window\",\"clause\":\"validity\",\"field\":\"application_date\",\"comparison\":\"within\",\"passed\":true,\"binding\":false,\"values\":{\"left\":{\"unit\":\"date\",\"number\":20250301},\"right\":{\"unit\":\"date\",\"number\":20241119},\"result\":{\"unit\":\"date\",\"number\":20271231}}}," +
            "{\"code\":\"flag-required\",\"clause\":\"1\",\"field\":\"producer_service\",\"comparison\":\"is-true\",\"passed\":true,\"binding\":false,\"values\":{\"left\":{\"unit\":\"flag\",\"number\":1}}}," +
            "{\"code\":\"absolute-cap\",\"clause\":\"1\",\"field\":\"record\",\"comparison\":\"ceiling\",\"passed\":false,\"binding\":true,\"values\":{\"left\":{\"unit\":\"yuan\",\"number\":5000000},\"result\":{\"unit\":\"rate\",\"number\":-0.5}},\"text\":\"注\"}" +
            "],\"problems\":[{\"field\":\"credit_code\",\"value\":\"X\",\"code\":\"credit-code-check\",\"expected\":\"G\"},{\"field\":\"approved_investment_yuan\",\"value\":\"-0.01\",\"code\":\"must-not-be-negative\"}]," +
            "\"non_duplication\":{\"subject_id\":\"P-1\",\"suppression\":\"superseded-by-higher\",\"winner_application_id\":\"F-2\",\"winner_measure\":\"7a\",\"winner_award_yuan\":5000000,\"other_policy_award_yuan\":1000000,\"other_policy_name\":\"其他\"," +
            "\"compared\":[{\"application_id\":\"F-1\",\"measure\":\"1\",\"award_yuan\":3000000.00,\"date\":\"2025-03-01\"},{\"application_id\":\"F-2\",\"measure\":\"7a\",\"award_yuan\":5000000,\"date\":\"2025-03-01\"}]}}");
        DecisionRecord.Parse(record.ToJson()).ToJson().Should().Be(record.ToJson());
    }

    [Fact]
    public void Exception_WithoutPath_MessageAlone()
    {
        var ex = new DecisionRecordException(DecisionRecordError.Malformed, null, "bad");

        (ex.Message, ex.Path, ex.Error).Should().Be(("bad", (string?)null, DecisionRecordError.Malformed));
    }

    private static void Set(JsonNode decision, string member, JsonNode? value)
    {
        var node = decision;
        var parts = member.Split('.');
        foreach (var part in parts[..^1])
        {
            var open = part.IndexOf('[', StringComparison.Ordinal);
            node = open < 0 ? node[part]! : node[part[..open]]![int.Parse(part[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        node[parts[^1]] = value;
    }

    private static string? Named(Action act) => act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName;
}
