using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Cli.Tests.Support;

namespace ChongqingServicePolicy.Cli.Tests.Audit;

/// <summary>README's auditor example is the code run here, over records of the bundled sample.</summary>
public sealed class AuditorExampleTests
{
    [Fact]
    public void ReadmeAuditorExample_ReplaysEveryRecordOfTheSample()
    {
        using var folder = new TempFolder();
        var sample = Path.Combine(SampleDataTests.RepoRoot(), "samples", "data", "applications.csv");
        CqPolicy.Run("evaluate", sample, "--out", folder.File("d.csv"), "--json", folder.File("decisions.jsonl")).ExitCode.Should().Be(0);
        var replayed = 0;

        foreach (var json in File.ReadLines(folder.File("decisions.jsonl")))
        {
            // README-AUDIT-BEGIN
            var record = DecisionRecord.Parse(json);
            var result = new PolicyEngine().Replay(record);
            Assert.True(result.Reproduces, result.ToString());
            // README-AUDIT-END
            replayed++;
        }

        replayed.Should().Be(File.ReadLines(sample).Count() - 1);
    }

    [Fact]
    public void ReadmeAuditorExample_ShowsTheCodeThisTestRuns()
    {
        var root = SampleDataTests.RepoRoot();
        var source = File.ReadAllLines(Path.Combine(root, "tests", "ChongqingServicePolicy.Cli.Tests", "Audit", "AuditorExampleTests.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == "// README-AUDIT-BEGIN");
        var end = Array.FindIndex(source, l => l.Trim() == "// README-AUDIT-END");
        var tested = source[(begin + 1)..end].Select(l => l.Trim()).ToList();

        var readme = File.ReadAllLines(Path.Combine(root, "README.md"));
        var heading = Array.FindIndex(readme, l => l.StartsWith("## Decision records for auditors", StringComparison.Ordinal));
        var start = Array.FindIndex(readme, heading, l => l.Trim() == "```csharp");
        var stop = Array.FindIndex(readme, start + 1, l => l.Trim() == "```");
        var shown = readme[(start + 1)..stop].Select(l => l.Trim()).ToList();

        tested.Should().HaveCount(3);
        var at = shown.IndexOf(tested[0]);
        at.Should().BeGreaterThan(0, "README shows the replay");
        shown.Skip(at).Take(tested.Count).Should().Equal(tested);
    }
}
