using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ChongqingServicePolicy.Cli.Generation;
using ChongqingServicePolicy.Cli.Tests.Support;

namespace ChongqingServicePolicy.Cli.Tests.Writing;

/// <summary>
/// decisions.csv is pinned byte for byte: the bundled sample, the golden corpus under other parameters, a file of
/// awkward cells (formula triggers, quotes, line breaks, separators, bad quoting, repeated ids), and a large
/// generated file, in both languages. The expected bytes were written before the writer was made fast, so any
/// change to how a decision is explained, escaped or laid out fails here. The files are under
/// <c>tests/golden/decisions-csv</c>; the generated file's output is pinned by its SHA-256. After a deliberate change
/// of the output, <c>bash tests/golden/decisions-csv/record.sh</c> runs these tests with <c>CQPOLICY_RERECORD=1</c>,
/// which writes the files and the SHA-256 constants below instead of comparing them; review the diff.
/// </summary>
public sealed partial class DecisionsGoldenTests
{
    private const string SelfPath = "tests/ChongqingServicePolicy.Cli.Tests/Writing/DecisionsGoldenTests.cs";

    private static readonly bool Rerecording = Environment.GetEnvironmentVariable("CQPOLICY_RERECORD") == "1";

    private static readonly object SelfLock = new();

    public static TheoryData<string, string, string, string?> Files => new()
    {
        { "samples/data/applications.csv", "zh", "sample.zh.decisions.csv", null },
        { "samples/data/applications.csv", "en", "sample.en.decisions.csv", null },
        { "tests/golden/applications.csv", "zh", "golden-cap-8m.zh.decisions.csv", "tests/golden/cap-8m.json" },
        { "tests/golden/decisions-csv/adversarial.csv", "zh", "adversarial.zh.decisions.csv", null },
        { "tests/golden/decisions-csv/adversarial.csv", "en", "adversarial.en.decisions.csv", null },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Evaluate_PinnedInput_WritesTheRecordedBytes(string input, string language, string expected, string? parameters)
    {
        using var folder = new TempFolder();
        var output = folder.File("decisions.csv");
        string[] args = ["evaluate", Repo(input), "--out", output, "--lang", language];
        if (parameters is not null)
        {
            args = [.. args, "--parameters", Repo(parameters)];
        }

        var result = CqPolicy.Run(args);

        result.ExitCode.Should().Be(0, result.Error);
        var actual = File.ReadAllBytes(output);
        if (Rerecording)
        {
            File.WriteAllBytes(Repo("tests/golden/decisions-csv/" + expected), actual);
        }

        var recorded = File.ReadAllBytes(Repo("tests/golden/decisions-csv/" + expected));
        FirstDifference(actual, recorded).Should().BeNull($"decisions.csv must be byte-identical to tests/golden/decisions-csv/{expected}");
    }

    [Theory]
    [InlineData("zh", "e51b5ceb6a6d5018ec7a4178676566b5997d08530a65ca44fe754d2770e0ed7f", "aed7cc9440af9ea4c422b03bf78e0379448db1a7775916da1b2052fa184b1eb1")]
    [InlineData("en", "6e98af1e59d1bc81b00e12cdc52c804a7cec189d04f9bfe42faa95db7baa9ae3", null)]
    public void Evaluate_GeneratedFile_WritesTheRecordedBytes(string language, string decisionsSha256, string? recordsSha256)
    {
        using var folder = new TempFolder();
        var input = folder.File("apps.csv");
        using (var text = new StreamWriter(input, false, new UTF8Encoding(false)))
        {
            ApplicationGenerator.Write(text, 30_000, 7);
        }

        string[] args = ["evaluate", input, "--out", folder.File("decisions.csv"), "--lang", language];
        if (recordsSha256 is not null)
        {
            args = [.. args, "--json", folder.File("decisions.jsonl")];
        }

        var result = CqPolicy.Run(args);

        result.ExitCode.Should().Be(0, result.Error);
        var decisions = Sha256(File.ReadAllBytes(folder.File("decisions.csv")));
        // The library version names the build, so it is left out of the comparison.
        var records = recordsSha256 is null ? null : Sha256(Encoding.UTF8.GetBytes(LibraryVersion().Replace(File.ReadAllText(folder.File("decisions.jsonl")), "\"library_version\":\"\"")));
        if (Rerecording)
        {
            Rewrite(language, decisions, records);
            return;
        }

        decisions.Should().Be(decisionsSha256, "decisions.csv of 30,000 generated rows (seed 7) must not change");
        records.Should().Be(recordsSha256, "the decision records of the same rows must not change");
    }

    [Fact]
    public void FirstDifference_DifferentBytes_NamesTheLine()
    {
        FirstDifference("a\nbc\n"u8.ToArray(), "a\nbd\n"u8.ToArray()).Should().Contain("line 2");
        FirstDifference("a\n"u8.ToArray(), "a\n"u8.ToArray()).Should().BeNull();
    }

    private static string Repo(string relative) => Path.Combine(SampleDataTests.RepoRoot(), relative);

    /// <summary>Re-recording: puts a language's new SHA-256 values into its InlineData line of this file.</summary>
    private static void Rewrite(string language, string decisions, string? records)
    {
        lock (SelfLock)
        {
            var path = Repo(SelfPath);
            var source = File.ReadAllText(path);
            var line = new Regex($"\\[InlineData\\(\"{language}\", \"[0-9a-f]{{64}}\", (\"[0-9a-f]{{64}}\"|null)\\)\\]");
            line.Count(source).Should().Be(1, $"{SelfPath} has one InlineData line for {language}");
            var recorded = records is null ? "null" : $"\"{records}\"";
            File.WriteAllText(path, line.Replace(source, $"[InlineData(\"{language}\", \"{decisions}\", {recorded})]"));
        }
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Where two files first differ, as the line and both versions of it; <see langword="null"/> when equal.</summary>
    private static string? FirstDifference(byte[] actual, byte[] expected)
    {
        if (actual.AsSpan().SequenceEqual(expected))
        {
            return null;
        }

        var a = Encoding.UTF8.GetString(actual).Split('\n');
        var e = Encoding.UTF8.GetString(expected).Split('\n');
        for (var i = 0; i < Math.Max(a.Length, e.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(end of file)";
            var y = i < e.Length ? e[i] : "(end of file)";
            if (x != y)
            {
                return $"line {i + 1}:\n  written:  {x}\n  recorded: {y}";
            }
        }

        return "the bytes differ, though every line decodes alike";
    }

    [GeneratedRegex("\"library_version\":\"[^\"]*\"")]
    private static partial Regex LibraryVersion();
}
