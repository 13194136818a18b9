using System.Text.RegularExpressions;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>
/// Records made before traces named the next boundary (<c>tests/golden/before-boundaries.jsonl</c>, copied from the
/// golden corpus as it was then) still read and replay, and replay says exactly what changed: each boundary step the
/// library now adds and its line, named once, and on a cap step the two values it now carries and the words its line
/// goes on with; nothing else.
/// </summary>
public sealed partial class BoundaryReplayTests
{
    private static readonly PolicyEngine Engine = new();

    public static TheoryData<int> Lines => new(Enumerable.Range(1, File.ReadAllLines(Fixture()).Length));

    [Theory]
    [MemberData(nameof(Lines))]
    public void Replay_RecordFromBeforeBoundaries_DiffersOnlyByWhatTheBoundariesAdd(int line)
    {
        var record = DecisionRecord.Parse(File.ReadAllLines(Fixture())[line - 1]);
        var replayed = Engine.Evaluate(record.Input, record.EvaluationDate);
        var added = replayed.Trace.Count(s => s.Code.IsBoundary());
        var caps = replayed.Trace.Count(s => s.IsBoundary() && !s.Code.IsBoundary());

        var result = Engine.Replay(record);

        if (added + caps == 0)
        {
            result.Reproduces.Should().BeTrue(result.ToString());
            return;
        }

        result.Status.Should().Be(ReplayStatus.Differs, "the input and parameters are as recorded; only the trace says more");
        var steps = result.Differences.Where(d => WholeStep().IsMatch(d.Field)).ToList();
        var values = result.Differences.Where(d => AddedValue().IsMatch(d.Field)).ToList();
        var lines = result.Differences.Where(d => d.Field.StartsWith("explanation_zh[", StringComparison.Ordinal)).ToList();
        result.Differences.Should().HaveCount(steps.Count + values.Count + lines.Count, "nothing but the trace and its explanation changes: {0}", result);

        // A boundary step is added whole; a cap step gains the base from which its share reaches the cap and the distance.
        steps.Should().HaveCount(added);
        steps.Should().NotContain(d => d.Recorded != null || !BoundaryCode().IsMatch(d.Replayed!));
        values.Should().HaveCount(2 * caps);
        values.Should().NotContain(d => d.Recorded != null || !d.Replayed!.EndsWith(" yuan", StringComparison.Ordinal));

        // Each added step adds a line; each cap step's line goes on where it stopped.
        lines.Count(d => d.Recorded == null).Should().Be(added);
        lines.Where(d => d.Recorded != null).Should().HaveCount(caps);
        lines.Should().NotContain(d => d.Recorded != null && !d.Replayed!.StartsWith(d.Recorded, StringComparison.Ordinal));
        var explanation = replayed.Explain(Language.Chinese).Split(Environment.NewLine);
        var boundaries = replayed.Trace.Where(s => s.IsBoundary()).Select(s => DecisionText.Render(s, Language.Chinese, replayed.Info)).ToList();
        lines.Select(d => d.Replayed).Should().BeEquivalentTo(boundaries, "each line named is a boundary's text");
        lines.Should().NotContain(d => d.Recorded == null && explanation[Index(d.Field)] != d.Replayed, "added lines are named by their place in the new explanation");
    }

    [Fact]
    public void Fixture_CoversEveryKindOfBoundary()
    {
        var codes = File.ReadAllLines(Fixture())
            .Select(DecisionRecord.Parse)
            .SelectMany(r => Engine.Evaluate(r.Input, r.EvaluationDate).Trace)
            .Where(s => s.IsBoundary())
            .Select(s => s.Code)
            .Distinct()
            .Order();

        codes.Should().Equal(TraceCode.AbsoluteCap, TraceCode.EligibleFrom, TraceCode.CapReachedFrom, TraceCode.NextTierFrom, TraceCode.NextTier, TraceCode.TopTier);
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

    [GeneratedRegex(@"^decision\.trace\[\d+\]\.values\.(right|result)$")]
    private static partial Regex AddedValue();

    [GeneratedRegex("\"code\":\"(eligible-from|cap-reached-from|next-tier-from|next-tier|top-tier)\"")]
    private static partial Regex BoundaryCode();

    [GeneratedRegex(@"^explanation_zh\[(\d+)\]$")]
    private static partial Regex LineIndex();
}
