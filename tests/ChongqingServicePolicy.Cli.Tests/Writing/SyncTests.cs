using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Csv;

namespace ChongqingServicePolicy.Cli.Tests.Writing;

/// <summary>
/// <c>--sync</c>: outputs flushed to disk before they are moved into place. Without it they are moved into place at
/// once; either way a file is written whole or not at all, and the bytes are the same.
/// </summary>
public sealed class SyncTests
{
    private const string Previous = "an earlier run's decisions\n";

    [Fact]
    public void AtomicFile_Create_LeavesTheFlushToTheSystemUnlessAsked()
    {
        using var folder = new TempFolder();

        using var plain = AtomicFile.Create(folder.File("a.csv"));
        using var flushed = AtomicFile.Create(folder.File("b.csv"), flushToDisk: true);

        plain.FlushesToDisk.Should().BeFalse();
        flushed.FlushesToDisk.Should().BeTrue();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AtomicFile_Commit_ReplacesTheTargetWithTheWholeFileAndLeavesNoTemporaryFile(bool flushToDisk)
    {
        using var folder = new TempFolder();
        var target = folder.Write("out.csv", Previous);

        using (var file = AtomicFile.Create(target, flushToDisk))
        {
            file.Stream.Write("new content\n"u8);
            File.ReadAllText(target).Should().Be(Previous, "the target is untouched until the file is committed");
            file.Commit();
        }

        File.ReadAllText(target).Should().Be("new content\n");
        folder.Files().Should().Equal("out.csv");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AtomicFile_CommitOverAFileBeingRead_TheReaderKeepsTheEarlierContent(bool flushToDisk)
    {
        using var folder = new TempFolder();
        var target = folder.Write("out.csv", Previous);
        using var reader = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        using (var file = AtomicFile.Create(target, flushToDisk))
        {
            file.Stream.Write("new content\n"u8);
            file.Commit();
        }

        new StreamReader(reader).ReadToEnd().Should().Be(Previous, "the earlier file is replaced by name, never written over");
        File.ReadAllText(target).Should().Be("new content\n");
        folder.Files().Should().Equal("out.csv");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AtomicFile_DisposedWithoutCommit_LeavesTheTargetAndNoTemporaryFile(bool flushToDisk)
    {
        using var folder = new TempFolder();
        var target = folder.Write("out.csv", Previous);

        using (var file = AtomicFile.Create(target, flushToDisk))
        {
            file.Stream.Write("half a fi"u8);
        }

        File.ReadAllText(target).Should().Be(Previous);
        folder.Files().Should().Equal("out.csv");
    }

    [Fact]
    public void Evaluate_Sync_WritesTheSameBytesAsWithout()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(Enumerable.Range(1, 300).Select(i => AppRow.Measure1($"A-{i}", subject: $"S-{i % 7}"))));

        var plain = CqPolicy.Run("evaluate", input, "--out", folder.File("plain.csv"), "--json", folder.File("plain.jsonl"));
        var synced = CqPolicy.Run("evaluate", input, "--out", folder.File("synced.csv"), "--json", folder.File("synced.jsonl"), "--sync");

        plain.ExitCode.Should().Be(0, plain.Error);
        synced.ExitCode.Should().Be(0, synced.Error);
        File.ReadAllBytes(folder.File("synced.csv")).Should().Equal(File.ReadAllBytes(folder.File("plain.csv")));
        File.ReadAllBytes(folder.File("synced.jsonl")).Should().Equal(File.ReadAllBytes(folder.File("plain.jsonl")));
        synced.Output.Should().Be(plain.Output.Replace("plain.csv", "synced.csv", StringComparison.Ordinal).Replace("plain.jsonl", "synced.jsonl", StringComparison.Ordinal));
        folder.Files().Should().Equal("apps.csv", "plain.csv", "plain.jsonl", "synced.csv", "synced.jsonl");
    }

    [Fact]
    public void Evaluate_SyncCancelledOnceRunning_LeavesThePreviousOutputAndNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(Enumerable.Range(1, 10_000).Select(i => AppRow.Measure1($"A-{i}"))));
        var output = folder.Write("apps.decisions.csv", Previous);
        using var cancel = new CancellationTokenSource();

        var result = CqPolicy.Run(new CancellingClock(cancel), cancel.Token, "evaluate", input, "--sync");

        result.ExitCode.Should().Be(130);
        File.ReadAllText(output).Should().Be(Previous);
        folder.Files().Should().Equal("apps.csv", "apps.decisions.csv");
    }

    [Theory]
    [InlineData("generate", "--rows", "5", "--out", "{out}")]
    [InlineData("rank-districts", "{stats}", "--year", "2025", "--out", "{out}")]
    public void OtherCommands_Sync_WriteTheSameFile(params string[] args)
    {
        using var folder = new TempFolder();
        var stats = folder.Write("stats.csv", "district_code,year,new_above_scale_count,net_increase_count,revenue_growth_rate\n500103,2025,10,5,0.1\n500104,2025,8,4,0.2\n");
        string[] With(string output) => [.. args.Select(a => a.Replace("{out}", folder.File(output), StringComparison.Ordinal).Replace("{stats}", stats, StringComparison.Ordinal))];

        CqPolicy.Run(With("plain.csv")).ExitCode.Should().Be(0);
        CqPolicy.Run([.. With("synced.csv"), "--sync"]).ExitCode.Should().Be(0);

        File.ReadAllBytes(folder.File("synced.csv")).Should().Equal(File.ReadAllBytes(folder.File("plain.csv")));
        folder.Files().Should().Equal("plain.csv", "stats.csv", "synced.csv");
    }

    [Fact]
    public void Evaluate_SyncWithAValue_ExitsTwoSayingItTakesNone()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));

        var result = CqPolicy.Run("evaluate", input, "--sync=yes");

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Should().Be("cqpolicy evaluate: option --sync takes no value (see cqpolicy evaluate --help)");
        folder.Files().Should().Equal("apps.csv");
    }

    [Fact]
    public void Measures_Sync_IsAnUnknownOption()
    {
        var result = CqPolicy.Run("measures", "--sync");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("unknown option --sync");
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("compare")]
    [InlineData("rank-districts")]
    [InlineData("generate")]
    public void Help_OfACommandThatWritesFiles_ListsSync(string command)
    {
        var result = CqPolicy.Run(command, "--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("[--sync]").And.Contain("--sync              flush");
    }
}
