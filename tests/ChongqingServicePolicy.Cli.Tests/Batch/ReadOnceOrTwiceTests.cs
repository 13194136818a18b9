using System.Text;
using ChongqingServicePolicy.Cli.Generation;
using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Cli.Tests.Batch;

/// <summary>
/// CsvBatchEvaluator reads a file once, writing every line as it goes and the lines 就高不重复 changes again in
/// place, or (with decision records, or a host told of every row) twice. Both ways give the same decisions.csv,
/// byte for byte, and the same summary, amounts to the last digit of their scale.
/// </summary>
public sealed class ReadOnceOrTwiceTests
{
    public static TheoryData<string, string, string?> Files => new()
    {
        { "samples/data/applications.csv", "zh", null },
        { "tests/golden/applications.csv", "zh", "tests/golden/cap-8m.json" },
        { "tests/golden/decisions-csv/adversarial.csv", "zh", null },
        { "tests/golden/decisions-csv/adversarial.csv", "en", null },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Evaluate_ReadOnceOrTwice_WritesTheSameBytesAndSummary(string input, string language, string? parameters)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(SampleDataTests.RepoRoot(), input);
        var options = new CsvEvaluationOptions { Language = language == "en" ? Language.English : Language.Chinese };
        var engine = new PolicyEngine(parameters is null ? null : PolicyParameters.LoadFile(Path.Combine(SampleDataTests.RepoRoot(), parameters)), CqPolicy.Clock);

        var once = Run(engine, path, folder.File("once.csv"), options);
        var twice = Run(engine, path, folder.File("twice.csv"), options with { ReadTwice = true });

        File.ReadAllBytes(folder.File("twice.csv")).Should().Equal(File.ReadAllBytes(folder.File("once.csv")));
        Describe(twice).Should().Be(Describe(once));
    }

    [Fact]
    public void Evaluate_GeneratedFileOfSeveralBatches_ReadOnceOrTwice_WritesTheSameBytesAndSummary()
    {
        using var folder = new TempFolder();
        var input = folder.File("apps.csv");
        using (var text = new StreamWriter(input, false, new UTF8Encoding(false)))
        {
            ApplicationGenerator.Write(text, 12_000, 3);
        }

        var engine = new PolicyEngine(clock: CqPolicy.Clock);
        var once = Run(engine, input, folder.File("once.csv"), new CsvEvaluationOptions());
        var twice = Run(engine, input, folder.File("twice.csv"), new CsvEvaluationOptions { ReadTwice = true });

        File.ReadAllBytes(folder.File("twice.csv")).Should().Equal(File.ReadAllBytes(folder.File("once.csv")));
        Describe(twice).Should().Be(Describe(once));
        folder.Files().Should().Equal("apps.csv", "once.csv", "twice.csv");
    }

    [Fact]
    public void Evaluate_SubjectsAcrossTheWholeFile_AreComparedWhicheverWayItIsRead()
    {
        // A subject's rows far apart: the first in the first batch of rows, the others in the last.
        using var folder = new TempFolder();
        var rows = new List<AppRow> { AppRow.Measure1("FIRST", approved: 20_000_000m, subject: "S") };
        rows.AddRange(Enumerable.Range(1, 9_000).Select(i => AppRow.Measure1($"A-{i}")));
        rows.Add(AppRow.Measure1("LAST", approved: 30_000_000m, subject: "S"));
        rows.Add(AppRow.Measure1("OTHER", approved: 10_000_000m, subject: "T").With("other_policy_award_yuan", "2000000"));
        rows.Add(AppRow.Measure1("A-5"));
        var input = folder.Write("apps.csv", AppRow.File(rows));
        var engine = new PolicyEngine(clock: CqPolicy.Clock);

        foreach (var (name, twice) in new[] { ("once.csv", false), ("twice.csv", true) })
        {
            Run(engine, input, folder.File(name), new CsvEvaluationOptions { Language = Language.English, ReadTwice = twice });
            var lines = DecisionsFile.Read(folder.File(name));

            lines.Should().HaveCount(rows.Count, name);
            lines.Single(l => l.ApplicationId == "FIRST").Should().Match<DecisionLine>(l => l.PayableYuan == "0.00" && l.Reason == "superseded-by-higher", name);
            lines.Single(l => l.ApplicationId == "LAST").PayableYuan.Should().Be("3000000.00", name);
            lines.Single(l => l.ApplicationId == "OTHER").Reason.Should().Be("superseded-by-other-policy", name);
            lines[^1].Outcome.Should().Be("Invalid", $"{name}: the last row repeats A-5");
        }
    }

    private static BatchSummary Run(PolicyEngine engine, string input, string output, CsvEvaluationOptions options) =>
        new CsvBatchEvaluator(engine).Evaluate(input, output, options);

    /// <summary>Everything a summary says but where its output went; decimals print with their scale.</summary>
    private static string Describe(BatchSummary s) =>
        string.Join("\n", new[] { s.EncodingName, s.EvaluationDate.ToString(), s.BlankRows.ToString(), string.Join(",", s.UnknownColumns), s.InvalidRows.ToString(), s.Total.ToString() }
            .Concat(s.Measures.Select(m => m.ToString()))
            .Concat(s.InvalidGroups.Select(g => $"{g.Field} {g.Code} {g.Rows} {string.Join(",", g.FirstRows)}")));
}
