using System.Text;
using System.Text.Json.Nodes;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Cli.Tests.Audit;

/// <summary><c>cqpolicy evaluate --json</c> writes a record per row, and <c>cqpolicy replay</c> re-decides them.</summary>
public sealed class ReplayCommandTests
{
    private static readonly string[] Rows =
    [
        Applications.Measure1("A-1"),
        Applications.Measure1("A-2", approved: 50_000_000m, subject: "S-1"),
        Applications.Measure1("A-3", approved: 20_000_000m, subject: "S-1"),
        Applications.Measure1("A-4", other: "9000000"),
        Applications.Measure1("A-5", date: "2025-02-30"),
        Applications.Measure1("A-1", approved: 10_000_000m),
        Applications.Measure1("A-6", total: 1_000_000m, approved: 1_000_000m),
    ];

    [Fact]
    public void Evaluate_WithJson_WritesOneCanonicalRecordPerRowInInputOrder()
    {
        using var folder = new TempFolder();
        var input = Write(folder);

        var result = CqPolicy.Run("evaluate", input, "--json", folder.File("d.jsonl"));

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("d.jsonl");
        var lines = File.ReadAllLines(folder.File("d.jsonl"), Encoding.UTF8);
        lines.Should().HaveCount(Rows.Length);
        var records = lines.Select(DecisionRecord.Parse).ToList();
        records.Select(r => r.ApplicationId).Should().Equal("A-1", "A-2", "A-3", "A-4", "A-5", "A-1", "A-6");
        records.Select(r => r.ToJson()).Should().Equal(lines, "each line is the record's canonical form");
        records.Should().OnlyContain(r => r.EvaluationDate == CqPolicy.Today && r.PolicyId == PolicyEngine.PolicyId);
        records[2].Decision.Reason.Should().Be(ReasonCode.SupersededByHigher);
        records[3].Decision.Reason.Should().Be(ReasonCode.SupersededByOtherPolicy);
        records[4].Decision.Outcome.Should().Be(Outcome.Invalid);
        records[5].Decision.Problems.Should().Contain(p => p.Code == ProblemCode.DuplicateApplicationId);
    }

