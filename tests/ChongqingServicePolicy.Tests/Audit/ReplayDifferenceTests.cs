using System.Text.Json.Nodes;
using ChongqingServicePolicy.Audit;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>
/// One edit of a stored decision at a time, each named by replay exactly: the member's path, the recorded text and
/// the replayed text; trace steps, problems and compared applications that only one side has are named whole.
/// </summary>
public sealed class ReplayDifferenceTests
{
    private readonly PolicyEngine _engine = AuditCases.Engine();

    private ReplayResult ReplayEdited(string name, Action<JsonObject> edit) =>
        _engine.Replay(DecisionRecord.Parse(AuditCases.Edit(AuditCases.ByName[name].ToJson(), edit)));

    private static JsonObject Decision(JsonObject record) => record["decision"]!.AsObject();

    private static JsonArray Trace(JsonObject record) => Decision(record)["trace"]!.AsArray();

    private static string StepJson(string name, int index) => AuditCases.ByName[name].ToJson() is var json
        ? JsonNode.Parse(json)!["decision"]!["trace"]![index]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
        : string.Empty;

    private static IEnumerable<ReplayDifference> Outside(ReplayResult result) =>
        result.Differences.Where(d => !d.Field.StartsWith("explanation_zh[", StringComparison.Ordinal));

    public static TheoryData<string, string, string, string, string, string> EditedMembers => new()
    {
        // case, member path in the decision, edited JSON value, expected difference path, recorded, replayed
        { "1/valid", "application_id", "\"X-1\"", "decision.application_id", "X-1", "M1" },
        { "1/valid", "subject_id", "\"S-1\"", "decision.subject_id", "S-1", "M1" },
        { "1/valid", "measure", "\"2\"", "decision.measure", "2", "1" },
        { "1/valid", "award_reason", "\"cap-applied\"", "decision.award_reason", "cap-applied", "rate-applied" },
        { "1/valid", "date", "\"2025-03-02\"", "decision.date", "2025-03-02", "2025-03-01" },
        { "1/valid", "trace[1].passed", "false", "decision.trace[1].passed", "false", "true" },
        { "1/below-threshold", "trace[2].passed", "true", "decision.trace[2].passed", "true", "false" },
        { "1/valid", "trace[3].binding", "false", "decision.trace[3].binding", "false", "true" },
        { "1/valid", "trace[4].binding", "true", "decision.trace[4].binding", "true", "false" },
        { "1/valid", "trace[2].text", "\"注\"", "decision.trace[2].text", "注", null! },
        { "1/valid", "trace[3].values.result", "{\"unit\":\"yuan\",\"number\":3000000.000}", "decision.trace[3].values.result", "3000000.000 yuan", "3000000.00 yuan" },
        { "1/valid", "trace[3].values.result", "{\"unit\":\"rate\",\"number\":3000000.00}", "decision.trace[3].values.result", "3000000.00 rate", "3000000.00 yuan" },
        { "1/valid", "trace[1].values.right", "{\"unit\":\"flag\",\"number\":1}", "decision.trace[1].values.right", "1 flag", null! },
        { "1/valid", "trace[3].values.result", "null", "decision.trace[3].values.result", null!, "3000000.00 yuan" },
        { "1/negative-and-bad-code", "problems[0].field", "\"applicant_name\"", "decision.problems[0].field", "applicant_name", "credit_code" },
        { "1/negative-and-bad-code", "problems[0].value", "\"9150\"", "decision.problems[0].value", "9150", "91500103MA5U7Y2Q0X" },
        { "1/negative-and-bad-code", "problems[0].code", "\"must-not-be-negative\"", "decision.problems[0].code", "must-not-be-negative", "credit-code-check" },
        { "1/negative-and-bad-code", "problems[1].expected", "\"0\"", "decision.problems[1].expected", "0", null! },
        { "batch/higher#0", "non_duplication.subject_id", "\"P-9\"", "decision.non_duplication.subject_id", "P-9", "P-1" },
        { "batch/higher#0", "non_duplication.winner_application_id", "\"B-3\"", "decision.non_duplication.winner_application_id", "B-3", "B-2" },
        { "batch/higher#0", "non_duplication.winner_measure", "\"13\"", "decision.non_duplication.winner_measure", "13", "7a" },
        { "batch/higher#0", "non_duplication.winner_award_yuan", "5000000", "decision.non_duplication.winner_award_yuan", "5000000", "5000000.00" },
        { "batch/higher#0", "non_duplication.compared[0].measure", "\"2\"", "decision.non_duplication.compared[0].measure", "2", "1" },
        { "batch/higher#0", "non_duplication.compared[0].award_yuan", "3000000", "decision.non_duplication.compared[0].award_yuan", "3000000", "3000000.00" },
        { "batch/higher#0", "non_duplication.compared[0].date", "\"2025-03-02\"", "decision.non_duplication.compared[0].date", "2025-03-02", "2025-03-01" },
        { "batch/other-policy#0", "non_duplication.other_policy_award_yuan", "null", "decision.non_duplication.other_policy_name", "渝府发〔2023〕12号", null! },
    };

