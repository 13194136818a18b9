using System.Text.Json.Nodes;
using ChongqingServicePolicy.Audit;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>
/// Every member of a decision record, removed one at a time: a required one is refused as malformed at exactly its
/// path, an optional one still reads. The records used carry a trace with values, problems and a 就高不重复 context
/// against another policy, so every kind of member is present.
/// </summary>
public sealed class RecordMemberTests
{
    private static readonly string[] Cases = ["1/cap", "1/override", "1/negative-and-bad-code", "batch/other-policy#0", "batch/higher#1"];

    // Members a record may leave out: the input's facts other than its id, measure and district; a trace step's
    // text and values; a problem's value and expected text; the 就高不重复 context and its other-policy facts.
    private static readonly HashSet<string> Optional = new(StringComparer.Ordinal)
    {
        "input.applicant_name", "input.credit_code", "input.application_date", "input.subject_id", "input.producer_service",
        "input.total_investment_yuan", "input.approved_investment_yuan", "input.major_project_approved",
        "input.platform_field", "input.cluster_grade", "input.cluster_tier", "input.in_cluster", "input.building_star_rated",
        "input.building_tier", "input.revenue_growth_rate", "input.first_time_top500", "input.spun_off_from_manufacturer",
        "input.annual_revenue_yuan", "input.event_actual_input_yuan", "input.other_policy_award_yuan",
        "input.other_policy_name", "input.override_amount_yuan", "input.override_approval_ref",
        "decision.non_duplication", "decision.non_duplication.other_policy_award_yuan", "decision.non_duplication.other_policy_name",
        "text", "values.left", "values.right", "values.result", "value", "expected",
    };

    public static TheoryData<string, string> Members()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Cases)
        {
            var root = JsonNode.Parse(AuditCases.ByName[name].ToJson())!.AsObject();
            foreach (var path in Paths(root, string.Empty))
            {
                data.Add(name, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Parse_MemberRemoved_RequiredRefusedAtItsPathOptionalRead(string name, string path)
    {
        var json = AuditCases.Edit(AuditCases.ByName[name].ToJson(), root => Remove(root, path));

        var act = () => DecisionRecord.Parse(json);

        if (IsOptional(path))
        {
            act.Should().NotThrow();
        }
        else
        {
            var ex = act.Should().Throw<DecisionRecordException>().Which;
            (ex.Error, ex.Path, ex.Message).Should().Be((DecisionRecordError.Malformed, path, path + ": is required"));
        }
    }

    [Fact]
    public void Members_TheCases_CoverEveryKindOfMember()
    {
        var paths = Members().Select(row => (string)row[1]).ToHashSet(StringComparer.Ordinal);

        paths.Should().Contain([
            "decision.trace[0].values.left.unit", "decision.trace[0].values.left.number", "decision.problems[0].field",
            "decision.problems[0].code", "decision.non_duplication.compared[1].date", "decision.non_duplication.other_policy_name",
            "decision.non_duplication.winner_award_yuan", "input.override_amount_yuan", "format_version", "explanation_zh",
        ]);
    }

    private static bool IsOptional(string path)
    {
        if (Optional.Contains(path))
        {
            return true;
        }

        var last = path[(path.LastIndexOf('.') + 1)..];
        var lastTwo = path.Split('.') is { Length: >= 2 } parts ? parts[^2] + "." + parts[^1] : path;
        return (path.StartsWith("decision.trace[", StringComparison.Ordinal) && (Optional.Contains(last) || Optional.Contains(lastTwo)) && !path.Contains(".values.left.", StringComparison.Ordinal) && !path.Contains(".values.right.", StringComparison.Ordinal) && !path.Contains(".values.result.", StringComparison.Ordinal))
            || (path.StartsWith("decision.problems[", StringComparison.Ordinal) && last is "value" or "expected");
    }

    private static IEnumerable<string> Paths(JsonNode node, string prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (prefix.Length == 0 && key == "parameters")
                    {
                        yield return key;
                        continue;
                    }

                    var path = prefix.Length == 0 ? key : prefix + "." + key;
                    yield return path;
                    if (child is not null)
                    {
                        foreach (var inner in Paths(child, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject element)
                    {
                        foreach (var inner in Paths(element, $"{prefix}[{i}]"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    private static void Remove(JsonObject root, string path)
    {
        JsonNode node = root;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            node = Step(node, part);
        }

        var last = parts[^1];
        node.AsObject().Remove(last).Should().BeTrue(path);
    }

    private static JsonNode Step(JsonNode node, string part)
    {
        var open = part.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return node[part]!;
        }

        var child = node[part[..open]]!;
        var index = int.Parse(part[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return child[index]!;
    }
}
