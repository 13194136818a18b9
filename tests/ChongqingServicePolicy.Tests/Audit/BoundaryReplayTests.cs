using System.Text.RegularExpressions;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>
/// Records made before traces named the next boundary (<c>tests/golden/before-boundaries.jsonl</c>, copied from the
/// golden corpus as it was then) still read and replay, and replay says exactly what changed: each boundary step
/// the library now adds, and its line of the explanation, named once, with nothing else different.
/// </summary>
public sealed partial class BoundaryReplayTests
{
    private static readonly PolicyEngine Engine = new();

    public static TheoryData<int> Lines => new(Enumerable.Range(1, File.ReadAllLines(Fixture()).Length));

    [Theory]
    [MemberData(nameof(Lines))]
    public void Replay_RecordFromBeforeBoundaries_DiffersOnlyByTheAddedStepsAndTheirLines(int line)
    {
        var record = DecisionRecord.Parse(File.ReadAllLines(Fixture())[line - 1]);
        var replayed = Engine.Evaluate(record.Input, record.EvaluationDate);
        var added = replayed.Trace.Count(s => s.Code.IsBoundary());

        var result = Engine.Replay(record);

        if (added == 0)
        {
            result.Reproduces.Should().BeTrue(result.ToString());
            return;
        }

        result.Status.Should().Be(ReplayStatus.Differs, "the input and parameters are as recorded; only the trace grew");
        var steps = result.Differences.Where(d => d.Field.StartsWith("decision.trace[", StringComparison.Ordinal)).ToList();
        var lines = result.Differences.Where(d => d.Field.StartsWith("explanation_zh[", StringComparison.Ordinal)).ToList();
        result.Differences.Should().HaveCount(steps.Count + lines.Count, "nothing but the trace and its explanation changes: {0}", result);
        steps.Should().HaveCount(added).And.OnlyContain(d => d.Recorded == null && WholeStep().IsMatch(d.Field) && BoundaryCode().IsMatch(d.Replayed!));
        lines.Should().HaveCount(added).And.OnlyContain(d => d.Recorded == null);
        var explanation = replayed.Explain(Language.Chinese).Split(Environment.NewLine);
        lines.Select(d => d.Replayed).Should().Equal(
            replayed.Trace.Where(s => s.Code.IsBoundary()).Select(s => DecisionText.Render(s, Language.Chinese, replayed.Info)),
            "each added line is the added step's text");
        lines.Select(d => explanation[Index(d.Field)]).Should().Equal(lines.Select(d => d.Replayed), "added lines are named by their place in the new explanation");
    }

    [Fact]
    public void Fixture_CoversEveryKindOfBoundary()
    {
        var codes = File.ReadAllLines(Fixture())
            .Select(DecisionRecord.Parse)
            .SelectMany(r => Engine.Evaluate(r.Input, r.EvaluationDate).Trace)
            .Where(s => s.Code.IsBoundary())
            .Select(s => s.Code)
            .Distinct()
            .Order();

        codes.Should().Equal(TraceCode.EligibleFrom, TraceCode.CapReachedFrom, TraceCode.NextTierFrom, TraceCode.NextTier, TraceCode.TopTier);
    }

    private static int Index(string field) => int.Parse(LineIndex().Match(field).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Fixture()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "golden", "before-boundaries.jsonl");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException("tests/golden/before-boundaries.jsonl is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^decision\.trace\[\d+\]$")]
    private static partial Regex WholeStep();

    [GeneratedRegex("\"code\":\"(eligible-from|cap-reached-from|next-tier-from|next-tier|top-tier)\"")]
    private static partial Regex BoundaryCode();

    [GeneratedRegex(@"^explanation_zh\[(\d+)\]$")]
    private static partial Regex LineIndex();
}
