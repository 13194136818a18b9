using ChongqingServicePolicy.Cli.Tests.Support;

namespace ChongqingServicePolicy.Cli.Tests.Commands;

/// <summary>Help on every command, and usage errors as README promises them: exit 2 with one line on standard error.</summary>
public sealed class HelpAndUsageTests
{
    public static readonly TheoryData<string> Commands = new() { "evaluate", "rank-districts", "replay", "measures", "generate" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_Help_ExitsZeroAndPrintsItsUsage(string command)
    {
        foreach (var args in new[] { new[] { command, "--help" }, [command, "-h"], ["help", command], ["--help", command], [command, "some.csv", "--help"] })
        {
            var result = CqPolicy.Run(args);

            result.ExitCode.Should().Be(0, string.Join(' ', args));
            result.Output.Should().StartWith($"usage: cqpolicy {command}", string.Join(' ', args));
            result.Output.Should().Contain("Exit status");
            result.Error.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Program_Help_ExitsZeroAndListsEveryCommand(string help)
    {
        var result = CqPolicy.Run(help);

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("usage: cqpolicy COMMAND");
        foreach (var command in Commands)
        {
            result.Output.Should().Contain($"  {command} ");
        }

        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Program_NoCommand_ExitsTwoWithOneLineAndTheListOfCommands()
    {
        var result = CqPolicy.Run();

        result.ExitCode.Should().Be(2);
        OneLine(result.Error).Should().Be("cqpolicy: no command given (see cqpolicy --help)");
        result.Output.Should().Contain("evaluate");
    }

    [Theory]
    [InlineData("cqpolicy evaluate: unknown option --foo (see cqpolicy evaluate --help)", "evaluate", "{apps}", "--foo")]
    [InlineData("cqpolicy evaluate: unknown option --foo (see cqpolicy evaluate --help)", "evaluate", "{apps}", "--foo=1")]
    [InlineData("cqpolicy evaluate: unknown option -x (see cqpolicy evaluate --help)", "evaluate", "{apps}", "-x")]
    [InlineData("cqpolicy measures: unknown option --out (see cqpolicy measures --help)", "measures", "--out", "x")]
    [InlineData("cqpolicy: no command 'frob' (see cqpolicy --help)", "frob")]
    [InlineData("cqpolicy: no command 'frob' (see cqpolicy --help)", "frob", "--help")]
    [InlineData("cqpolicy help: no command 'frob' (see cqpolicy --help)", "help", "frob")]
    [InlineData("cqpolicy help: unexpected argument 'extra' (see cqpolicy --help)", "help", "evaluate", "extra")]
    [InlineData("cqpolicy evaluate: option --lang needs a value (see cqpolicy evaluate --help)", "evaluate", "{apps}", "--lang")]
    [InlineData("cqpolicy evaluate: option --lang needs a value (see cqpolicy evaluate --help)", "evaluate", "{apps}", "--lang", "--out", "x.csv")]
    [InlineData("cqpolicy evaluate: option --lang needs a value, not an empty one (see cqpolicy evaluate --help)", "evaluate", "{apps}", "--lang", "")]
    [InlineData("cqpolicy evaluate: option --out needs a value, not an empty one (see cqpolicy evaluate --help)", "evaluate", "{apps}", "--out", "")]
    [InlineData("cqpolicy evaluate: option --out needs a value, not an empty one (see cqpolicy evaluate --help)", "evaluate", "{apps}", "--out=")]
    [InlineData("cqpolicy evaluate: option --parameters needs a value, not an empty one (see cqpolicy evaluate --help)", "evaluate", "{apps}", "--parameters", " ")]
    [InlineData("cqpolicy evaluate: option --out is given twice (see cqpolicy evaluate --help)", "evaluate", "{apps}", "--out", "a.csv", "--out", "b.csv")]
    [InlineData("cqpolicy evaluate: --lang must be zh or en, not 'fr' (see cqpolicy evaluate --help)", "evaluate", "{apps}", "--lang", "fr")]
    [InlineData("cqpolicy measures: --lang must be zh or en, not 'EN' (see cqpolicy measures --help)", "measures", "--lang", "EN")]
    [InlineData("cqpolicy evaluate: --encoding must be utf-8 or gb18030, not 'latin1' (see cqpolicy evaluate --help)", "evaluate", "{apps}", "--encoding", "latin1")]
    [InlineData("cqpolicy evaluate: needs a file (see cqpolicy evaluate --help)", "evaluate")]
    [InlineData("cqpolicy evaluate: needs a file (see cqpolicy evaluate --help)", "evaluate", "--lang", "en")]
    [InlineData("cqpolicy evaluate: a file name is empty (see cqpolicy evaluate --help)", "evaluate", "")]
    [InlineData("cqpolicy evaluate: unexpected argument 'more.csv' (see cqpolicy evaluate --help)", "evaluate", "{apps}", "more.csv")]
    [InlineData("cqpolicy measures: unexpected argument 'extra' (see cqpolicy measures --help)", "measures", "extra")]
    [InlineData("cqpolicy rank-districts: --year is required (see cqpolicy rank-districts --help)", "rank-districts", "{stats}")]
    [InlineData("cqpolicy rank-districts: --year must be a year such as 2025, not '20x4' (see cqpolicy rank-districts --help)", "rank-districts", "{stats}", "--year", "20x4")]
    [InlineData("cqpolicy rank-districts: --year must be a year such as 2025, not '-2025' (see cqpolicy rank-districts --help)", "rank-districts", "{stats}", "--year", "-2025")]
    [InlineData("cqpolicy rank-districts: --year must be a year such as 2025, not '25' (see cqpolicy rank-districts --help)", "rank-districts", "{stats}", "--year", "25")]
    [InlineData("cqpolicy rank-districts: --encoding must be utf-8 or gb18030, not 'gbk2' (see cqpolicy rank-districts --help)", "rank-districts", "{stats}", "--year", "2025", "--encoding", "gbk2")]
    [InlineData("cqpolicy generate: --rows must be a whole number of at least 1, not '0' (see cqpolicy generate --help)", "generate", "--rows", "0", "--out", "{out}")]
    [InlineData("cqpolicy generate: --rows must be a whole number of at least 1, not '-5' (see cqpolicy generate --help)", "generate", "--rows", "-5", "--out", "{out}")]
    [InlineData("cqpolicy generate: --rows must be a whole number of at least 1, not '1e3' (see cqpolicy generate --help)", "generate", "--rows", "1e3", "--out", "{out}")]
    [InlineData("cqpolicy generate: --rows is required (see cqpolicy generate --help)", "generate", "--out", "{out}")]
    [InlineData("cqpolicy generate: --out is required (see cqpolicy generate --help)", "generate", "--rows", "5")]
    [InlineData("cqpolicy generate: --seed must be a whole number from 0 to 2147483647, not 'abc' (see cqpolicy generate --help)", "generate", "--rows", "5", "--seed", "abc", "--out", "{out}")]
    [InlineData("cqpolicy generate: --seed must be a whole number from 0 to 2147483647, not '-5' (see cqpolicy generate --help)", "generate", "--rows", "5", "--seed", "-5", "--out", "{out}")]
    public void Command_UsageError_ExitsTwoWithOneLineOnStandardErrorAndWritesNothing(string expected, params string[] args)
    {
        using var folder = new TempFolder();
        var apps = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));
        var stats = folder.Write("stats.csv", "district_code,year,new_above_scale_count,net_increase_count,revenue_growth_rate\n500103,2025,10,5,0.1\n");
        var resolved = args.Select(a => a.Replace("{apps}", apps, StringComparison.Ordinal).Replace("{stats}", stats, StringComparison.Ordinal).Replace("{out}", folder.File("out.csv"), StringComparison.Ordinal)).ToArray();

        var result = CqPolicy.Run(resolved);

        result.ExitCode.Should().Be(2);
        OneLine(result.Error).Should().Be(expected);
        result.Output.Should().BeEmpty();
        folder.Files().Should().Equal("apps.csv", "stats.csv");
    }

    [Fact]
    public void Evaluate_FileThatDoesNotExist_ExitsTwoWithOneLineNamingIt()
    {
        using var folder = new TempFolder();

        var result = CqPolicy.Run("evaluate", folder.File("nope.csv"));

        result.ExitCode.Should().Be(2);
        OneLine(result.Error).Should().StartWith("cqpolicy: ").And.Contain("nope.csv");
        folder.Files().Should().BeEmpty();
    }

    internal static string OneLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle($"a failure is one line on standard error, not: {error}");
        return lines[0].TrimEnd('\r');
    }
}
