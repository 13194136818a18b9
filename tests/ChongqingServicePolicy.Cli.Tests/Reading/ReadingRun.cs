using System.Text;
using ChongqingServicePolicy.Cli.Tests.Support;
using nietras.SeparatedValues;

namespace ChongqingServicePolicy.Cli.Tests.Reading;

/// <summary>One decisions.csv row as written.</summary>
public sealed record DecisionLine(string ApplicationId, string Measure, string Outcome, string AwardYuan, string PayableYuan, string Reason, string Explanation);

/// <summary>Runs cqpolicy over a file made in a test folder and reads what it wrote.</summary>
public static class ReadingRun
{
    public static string Lines(params object[] lines) => string.Join("\n", lines) + "\n";

    public static string Crlf(params object[] lines) => string.Join("\r\n", lines) + "\r\n";

    /// <summary>evaluate INPUT with extra arguments; asserts exit 0 and returns decisions.csv's rows.</summary>
    public static IReadOnlyList<DecisionLine> Evaluate(TempFolder folder, string input, params string[] extra)
    {
        var result = CqPolicy.Run(["evaluate", input, .. extra]);
        result.ExitCode.Should().Be(0, "the file is readable: {0}", result.Error);
        return ReadDecisions(folder.File(Path.GetFileNameWithoutExtension(input) + ".decisions.csv"));
    }

    /// <summary>Reads decisions.csv with Sep (not the reader under test), checking its header.</summary>
    public static IReadOnlyList<DecisionLine> ReadDecisions(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(text);
        reader.Header.ColNames.Should().Equal("application_id", "measure", "outcome", "award_yuan", "payable_yuan", "reason", "explanation");
        var rows = new List<DecisionLine>();
        foreach (var r in reader)
        {
            rows.Add(new DecisionLine(r[0].ToString(), r[1].ToString(), r[2].ToString(), r[3].ToString(), r[4].ToString(), r[5].ToString(), r[6].ToString()));
        }

        return rows;
    }

    /// <summary>
    /// Asserts a run that stopped: exit 2, exactly one line on standard error starting "cqpolicy: ", no stack trace,
    /// and nothing in the folder but the files the test made (no output, no temporary file).
    /// </summary>
    public static string ShouldHaveStopped(this CliResult result, TempFolder folder, params string[] inputs)
    {
        result.ExitCode.Should().Be(2, "the file cannot be read; stderr: {0}", result.Error);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        lines.Should().ContainSingle("one clear message, got: {0}", result.Error);
        lines[0].Should().StartWith("cqpolicy: ");
        result.Error.Should().NotContain("   at ").And.NotContain("Exception");
        folder.Files().Should().BeEquivalentTo(inputs.Select(Path.GetFileName), "no output or temporary file may be left behind");
        return lines[0];
    }
}
