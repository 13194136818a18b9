using System.Text;
using System.Text.Json;
using ChongqingServicePolicy.Cli.Tests.Support;
using nietras.SeparatedValues;

namespace ChongqingServicePolicy.Cli.Tests.Hostile;

/// <summary>
/// Runs cqpolicy over every file of the hostile-input corpus (<c>tests/hostile</c>) and checks the exact result its
/// manifest, <c>tests/hostile/EXPECTED.json</c>, gives: the exit code, every line on standard error (and, for replay and
/// rank-districts, on standard output), and the rows written. A file that stops the run leaves nothing behind; none
/// crashes (exit 70) or prints a stack trace.
/// </summary>
public sealed class HostileInputTests
{
    private const string Header = "application_id,measure,applicant_name,credit_code,district_code,application_date,producer_service,total_investment_yuan,approved_investment_yuan";

    public static TheoryData<string> Cases() => new(Manifest().Select(c => c.GetProperty("file").GetString()!));

    [Fact]
    public void Corpus_EveryFileListedAndEnoughOfThem()
    {
        var listed = Manifest().Where(c => !IsGenerated(c)).Select(c => c.GetProperty("file").GetString()!).ToHashSet();
        var files = Directory.GetFiles(Folder()).Select(Path.GetFileName).Where(n => n != "EXPECTED.json").ToHashSet();

        files.Should().BeEquivalentTo(listed, "every corpus file has its expected result, and every result its file");
        Manifest().Should().HaveCountGreaterThanOrEqualTo(40);
        Manifest().Select(c => c.GetProperty("exit").GetInt32()).Should().NotContain(70, "no file crashes cqpolicy");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_HostileFile_GivesExactlyTheExpectedResult(string name)
    {
        var expected = Manifest().Single(c => c.GetProperty("file").GetString() == name);
        using var folder = new TempFolder();
        var input = IsGenerated(expected) ? folder.WriteBytes(name, Generate(name)) : folder.WriteBytes(name, File.ReadAllBytes(Path.Combine(Folder(), name)));
        var command = expected.GetProperty("command").GetString()!;
        var output = folder.File("out.csv");
        var args = new List<string> { command, input };
        args.AddRange(expected.GetProperty("args").EnumerateArray().Select(a => a.GetString()!));
        if (command != "replay")
        {
            args.AddRange(["--out", output]);
        }

        var result = CqPolicy.Run([.. args]);

        var exit = expected.GetProperty("exit").GetInt32();
        result.ExitCode.Should().Be(exit, result.Error);
        Lines(result.Error, input, folder.Path).Should().Equal(Strings(expected, "stderr"));
        if (expected.TryGetProperty("stdout", out _))
        {
            Lines(result.Output, input, folder.Path).Should().Equal(Strings(expected, "stdout"));
        }

        (result.Output + result.Error).Should().NotContain("   at ").And.NotContain("Exception", "a hostile file never gives a stack trace");
        if (exit == 2 || command == "replay")
        {
            folder.Files().Should().Equal([name], "a file that stops the run leaves no output, temporary or final");
            return;
        }

        folder.Files().Should().BeEquivalentTo([name, "out.csv"]);
        var rows = ReadRows(output, command == "evaluate");
        rows.Should().Equal(expected.GetProperty("rows").EnumerateArray().Select(r => string.Join(" | ", r.EnumerateArray().Select(v => v.GetString()))));
    }

    /// <summary>The big files of the corpus, made here so that megabytes are not committed; the same bytes every run.</summary>
    private static byte[] Generate(string name)
    {
        if (name == "generated-replay-line-17mib.jsonl")
        {
            var golden = File.ReadAllBytes(Path.Combine(SampleDataTests.RepoRoot(), "tests", "golden", "decisions.jsonl"));
            var record = golden[..(Array.IndexOf(golden, (byte)'\n') + 1)];
            var longLine = new byte[17 * 1024 * 1024 + 1];
            Array.Fill(longLine, (byte)' ');
            longLine[0] = (byte)'{';
            longLine[^1] = (byte)'\n';
            return [.. longLine, .. record];
        }

        var many = string.Concat(Enumerable.Repeat(",x", 9_991));
        var text = name switch
        {
            "generated-field-1mb.csv" => Csv(Header, Row(1, name: new string('x', 1 << 20)), Row(2, approved: new string('1', 1 << 20)), Row(3)),
            "generated-columns-10000.csv" => Csv(
                Header + string.Concat(Enumerable.Range(10, 9_991).Select(i => $",c{i}")), Row(1) + new string(',', 9_991), Row(2) + many, Row(3)),
            "generated-row-10000-fields.csv" => Csv(Header, Row(1), Row(2) + many),
            _ => throw new ArgumentException($"No generator for {name}.", nameof(name)),
        };
        return new UTF8Encoding(false).GetBytes(text);
    }

    private static string Row(int n, string name = "重庆渝中供应链科技有限公司", string approved = "30000000") =>
        $"A-{n},1,{name},91500103MA00001XY9,500103,2025-03-01,true,80000000,{approved}";

    private static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";

    private static List<string> ReadRows(string path, bool decisions)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var rows = new List<string>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            rows.Add(string.Join(" | ", decisions ? new[] { cells[0], cells[2], cells[5] }.Concat(cells[2] == "Invalid" ? [cells[6]] : []) : cells));
        }

        return rows;
    }

    private static IEnumerable<string> Lines(string text, string input, string folder) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n').Select(l => l.Replace(input, "{file}", StringComparison.Ordinal).Replace(folder, "{folder}", StringComparison.Ordinal));

    private static IEnumerable<string> Strings(JsonElement c, string property) =>
        c.TryGetProperty(property, out var lines) ? lines.EnumerateArray().Select(l => l.GetString()!) : [];

    private static bool IsGenerated(JsonElement c) => c.TryGetProperty("generated", out var g) && g.GetBoolean();

    private static string Folder() => Path.Combine(SampleDataTests.RepoRoot(), "tests", "hostile");

    private static List<JsonElement> Manifest()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder(), "EXPECTED.json")));
        return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone())];
    }
}