    [Theory]
    [MemberData(nameof(EditedMembers))]
    public void Replay_OneMemberEdited_NamedWithBothTexts(string name, string member, string value, string path, string? recorded, string? replayed)
    {
        var result = ReplayEdited(name, r => Set(Decision(r), member, JsonNode.Parse(value)));

        result.Status.Should().Be(ReplayStatus.Differs);
        result.Differences.Should().Contain(new ReplayDifference(path, recorded, replayed));
    }

    [Fact]
    public void Replay_ValueScaleOnlyEdited_Named()
    {
        var result = ReplayEdited("1/valid", r => Trace(r)[2]!["values"]!["left"]!["number"] = 30_000_000.0m);

        Outside(result).Should().Equal(new ReplayDifference("decision.trace[2].values.left", "30000000.0 yuan", "30000000 yuan"));
    }

    [Fact]
    public void Replay_LastProblemLeftOut_TheReplayedOneNamedWhole()
    {
        var result = ReplayEdited("1/negative-and-bad-code", r => Decision(r)["problems"]!.AsArray().RemoveAt(1));

        Outside(result).Should().Equal(new ReplayDifference(
            "decision.problems[1]", null, "{\"field\":\"approved_investment_yuan\",\"value\":\"-0.01\",\"code\":\"must-not-be-negative\"}"));
    }

    [Fact]
    public void Replay_ProblemAdded_TheRecordedOneNamedWhole()
    {
        var result = ReplayEdited("1/negative-and-bad-code", r => Decision(r)["problems"]!.AsArray().Add(JsonNode.Parse("{\"field\":\"measure\",\"value\":\"x\",\"code\":\"undefined-value\"}")));

        Outside(result).Should().Equal(new ReplayDifference("decision.problems[2]", "{\"field\":\"measure\",\"value\":\"x\",\"code\":\"undefined-value\"}", null));
    }

    [Fact]
    public void Replay_FirstTraceStepLeftOut_OnlyThatStepNamed()
    {
        var result = ReplayEdited("1/valid", r => Trace(r).RemoveAt(0));

        Outside(result).Should().Equal(new ReplayDifference("decision.trace[0]", null, StepJson("1/valid", 0)));
    }

    [Fact]
    public void Replay_LastTraceStepLeftOut_OnlyThatStepNamed()
    {
        var result = ReplayEdited("1/valid", r => Trace(r).RemoveAt(6));

        Outside(result).Should().Equal(new ReplayDifference("decision.trace[6]", null, StepJson("1/valid", 6)));
    }

    [Fact]
    public void Replay_StepAddedFirst_OnlyThatStepNamed()
    {
        var extra = JsonNode.Parse(StepJson("1/valid", 5))!.AsObject();
        extra["clause"] = "discretion";

        var result = ReplayEdited("1/valid", r => Trace(r).Insert(0, extra.DeepClone()));

        Outside(result).Should().Equal(new ReplayDifference("decision.trace[0]", extra.ToJsonString(), null));
    }

