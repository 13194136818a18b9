using System.Text;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Cli.Generation;
using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
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

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Evaluate_ComparedRowsWithTextsToEscape_ReadOnceOrTwice_WritesTheSameBytes(string language)
    {
        // Read once, a compared row's line is changed by parts (amount, reason, heading, the rule's text), its steps
        // kept as written: the parts must be escaped and the cell quoted exactly as a line written whole.
        const string name = "渝府办,\"2024\" 1号\n第二行\u2028第三行";
        var rows = new List<AppRow>
        {
            // Small awards: no grouping comma in the heading, so the cell as first written is not quoted, but the
            // subject named in the rule's text has a comma or a quote.
            AppRow.Measure13("C-1", input: 1_000m, subject: "S,1"),
            AppRow.Measure13("C-2", input: 2_000m, subject: "S,1"),
            AppRow.Measure13("Q-1", input: 1_000m, subject: "S\"2"),
            AppRow.Measure13("Q-2", input: 1_000m, subject: "S\"2"),
            AppRow.Measure1("B-1", approved: 20_000_000m, subject: "S3"),
            AppRow.Measure1("B-2", approved: 20_000_000m, subject: "S3"),
            AppRow.Measure13("O-1", input: 1_000m, subject: "S4").With("other_policy_award_yuan", "100").With("other_policy_name", name),
            AppRow.Measure13("O-2", input: 1_000m, subject: "S5").With("other_policy_award_yuan", "1000").With("other_policy_name", name),
            AppRow.Measure1("O-3", subject: "S6").With("other_policy_award_yuan", "1").With("other_policy_name", "\"quoted\""),
            AppRow.Measure1("A-1", subject: "S7"),
        };
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(rows));
        var engine = new PolicyEngine(clock: CqPolicy.Clock);
        var options = new CsvEvaluationOptions { Language = language == "en" ? Language.English : Language.Chinese };

        var once = Run(engine, input, folder.File("once.csv"), options);
        var twice = Run(engine, input, folder.File("twice.csv"), options with { ReadTwice = true });

        File.ReadAllBytes(folder.File("twice.csv")).Should().Equal(File.ReadAllBytes(folder.File("once.csv")));
        Describe(twice).Should().Be(Describe(once));
        var lines = DecisionsFile.Read(folder.File("once.csv"));
        lines.Where(l => l.Reason.StartsWith("superseded-by", StringComparison.Ordinal)).Select(l => l.ApplicationId)
            .Should().BeEquivalentTo("C-1", "Q-2", "B-2", "O-2");
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Evaluate_ComparedRowsWithHeadingsToEscape_ReadOnceOrTwice_WritesTheSameBytes(string language)
    {
        // A host's catalogue puts texts in the heading that the line changed by parts must escape as a line written
        // whole (a formula's sign first, a comma, quotes, a line break), and a lone surrogate, which UTF-8 cannot
        // carry: such a line is written whole again from the row's cells.
        var entries = MeasureCatalogue.Default.All.Select(i => i.Id switch
        {
            MeasureId.Measure13 => i with { ClauseNumber = "=（十三）", TitleZh = "活动,\"平台\"\n补助", TitleEn = "Event, \"platform\"\r\nsubsidy" },
            MeasureId.Measure1 => i with { TitleZh = "项目\uD800投资补助", TitleEn = "Project \uDC00investment" },
            _ => i,
        });
        var engine = new PolicyEngine(clock: CqPolicy.Clock, catalogue: new MeasureCatalogue(entries));
        var rows = new List<AppRow>
        {
            AppRow.Measure13("E-1", input: 1_000m, subject: "S1"),
            AppRow.Measure13("E-2", input: 2_000m, subject: "S1"),
            AppRow.Measure1("P-1", approved: 20_000_000m, subject: "S2"),
            AppRow.Measure1("P-2", approved: 30_000_000m, subject: "S2"),
            AppRow.Measure13("E-3", input: 1_000m, subject: "S3").With("other_policy_award_yuan", "1000"),
        };
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(rows));
        var options = new CsvEvaluationOptions { Language = language == "en" ? Language.English : Language.Chinese };

        var once = Run(engine, input, folder.File("once.csv"), options);
        var twice = Run(engine, input, folder.File("twice.csv"), options with { ReadTwice = true });

        File.ReadAllBytes(folder.File("twice.csv")).Should().Equal(File.ReadAllBytes(folder.File("once.csv")));
        Describe(twice).Should().Be(Describe(once));
        DecisionsFile.Read(folder.File("once.csv")).Where(l => l.Reason.StartsWith("superseded-by", StringComparison.Ordinal)).Select(l => l.ApplicationId)
            .Should().BeEquivalentTo("E-1", "P-1", "E-3");
    }

    private static BatchSummary Run(PolicyEngine engine, string input, string output, CsvEvaluationOptions options) =>
        new CsvBatchEvaluator(engine).Evaluate(input, output, options);

    /// <summary>Everything a summary says but where its output went; decimals print with their scale.</summary>
    private static string Describe(BatchSummary s) =>
        string.Join("\n", new[] { s.EncodingName, s.EvaluationDate.ToString(), s.BlankRows.ToString(), string.Join(",", s.UnknownColumns), s.InvalidRows.ToString(), s.Total.ToString() }
            .Concat(s.Measures.Select(m => m.ToString()))
            .Concat(s.InvalidGroups.Select(g => $"{g.Field} {g.Code} {g.Rows} {string.Join(",", g.FirstRows)}")));
}
