using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChongqingServicePolicy.Audit;
using static ChongqingServicePolicy.Tests.Audit.AuditCases;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>
/// A member the record format does not have is refused at its path, quoting its name exactly as the text names it
/// (unescaped), with the line and byte just after its colon, wherever it is, whatever characters it holds, and on
/// whatever line of a record written over several.
/// </summary>
public sealed class UnknownMemberNameTests
{
    private static readonly string OneLine = Json("batch/higher#0");

    public static TheoryData<string, string, string, string> Members => new()
    {
        // where the member is put (it follows this text), the name as written in JSON, the name quoted, the path
        { "{\"format_version\":1,", "bonus", "bonus", "bonus" },
        { "{\"format_version\":1,", "a'b", "a'b", "$['a'b']" },
        { "{\"format_version\":1,", "x]['y", "x]['y", "$['x]['y']" },
        { "\"input\":{", "a''b'", "a''b'", "input['a''b'']" },
        { "\"input\":{", "\\u0062onus", "bonus", "input.bonus" },
        { "\"input\":{", "a\\u0027b", "a'b", "input['a'b']" },
        { "\"input\":{", "a\\\"b", "a\"b", "input['a\"b']" },
        { "\"input\":{", "奖励", "奖励", "input.奖励" },
        { "\"input\":{", "", "", "input." },
        { "\"trace\":[{", "a.b", "a.b", "decision.trace[0]['a.b']" },
        { "\"compared\":[{", "it's", "it's", "decision.non_duplication.compared[0]['it's']" },
    };

    [Theory]
    [MemberData(nameof(Members))]
    public void Parse_UnknownMember_QuotedAsNamedWithTheByteAfterItsColon(string after, string written, string name, string path)
    {
        var at = OneLine.IndexOf(after, StringComparison.Ordinal) + after.Length;
        var member = $"\"{written}\":";
        var json = OneLine.Insert(at, member + "1,");
        var byteAfterColon = System.Text.Encoding.UTF8.GetByteCount(json[..(at + member.Length)]) + 1;

        var ex = Refused(json);

        (ex.Error, ex.Path).Should().Be((DecisionRecordError.Malformed, path));
        ex.Message.Should().Be($"{path}: is a member this record format does not have ('{name}') (line 1, byte {byteAfterColon})");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Parse_UnknownMemberOnALaterLine_QuotedWithItsLineAndByte(string newLine)
    {
        // The record written over several lines, indented, with an unknown member before the input's first one. Its
        // name is longer than the next line's ("application_id"), so that reading up to its byte on the wrong line
        // would find that name instead.
        var indented = JsonNode.Parse(OneLine)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var input = indented.IndexOf("\"input\": {\n", StringComparison.Ordinal) + "\"input\": {\n".Length;
        var json = indented.Insert(input, "    \"it's not a member\": 1,\n").Replace("\n", newLine, StringComparison.Ordinal);
        indented[..input].Count(c => c == '\n').Should().Be(6, "the input opens on line 6");
        indented[input..].Should().StartWith("    \"application_id\": ", "the input's first member follows the unknown one");

        var ex = Refused(json);

        // Line 7, byte 25: after four spaces, the name and the colon.
        (ex.Error, ex.Path).Should().Be((DecisionRecordError.Malformed, "input['it's not a member']"));
        ex.Message.Should().Be("input['it's not a member']: is a member this record format does not have ('it's not a member') (line 7, byte 25)");
    }

    [Fact]
    public void Parse_UnknownMemberAfterEmptyLines_TheMemberOnItsOwnLineNamed()
    {
        // Two empty lines before the member's line and a line after it that starts with a shorter name: lines counted
        // from the wrong place would reach into that name or past the text.
        var at = OneLine.IndexOf("\"input\":{", StringComparison.Ordinal) + "\"input\":{".Length;
        var json = OneLine.Insert(at, "\n\n\"a member no record has\":1,\n");
        json[(at + 30)..].Should().StartWith("\"application_id\":");

        var ex = Refused(json);

        ex.Message.Should().Be("input['a member no record has']: is a member this record format does not have ('a member no record has') (line 3, byte 26)");
    }
}