    [Fact]
    public void Replay_StepAddedLast_OnlyThatStepNamed()
    {
        var extra = JsonNode.Parse(StepJson("1/valid", 5))!.AsObject();
        extra["clause"] = "discretion";

        var result = ReplayEdited("1/valid", r => Trace(r).Add(extra.DeepClone()));

        Outside(result).Should().Equal(new ReplayDifference("decision.trace[7]", extra.ToJsonString(), null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Replay_StepClauseEdited_RecordedStepThenReplayedStepNamed(int index)
    {
        var edited = JsonNode.Parse(StepJson("1/valid", index))!.AsObject();
        edited["clause"] = "discretion";

        var result = ReplayEdited("1/valid", r => Trace(r)[index] = edited.DeepClone());

        Outside(result).Should().Equal(
            new ReplayDifference($"decision.trace[{index}]", edited.ToJsonString(), null),
            new ReplayDifference($"decision.trace[{index}]", null, StepJson("1/valid", index)));
    }

    [Fact]
    public void Replay_TwoStepsSwapped_OneMovedStepNamedOnEachSide()
    {
        // Recorded 0,1,3,2,4,5,6 against replayed 0,1,2,3,4,5,6: the longest common order keeps 0,1,3,4,5,6 or
        // 0,1,2,4,5,6; the comparison keeps the recorded order where both are as long.
        var result = ReplayEdited("1/valid", r =>
        {
            var trace = Trace(r);
            var two = trace[2]!.DeepClone();
            trace.RemoveAt(2);
            trace.Insert(3, two);
        });

        Outside(result).Should().Equal(
            new ReplayDifference("decision.trace[2]", StepJson("1/valid", 3), null),
            new ReplayDifference("decision.trace[3]", null, StepJson("1/valid", 3)));
    }

    [Fact]
    public void Replay_RecordedComparisonOmitsTheReplayedRecord_ItIsComparedLastAndNamed()
    {
        var result = ReplayEdited("batch/higher#0", r => Decision(r)["non_duplication"]!["compared"]![0]!["application_id"] = "B-0");

        result.Differences.Should().Contain(new ReplayDifference(
            "decision.non_duplication.compared[3]", null, "{\"application_id\":\"B-1\",\"measure\":\"1\",\"award_yuan\":3000000.00,\"date\":\"2025-03-01\"}"));
    }

    [Fact]
    public void Replay_RecordedComparisonWithAnExtraRecord_ItIsNamed()
    {
        var result = ReplayEdited("batch/higher#0", r => Decision(r)["non_duplication"]!["compared"]!.AsArray().Add(
            JsonNode.Parse("{\"application_id\":\"B-9\",\"measure\":\"1\",\"award_yuan\":1.00,\"date\":\"2025-03-01\"}")));

        // The extra record is carried into the replayed comparison, so both sides list it: nothing differs.
        result.Status.Should().Be(ReplayStatus.Reproduces);
    }

    [Fact]
    public void Replay_InputNoLongerEligible_RecordedComparisonNamedWhole()
    {
        var result = ReplayEdited("batch/higher#0", r => r["input"]!["approved_investment_yuan"] = 0);

        result.Status.Should().Be(ReplayStatus.Tampered);
        result.Differences.Should().Contain(d => d.Field == "decision.non_duplication" && d.Replayed == null && d.Recorded!.StartsWith("{\"subject_id\":\"P-1\",\"suppression\":\"superseded-by-higher\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Replay_ExplanationWithAnExtraLine_ThatLineNamed()
    {
        var explanation = AuditCases.ByName["1/valid"].ExplanationZh;
        var lines = explanation.Split('\n').Length;

        var result = ReplayEdited("1/valid", r => r["explanation_zh"] = explanation + "\n附注");

        result.Differences.Should().Equal(new ReplayDifference($"explanation_zh[{lines}]", "附注", null));
    }

    [Fact]
    public void Replay_ExplanationMissingItsLastLine_ThatLineNamed()
    {
        var explanation = AuditCases.ByName["1/valid"].ExplanationZh;
        var lines = explanation.Split('\n');

        var result = ReplayEdited("1/valid", r => r["explanation_zh"] = string.Join('\n', lines[..^1]));

        result.Differences.Should().Equal(new ReplayDifference($"explanation_zh[{lines.Length - 1}]", null, lines[^1]));
    }

    [Fact]
    public void ReplayDifference_ToString_ShowsNoneAndEscapesLineBreaks()
    {
        new ReplayDifference("a", null, "x\r\ny").ToString().Should().Be("a (none) → x\\r\\ny");
        new ReplayDifference("b", "1", null).ToString().Should().Be("b 1 → (none)");
    }

    [Fact]
    public void ReplayResult_SeveralDifferences_JoinedInOrder()
    {
        var result = ReplayEdited("1/valid", r =>
        {
            Decision(r)["subject_id"] = "S-1";
            Decision(r)["award_reason"] = "cap-applied";
        });

        result.ToString().Should().Be("M1: decision.subject_id S-1 → M1; decision.award_reason cap-applied → rate-applied");
    }

    [Fact]
    public void ReplayResult_NoDifferencesGiven_EmptyNotDefault()
    {
        var result = new ReplayResult("A-1", ReplayStatus.Reproduces, default);

        result.Differences.IsDefault.Should().BeFalse();
        result.Differences.Should().BeEmpty();
        result.ToString().Should().Be("A-1: reproduces");
    }

    [Fact]
    public void Replay_StepAddedFirstAndAnotherRemovedLast_EachNamedOnce()
    {
        // Both traces hold seven steps, so only the longest common run, not the counts, tells the two edits apart.
        var extra = JsonNode.Parse(StepJson("1/valid", 5))!.AsObject();
        extra["clause"] = "discretion";

        var result = ReplayEdited("1/valid", r =>
        {
            Trace(r).RemoveAt(0);
            Trace(r).Add(extra.DeepClone());
        });

        Outside(result).Should().Equal(
            new ReplayDifference("decision.trace[0]", null, StepJson("1/valid", 0)),
            new ReplayDifference("decision.trace[6]", extra.ToJsonString(), null));
    }

    [Fact]
    public void Replay_ExplanationLineLeftOutInOnePlaceAndAddedInAnother_TwoDifferencesNotOneRewording()
    {
        var lines = AuditCases.ByName["1/valid"].ExplanationZh.Split('\n');
        lines.Length.Should().BeGreaterThan(4);
        var edited = lines.Where((_, i) => i != 1).ToList();
        edited.Insert(3, "附注");

        var result = ReplayEdited("1/valid", r => r["explanation_zh"] = string.Join('\n', edited));

        result.Differences.Should().Equal(
            new ReplayDifference("explanation_zh[1]", null, lines[1]),
            new ReplayDifference("explanation_zh[3]", "附注", null));
    }

    [Fact]
    public void Parse_ProblemNull_RefusedAtItsPlace()
    {
        var act = () => DecisionRecord.Parse(AuditCases.Edit(AuditCases.ByName["1/negative-and-bad-code"].ToJson(), r => Decision(r)["problems"]!.AsArray()[1] = null));

        var ex = act.Should().Throw<DecisionRecordException>().Which;
        (ex.Error, ex.Path, ex.Message).Should().Be((DecisionRecordError.Malformed, "decision.problems[1]", "decision.problems[1]: is required"));
    }

    private static void Set(JsonObject decision, string member, JsonNode? value)
    {
        JsonNode node = decision;
        var parts = member.Split('.');
        foreach (var part in parts[..^1])
        {
            var open = part.IndexOf('[', StringComparison.Ordinal);
            node = open < 0 ? node[part]! : node[part[..open]]![int.Parse(part[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        node[parts[^1]] = value;
    }
}