    [Fact]
    public void Evaluate_WithJson_RecordsAgreeWithDecisionsCsv()
    {
        using var folder = new TempFolder();
        var input = Write(folder);

        CqPolicy.Run("evaluate", input, "--out", folder.File("d.csv"), "--json", folder.File("d.jsonl")).ExitCode.Should().Be(0);

        var csv = File.ReadAllLines(folder.File("d.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var records = File.ReadAllLines(folder.File("d.jsonl")).Select(DecisionRecord.Parse).ToList();
        csv.Should().HaveCount(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            csv[i][0].Should().Be(records[i].ApplicationId);
            csv[i].Should().Contain(records[i].Decision.Outcome.ToString());
            csv[i].Should().Contain(records[i].Decision.PayableYuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Replay_RecordsJustWritten_AllReproduceAndExitZero()
    {
        using var folder = new TempFolder();
        var records = Evaluate(folder);

        var result = CqPolicy.Run("replay", records, "--lang", "en");

        result.ExitCode.Should().Be(0, result.Output + result.Error);
        result.Output.Trim().Should().EndWith($"all {Rows.Length} decision records reproduce.");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Replay_RecordsOfRowsTheReaderRefused_AllReproduce()
    {
        using var folder = new TempFolder();
        var row = Applications.Measure1("X");
        var input = folder.Write("in.csv", string.Join("\n", [
            Applications.Header,
            row[1..],                                  // no application id
            row.Replace(",500103,", ",,"),             // no district
            row.Replace(",2025-03-01,", ",,"),         // no application date
            row.Replace(",80000000,", ",8e7,"),        // an amount that does not read
            row[1..] + ",extra",                       // no id and a field too many
            "B-1,x" + row[3..],                        // a measure that does not read
        ]) + "\n");
        CqPolicy.Run("evaluate", input, "--json", folder.File("d.jsonl")).ExitCode.Should().Be(0);
        File.ReadLines(folder.File("d.jsonl")).Select(DecisionRecord.Parse).Should().OnlyContain(r => r.Decision.Outcome == Outcome.Invalid);

        var result = CqPolicy.Run("replay", folder.File("d.jsonl"), "--lang", "en");

        result.Output.Should().Contain("all 6 decision records reproduce");
        result.ExitCode.Should().Be(0);
    }

    [Fact]
    public void Replay_RecordsOfAGeneratedFile_AllReproduce()
    {
        using var folder = new TempFolder();
        CqPolicy.Run("generate", "--rows", "400", "--seed", "11", "--out", folder.File("g.csv")).ExitCode.Should().Be(0);
        CqPolicy.Run("evaluate", folder.File("g.csv"), "--json", folder.File("g.jsonl")).ExitCode.Should().Be(0);

        var result = CqPolicy.Run("replay", folder.File("g.jsonl"), "--lang", "en");

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("all 400 decision records reproduce");
    }

    [Theory]
    [InlineData(1, "A-1", "award_yuan", "3000000.01", "decision.award_yuan")]
    [InlineData(1, "A-1", "payable_yuan", "1234.56", "decision.payable_yuan")]
    [InlineData(5, "A-5", "outcome", "Ineligible", "decision.outcome")]
    [InlineData(3, "A-3", "reason", "rate-applied", "decision.reason")]
    public void Replay_EditedDecisionValue_ExitsOneNamingTheLineTheApplicationAndTheField(int line, string id, string member, string value, string field)
    {
        using var folder = new TempFolder();
        var records = Evaluate(folder);
        EditLine(records, line, json => json["decision"]![member] = decimal.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(value));

        var result = CqPolicy.Run("replay", records, "--lang", "en");

        result.ExitCode.Should().Be(1);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle(l => l.StartsWith($"line {line} application_id {id}: does not reproduce", StringComparison.Ordinal))
            .Which.Should().Contain(field + ": " + value);
        lines[^1].Should().Contain($"{Rows.Length} decision records: {Rows.Length - 1} reproduce, 1 do not (1 differ, 0 tampered, 0 unreadable)");
    }

    [Fact]
    public void Replay_EditedTraceValue_NamesTheStepAndTheValue()
    {
        using var folder = new TempFolder();
        var records = Evaluate(folder);
        string? path = null;
        EditLine(records, 1, json =>
        {
            var trace = json["decision"]!["trace"]!.AsArray();
            for (var i = 0; i < trace.Count && path is null; i++)
            {
                if (trace[i]!["values"] is JsonObject values && values.FirstOrDefault(v => (string?)v.Value!["unit"] == "yuan") is { Key: { } name })
                {
                    values[name]!["number"] = JsonValue.Create(424242m);
                    path = $"decision.trace[{i}]";
                }
            }
        });

        var result = CqPolicy.Run("replay", records, "--lang", "en");

        path.Should().NotBeNull("a measure-1 trace compares amounts in yuan");
        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("line 1 application_id A-1: does not reproduce").And.Contain(path!).And.Contain("424242");
    }

    [Fact]
    public void Replay_EditThatBreaksTheRecordsOwnRules_NamesTheLineTheApplicationAndTheValue()
    {
        using var folder = new TempFolder();
        var records = Evaluate(folder);
        EditLine(records, 1, json => json["decision"]!["payable_yuan"] = JsonValue.Create(9_000_000m));

        var result = CqPolicy.Run("replay", records, "--lang", "en");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("line 1 application_id A-1: not a readable decision record: ").And.Contain("decision.payable_yuan").And.Contain("9000000");
        result.Output.Should().Contain("0 differ, 0 tampered, 1 unreadable");
    }

    [Fact]
    public void Replay_EditedParametersWithoutTheirFingerprint_IsReportedAsTampered()
    {
        using var folder = new TempFolder();
        var records = Evaluate(folder);
        EditLine(records, 2, json => json["parameters"]!["measures"]!["1"]!["cap_yuan"] = JsonValue.Create(9_000_000m));

        var result = CqPolicy.Run("replay", records, "--lang", "en");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("line 2 application_id A-2: tampered");
        result.Output.Should().Contain("0 differ, 1 tampered");
    }

    [Fact]
    public void Replay_EditedApplicantName_IsTamperedNamingTheInputFingerprint()
    {
        using var folder = new TempFolder();
        var records = Evaluate(folder);
        EditLine(records, 4, json => json["input"]!["applicant_name"] = "另一家公司");

        var result = CqPolicy.Run("replay", records, "--lang", "en");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("line 4 application_id A-4: tampered: edited after it was recorded: input_sha256: ");
    }

    [Fact]
    public void Replay_MalformedAndFutureVersionLines_AreReportedByLineNumberAndCountAsNotReproducing()
    {
        using var folder = new TempFolder();
        var records = Evaluate(folder);
        var lines = File.ReadAllLines(records);
        lines[2] = lines[2][..(lines[2].Length / 2)];
        var future = JsonNode.Parse(lines[4])!;
        future["format_version"] = DecisionRecord.CurrentFormatVersion + 6;
        lines[4] = future.ToJsonString();
        File.WriteAllLines(records, lines);

        var result = CqPolicy.Run("replay", records, "--lang", "en");

        result.ExitCode.Should().Be(1);
        result.Error.Should().BeEmpty("a bad line is a finding, not a failure of the program");
        result.Output.Should().Contain("line 3 application_id A-3: not a readable decision record: decision.");
        result.Output.Should().Contain("line 5 application_id A-5: unsupported record version: format_version: record format version 7 is newer");
        result.Output.Should().Contain($"{Rows.Length - 2} reproduce, 2 do not (0 differ, 0 tampered, 2 unreadable)");
    }

    [Fact]
    public void Replay_BlankLinesAndCrLf_AreIgnored()
    {
        using var folder = new TempFolder();
        var records = Evaluate(folder);
        var lines = File.ReadAllLines(records);
        File.WriteAllText(records, "\uFEFF" + string.Join("\r\n\r\n", lines) + "\r\n");

        var result = CqPolicy.Run("replay", records, "--lang", "en");

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain($"all {Rows.Length} decision records reproduce");
    }

    [Fact]
    public void Replay_InChinese_ReportsTheSameFindings()
    {
        using var folder = new TempFolder();
        var records = Evaluate(folder);
        EditLine(records, 1, json => json["decision"]!["payable_yuan"] = JsonValue.Create(1m));

        var result = CqPolicy.Run("replay", records);

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("第 1 行 application_id A-1: 不能复现");
        result.Output.Should().Contain("1 条未复现");
    }

    [Fact]
    public void Replay_EmptyFile_HasNothingToReproduceAndExitsZero()
    {
        using var folder = new TempFolder();

        var result = CqPolicy.Run("replay", folder.Write("empty.jsonl", string.Empty), "--lang", "en");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("all 0 decision records reproduce");
    }

    [Theory]
    [InlineData("missing.jsonl", "does not exist")]
    [InlineData(".", "is a folder")]
    public void Replay_FileThatCannotBeRead_ExitsTwoWithOneLine(string name, string message)
    {
        using var folder = new TempFolder();

        var result = CqPolicy.Run("replay", name == "." ? folder.Path : folder.File(name));

        result.ExitCode.Should().Be(2);
        result.Error.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().Contain(message);
    }

    [Fact]
    public void Replay_WithoutAFile_IsAUsageError()
    {
        CqPolicy.Run("replay").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Evaluate_WithJson_UnreadableInput_LeavesNeitherFileBehind()
    {
        using var folder = new TempFolder();
        var input = folder.Write("bad.csv", "not,a,header\n1,2,3\n");

        var result = CqPolicy.Run("evaluate", input, "--out", folder.File("d.csv"), "--json", folder.File("d.jsonl"));

        result.ExitCode.Should().Be(2);
        folder.Files().Should().Equal("bad.csv");
    }

    [Theory]
    [InlineData("in.csv")]
    [InlineData("d.csv")]
    public void Evaluate_WithJson_OntoTheInputOrTheCsvOutput_IsRefused(string name)
    {
        using var folder = new TempFolder();
        var input = Write(folder);
        var before = File.ReadAllBytes(input);

        var result = CqPolicy.Run("evaluate", input, "--out", folder.File("d.csv"), "--json", folder.File(name));

        result.ExitCode.Should().Be(2);
        File.ReadAllBytes(input).Should().Equal(before);
        folder.Files().Should().Equal("in.csv");
    }

    [Fact]
    public void Evaluate_WithJsonIntoAMissingFolder_ExitsTwoAndWritesNothing()
    {
        using var folder = new TempFolder();
        var input = Write(folder);

        var result = CqPolicy.Run("evaluate", input, "--out", folder.File("d.csv"), "--json", Path.Combine(folder.Path, "no", "d.jsonl"));

        result.ExitCode.Should().Be(2);
        folder.Files().Should().Equal("in.csv");
    }

    [Fact]
    public void Replay_UsesTheRecordedParametersNotTheDefaults()
    {
        using var folder = new TempFolder();
        var input = Write(folder);
        var parameters = folder.Write("p.json", """{ "measures": { "1": { "cap_yuan": 2500000 } } }""");
        CqPolicy.Run("evaluate", input, "--parameters", parameters, "--json", folder.File("d.jsonl")).ExitCode.Should().Be(0);
        var first = DecisionRecord.Parse(File.ReadLines(folder.File("d.jsonl")).First());
        first.Decision.AwardYuan.Should().Be(2_500_000m, "the override capped it");

        var result = CqPolicy.Run("replay", folder.File("d.jsonl"), "--lang", "en");

        result.ExitCode.Should().Be(0, result.Output);
    }

    private static string Write(TempFolder folder) =>
        folder.Write("in.csv", Applications.Header + "\n" + string.Join("\n", Rows) + "\n");

    private static string Evaluate(TempFolder folder)
    {
        var input = Write(folder);
        var result = CqPolicy.Run("evaluate", input, "--out", folder.File("d.csv"), "--json", folder.File("d.jsonl"));
        result.ExitCode.Should().Be(0, result.Error);
        return folder.File("d.jsonl");
    }

    private static void EditLine(string path, int lineNumber, Action<JsonNode> edit)
    {
        var lines = File.ReadAllLines(path);
        var json = JsonNode.Parse(lines[lineNumber - 1])!;
        edit(json);
        lines[lineNumber - 1] = json.ToJsonString();
        File.WriteAllLines(path, lines);
    }
}
