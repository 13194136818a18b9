using System.Text;
using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Csv;

namespace ChongqingServicePolicy.Cli.Tests.Writing;

/// <summary>Where decisions.csv goes, and that it is written whole or not at all.</summary>
public sealed class OutputFileTests
{
    private const string Previous = "an earlier run's decisions\n";

    [Fact]
    public void Evaluate_NoOut_WritesNameDotDecisionsBesideTheInput()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("in"));
        var input = folder.Write(Path.Combine("in", "apps.2025.csv"), AppRow.File(AppRow.Measure1("A-1")));

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        Directory.GetFiles(folder.File("in")).Select(Path.GetFileName).Should().BeEquivalentTo("apps.2025.csv", "apps.2025.decisions.csv");
        DecisionsFile.Read(folder.File(Path.Combine("in", "apps.2025.decisions.csv"))).Single().ApplicationId.Should().Be("A-1");
        result.Output.Should().Contain(folder.File(Path.Combine("in", "apps.2025.decisions.csv")));
    }

    [Fact]
    public void Evaluate_Out_WritesThereAndNothingBesideTheInput()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));
        Directory.CreateDirectory(folder.File("out"));
        var output = folder.File(Path.Combine("out", "result.csv"));

        var result = CqPolicy.Run("evaluate", input, "--out", output);

        result.ExitCode.Should().Be(0, result.Error);
        DecisionsFile.Read(output).Single().ApplicationId.Should().Be("A-1");
        folder.Files().Should().Equal("apps.csv");
        Directory.GetFiles(folder.File("out")).Select(Path.GetFileName).Should().Equal("result.csv");
    }

    [Fact]
    public void Evaluate_OutInAFolderThatDoesNotExist_ExitsTwoSayingTheOutputCannotBeWritten()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));
        var output = folder.File(Path.Combine("missing", "d.csv"));

        var result = CqPolicy.Run("evaluate", input, "--out", output);

        result.ExitCode.Should().Be(2);
        OneLine(result.Error).Should().Contain("output").And.Contain(output).And.Contain("does not exist");
        result.Error.Should().NotContain("apps.csv", "the input is fine; only the output is at fault");
        folder.Files().Should().Equal("apps.csv");
    }

    [Fact]
    public void Evaluate_OutIsAFolder_ExitsTwoSayingTheOutputCannotBeWritten()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));
        Directory.CreateDirectory(folder.File("d.csv"));

        var result = CqPolicy.Run("evaluate", input, "--out", folder.File("d.csv"));

        result.ExitCode.Should().Be(2);
        OneLine(result.Error).Should().Contain("output").And.Contain("folder");
        folder.Files().Should().Equal("apps.csv");
        Directory.Exists(folder.File("d.csv")).Should().BeTrue();
    }

    [Theory]
    [InlineData("apps.csv")]
    [InlineData("sub/../apps.csv")]
    [InlineData("./apps.csv")]
    public void Evaluate_OutIsTheInput_ExitsTwoAndLeavesTheInputAlone(string spelling)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("sub"));
        var text = AppRow.File(AppRow.Measure1("A-1"));
        var input = folder.Write("apps.csv", text);

        var result = CqPolicy.Run("evaluate", input, "--out", Path.Combine(folder.Path, spelling));

        result.ExitCode.Should().Be(2);
        OneLine(result.Error).Should().Contain("input");
        File.ReadAllText(input).Should().Be(text);
        folder.Files().Should().Equal("apps.csv");
    }

    [Fact]
    public void Evaluate_OutputExists_IsReplacedOnSuccess()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1"), AppRow.Measure1("A-2")));
        var output = folder.Write("apps.decisions.csv", string.Concat(Enumerable.Repeat(Previous, 1000)));

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        DecisionsFile.Read(output).Select(l => l.ApplicationId).Should().Equal("A-1", "A-2");
        File.ReadAllText(output).Should().NotContain("earlier run");
        folder.Files().Should().Equal("apps.csv", "apps.decisions.csv");
    }

    [Fact]
    public void Evaluate_CancelledBeforeItStarts_ExitsWithCancelledAndWritesNothing()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var result = CqPolicy.Run(CqPolicy.Clock, cancel.Token, "evaluate", input);

        result.ExitCode.Should().Be(130);
        result.Error.Should().Contain("cancelled");
        folder.Files().Should().Equal("apps.csv");
    }

    [Fact]
    public void Evaluate_CancelledOnceRunning_LeavesNoOutputAndNoTemporaryFileAndKeepsThePreviousOutput()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(Enumerable.Range(1, 10_000).Select(i => AppRow.Measure1($"A-{i}"))));
        var output = folder.Write("apps.decisions.csv", Previous);
        using var cancel = new CancellationTokenSource();
        var clock = new CancellingClock(cancel);

        var result = CqPolicy.Run(clock, cancel.Token, "evaluate", input);

        clock.Reads.Should().BePositive("the run got as far as asking for today");
        result.ExitCode.Should().Be(130);
        OneLine(result.Error).Should().Contain("cancelled");
        File.ReadAllText(output).Should().Be(Previous);
        folder.Files().Should().Equal("apps.csv", "apps.decisions.csv");
    }

    [Fact]
    public void Evaluate_CancelledWhileWriting_DeletesTheHalfWrittenTemporaryFile()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(Enumerable.Range(1, 20_000).Select(i => AppRow.Measure1($"A-{i}"))));
        var output = folder.Write("apps.decisions.csv", Previous);
        using var cancel = new CancellationTokenSource();
        var temporary = new List<string>();
        var progress = new Inline(p =>
        {
            if (p.Phase == BatchPhase.Writing && p.Rows > 0 && !cancel.IsCancellationRequested)
            {
                temporary.AddRange(folder.Files().Where(f => f.EndsWith(".tmp", StringComparison.Ordinal)));
                cancel.Cancel();
            }
        });

        var run = () => new CsvBatchEvaluator(new PolicyEngine(clock: CqPolicy.Clock)).Evaluate(input, output, null, progress, cancel.Token);

        run.Should().Throw<OperationCanceledException>();
        temporary.Should().ContainSingle("the decisions were being written to a temporary file when the run was cancelled");
        File.ReadAllText(output).Should().Be(Previous);
        folder.Files().Should().Equal("apps.csv", "apps.decisions.csv");
    }

    [Fact]
    public void Evaluate_CancelledWhilePuttingTheComparedLinesInPlace_StopsBothThreadsAndKeepsThePreviousOutput()
    {
        // 20,000 rows in pairs of one subject: every row is compared, so the last phase has lines to put in place for
        // longer than one report of progress, and a second thread making them; cancelled at its first report.
        using var folder = new TempFolder();
        var rows = Enumerable.Range(1, 20_000).Select(i => AppRow.Measure1($"A-{i}", approved: 10_000_000m + i, subject: $"S-{(i + 1) / 2}"));
        var input = folder.Write("apps.csv", AppRow.File(rows));
        var output = folder.Write("apps.decisions.csv", Previous);
        using var cancel = new CancellationTokenSource();
        var reports = 0;
        var progress = new Inline(p =>
        {
            if (p.Phase == BatchPhase.Writing && p.BytesRead < p.TotalBytes && ++reports == 1)
            {
                cancel.Cancel();
            }
        });

        var run = () => new CsvBatchEvaluator(new PolicyEngine(clock: CqPolicy.Clock)).Evaluate(input, output, null, progress, cancel.Token);

        run.Should().Throw<OperationCanceledException>();
        reports.Should().Be(1, "the run stopped at the first report of the last phase");
        File.ReadAllText(output).Should().Be(Previous);
        folder.Files().Should().Equal("apps.csv", "apps.decisions.csv");
    }

    [Fact]
    public void Evaluate_FileUnreadablePartWay_ExitsTwoAndKeepsThePreviousOutput()
    {
        using var folder = new TempFolder();
        var good = Encoding.UTF8.GetBytes(AppRow.File(Enumerable.Range(1, 5_000).Select(i => AppRow.Measure1($"A-{i}"))));
        var bad = Encoding.UTF8.GetBytes(AppRow.Measure1("B-1").With("applicant_name", "重庆").ToString() + "\n");
        bad[bad.Length - 20] = 0xFF;
        var input = folder.WriteBytes("apps.csv", [.. good, .. bad, .. Encoding.UTF8.GetBytes(AppRow.Measure1("C-1") + "\n")]);
        var output = folder.Write("apps.decisions.csv", Previous);

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(2);
        OneLine(result.Error).Should().Contain("apps.csv").And.Contain("UTF-8");
        File.ReadAllText(output).Should().Be(Previous);
        folder.Files().Should().Equal("apps.csv", "apps.decisions.csv");
    }

    [Fact]
    public void Evaluate_QuoteLeftOpenAtTheEnd_ExitsTwoAndKeepsThePreviousOutput()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(Enumerable.Range(1, 5_000).Select(i => AppRow.Measure1($"A-{i}"))) + "B-1,1,\"重庆渝中\n");
        var output = folder.Write("apps.decisions.csv", Previous);

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(2);
        OneLine(result.Error).Should().Contain("apps.csv");
        File.ReadAllText(output).Should().Be(Previous);
        folder.Files().Should().Equal("apps.csv", "apps.decisions.csv");
    }

    [Fact]
    public void RankDistricts_OutIsTheInput_ExitsTwoAndLeavesTheInputAlone()
    {
        using var folder = new TempFolder();
        var text = "district_code,year,new_above_scale_count,net_increase_count,revenue_growth_rate\n500103,2025,10,5,0.1\n500104,2025,8,4,0.2\n";
        var input = folder.Write("stats.csv", text);

        var result = CqPolicy.Run("rank-districts", input, "--year", "2025", "--out", input);

        result.ExitCode.Should().Be(2);
        OneLine(result.Error).Should().Contain("input");
        File.ReadAllText(input).Should().Be(text);
        folder.Files().Should().Equal("stats.csv");
    }

    [Theory]
    [InlineData("rank-districts")]
    [InlineData("generate")]
    public void OtherCommands_OutInAFolderThatDoesNotExist_ExitTwoSayingTheOutputCannotBeWritten(string command)
    {
        using var folder = new TempFolder();
        var input = folder.Write("stats.csv", "district_code,year,new_above_scale_count,net_increase_count,revenue_growth_rate\n500103,2025,10,5,0.1\n");
        var output = folder.File(Path.Combine("missing", "x.csv"));
        string[] args = command == "generate" ? ["generate", "--rows", "10", "--out", output] : ["rank-districts", input, "--year", "2025", "--out", output];

        var result = CqPolicy.Run(args);

        result.ExitCode.Should().Be(2);
        OneLine(result.Error).Should().Contain("output").And.Contain(output);
        folder.Files().Should().Equal("stats.csv");
    }

    [Fact]
    public void Generate_OutExists_IsReplacedOnlyWhenWritten()
    {
        using var folder = new TempFolder();
        var output = folder.Write("g.csv", Previous);

        CqPolicy.Run("generate", "--rows", "0", "--out", output).ExitCode.Should().Be(2);
        File.ReadAllText(output).Should().Be(Previous);

        CqPolicy.Run("generate", "--rows", "5", "--out", output).ExitCode.Should().Be(0);
        File.ReadAllLines(output).Should().HaveCount(6);
        folder.Files().Should().Equal("g.csv");
    }

    /// <summary>Standard error holds exactly one line; returns it.</summary>
    private static string OneLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle($"a failure is one line on standard error, not: {error}");
        return lines[0];
    }

    private sealed class Inline(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
