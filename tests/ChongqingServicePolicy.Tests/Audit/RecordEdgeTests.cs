using System.Reflection;
using System.Text.Json.Nodes;
using ChongqingServicePolicy.Audit;
using static ChongqingServicePolicy.Tests.Audit.AuditCases;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>
/// Edges of reading and writing a decision record: parameters refused as a whole, fingerprints in the wrong case, and
/// the library version a record names.
/// </summary>
public sealed class RecordEdgeTests
{
    private static readonly PolicyEngine Engine = AuditCases.Engine();

    [Fact]
    public void Parse_ParametersNestedTooDeeplyForAParameterSet_RefusedAtParametersAsAWhole()
    {
        // The record's own reader takes 64 levels; a parameter set takes 16, and refuses the set as a whole ("(file)").
        JsonNode deep = new JsonArray(1);
        for (var i = 0; i < 20; i++)
        {
            deep = new JsonArray(deep);
        }

        var ex = Refused(AuditCases.Edit(Json("1/valid"), r => r["parameters"]!["general"]!["deep"] = deep));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, "parameters"));
        ex.Message.Should().StartWith("parameters: Invalid policy parameters: (file): is not valid JSON at line 1, position ");
        ex.InnerException.Should().BeOfType<ChongqingServicePolicy.Parameters.PolicyParameterException>();
    }

    [Fact]
    public void Parse_OneParameterRefused_ItsPathUnderParameters()
    {
        var ex = Refused(AuditCases.Edit(Json("params/cap-8m"), r => r["parameters"]!["measures"]!["1"]!["cap_yuan"] = -1));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, "parameters.measures.1.cap_yuan"));
    }

    [Theory]
    [InlineData("parameters_sha256")]
    [InlineData("input_sha256")]
    public void Parse_FingerprintInUpperCase_Refused(string member)
    {
        var json = Json("1/valid");
        var upper = JsonNode.Parse(json)![member]!.GetValue<string>().ToUpperInvariant();
        upper.Should().MatchRegex("[0-9]").And.MatchRegex("[A-F]");

        var ex = Refused(AuditCases.Edit(json, r => r[member] = upper));

        (ex.Error, ex.Path, ex.Message).Should().Be((DecisionRecordError.InvalidValue, member, $"{member}: must be 64 lower-case hexadecimal digits"));
    }

    [Theory]
    [InlineData("parameters_sha256", 63)]
    [InlineData("parameters_sha256", 65)]
    [InlineData("input_sha256", 63)]
    public void Parse_FingerprintOfAnotherLength_Refused(string member, int length)
    {
        var json = Json("1/valid");
        var sha = JsonNode.Parse(json)![member]!.GetValue<string>();
        var edited = length < 64 ? sha[..length] : sha + "0";

        var ex = Refused(AuditCases.Edit(json, r => r[member] = edited));

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.InvalidValue, member));
    }

    [Fact]
    public void Create_LibraryVersion_TheAssemblysInformationalVersion()
    {
        var expected = typeof(DecisionRecord).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        AuditCases.ByName["1/valid"].LibraryVersion.Should().Be(expected);
        JsonNode.Parse(Json("1/valid"))!["library_version"]!.GetValue<string>().Should().Be(expected);
    }

    [Fact]
    public void Parse_RootIsFalse_NamedABoolean()
    {
        var ex = Refused("false");

        (ex.Error, ex.Path, ex.Message).Should().Be((DecisionRecordError.Malformed, "$", "$: a decision record must be a JSON object, got a boolean"));
    }

    [Theory]
    [InlineData("1/valid")]
    [InlineData("params/cap-8m")]
    public void Parse_Utf8WithAByteOrderMark_ReadAsWithout(string name)
    {
        var json = Json(name);
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(json)];

        var record = DecisionRecord.Parse(utf8);

        record.ToJson().Should().Be(json);
        Engine.Replay(record).Status.Should().Be(ReplayStatus.Reproduces);
    }

    public static TheoryData<string, string, string> UnknownCodes => new()
    {
        // case, member path, the path named
        { "1/valid", "input.measure", "input.measure" },
        { "2/other-field", "input.platform_field", "input.platform_field" },
        { "1/valid", "decision.measure", "decision.measure" },
        { "1/valid", "decision.outcome", "decision.outcome" },
        { "1/valid", "decision.reason", "decision.reason" },
        { "1/valid", "decision.trace[2].code", "decision.trace[2].code" },
        { "1/valid", "decision.trace[2].clause", "decision.trace[2].clause" },
        { "1/valid", "decision.trace[2].field", "decision.trace[2].field" },
        { "1/valid", "decision.trace[2].comparison", "decision.trace[2].comparison" },
        { "batch/higher#0", "decision.non_duplication.compared[0].measure", "decision.non_duplication.compared[0].measure" },
    };

    [Theory]
    [MemberData(nameof(UnknownCodes))]
    public void Parse_UnknownCode_InvalidValueAtItsPath(string name, string member, string path)
    {
        var ex = Refused(AuditCases.Edit(Json(name), r => Set(r, member, "zz")));

        (ex.Error, ex.Path, ex.Message).Should().Be((DecisionRecordError.InvalidValue, path, path + ": unknown code \"zz\""));
    }

    private static void Set(JsonNode root, string member, JsonNode? value)
    {
        var node = root;
        var parts = member.Split('.');
        foreach (var part in parts[..^1])
        {
            var open = part.IndexOf('[', StringComparison.Ordinal);
            node = open < 0 ? node[part]! : node[part[..open]]![int.Parse(part[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        node[parts[^1]] = value;
    }
}
