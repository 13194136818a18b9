using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Cli.Tests.Audit;

/// <summary>
/// The regression net: every committed golden decision record under <c>tests/golden</c> is replayed on every run.
/// A change of behaviour fails here, and is accepted only by re-recording deliberately with
/// <c>tests/golden/record.sh</c> and reviewing the diff.
/// </summary>
public sealed class GoldenCorpusTests
{
    private const string Rerecord = "if the change is intended, re-record with `bash tests/golden/record.sh` and review the diff";

    public static TheoryData<string> Files => new() { "decisions.jsonl", "decisions-cap-8m.jsonl" };

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryGoldenRecord_Replays_AndReproduces(string file)
    {
        var engine = new PolicyEngine();
        var failures = new List<string>();
        var count = 0;
        foreach (var line in Read(file))
        {
            count++;
            if (line.Record is not { } record)
            {
                failures.Add($"line {line.LineNumber}: {line.Error!.Message}");
                continue;
            }

            var result = engine.Replay(record);
            if (!result.Reproduces)
            {
                failures.Add($"line {line.LineNumber}: {result}");
            }
        }

        count.Should().Be(SourceRows().Count, "one record per row of tests/golden/applications.csv");
        failures.Should().BeEmpty(Rerecord);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryGoldenRecord_IsInItsCanonicalForm(string file)
    {
        var lines = File.ReadAllLines(Golden(file));

        lines.Select((text, i) => (text, i)).Where(l => DecisionRecord.Parse(l.text).ToJson() != l.text).Select(l => l.i + 1)
            .Should().BeEmpty("reading and writing a record gives back its bytes");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void GoldenRecords_AreTheSourceRowsInOrder(string file)
    {
        Records(file).Select(r => r.ApplicationId).Should().Equal(SourceRows(), "the corpus is recorded from tests/golden/applications.csv; " + Rerecord);
    }

    [Fact]
    public void GoldenCorpus_CoversEveryMeasureAndEveryOutcome()
    {
        var records = Records("decisions.jsonl");

        records.Select(r => r.Decision.Measure).Distinct().Order().Should().Equal(MeasureIds.All.Order());
        records.Select(r => r.Decision.Outcome).Distinct().Order().Should().Equal(Enum.GetValues<Outcome>().Order());
        // Each measure is recorded outside the policy's validity, with a district that does not exist, and decided
        // on its merits. Measure 6 is decided by ranking districts, so every application row for it is Invalid
        // (input is checked before validity).
        records.Where(r => r.Decision.Measure == MeasureId.Measure6).Should().OnlyContain(r => r.Decision.Outcome == Outcome.Invalid);
        foreach (var measure in MeasureIds.All.Where(m => m != MeasureId.Measure6))
        {
            var outcomes = records.Where(r => r.Decision.Measure == measure).Select(r => r.Decision.Outcome).ToHashSet();
            outcomes.Should().Contain([Outcome.NotApplicable, Outcome.Invalid], $"measure {measure.ToCode()}");
            outcomes.Should().Contain(o => o != Outcome.NotApplicable && o != Outcome.Invalid, $"measure {measure.ToCode()} is decided on its merits");
        }
    }

    [Fact]
    public void GoldenCorpus_CoversNonDuplicationAndOverrides()
    {
        var records = Records("decisions.jsonl");

        records.Should().Contain(r => r.Decision.Reason == ReasonCode.SupersededByHigher, "a subject applying twice");
        records.Should().Contain(r => r.Decision.Reason == ReasonCode.SupersededByOtherPolicy, "support from another policy that is higher");
        records.Should().Contain(r => r.Decision.NonDuplication != null && r.Decision.NonDuplication.Suppression == SuppressionKind.None && r.Decision.PayableYuan > 0, "the higher award of a group is paid");
        records.Should().Contain(r => r.Input.OverrideAmountYuan != null && r.Decision.Outcome == Outcome.Eligible, "an approved amount overriding the computed one (X6)");
        records.Should().Contain(r => r.Decision.Problems.Any(p => p.Code == ProblemCode.UnreadableValue), "a row with a cell that does not read");
    }

    [Fact]
    public void GoldenCorpus_OverrideFile_IsRecordedUnderOtherParametersAndChangesAwards()
    {
        var standard = Records("decisions.jsonl");
        var capped = Records("decisions-cap-8m.jsonl");

        capped.Should().OnlyContain(r => r.Parameters.Measure1.CapYuan == 8_000_000m);
        capped.Select(r => r.ParametersSha256).Distinct().Should().ContainSingle().Which.Should().NotBe(standard[0].ParametersSha256);
        standard.Zip(capped).Should().Contain(p => p.First.Decision.AwardYuan != p.Second.Decision.AwardYuan, "the cap binds on some measure-1 rows");
    }

    [Fact]
    public void GoldenCorpus_ReplayedUnderTodaysDefaults_NamesTheParameterThatDiffers()
    {
        var engine = new PolicyEngine();
        var record = Records("decisions-cap-8m.jsonl").First(r => r.Decision.Measure == MeasureId.Measure1 && r.Decision.AwardYuan == 8_000_000m);

        var result = engine.Replay(record, PolicyParameters.Default);

        result.Reproduces.Should().BeFalse();
        result.Differences.Should().Contain(d => d.Field.Contains("cap_yuan", StringComparison.Ordinal));
    }

    private static string Golden(string name) => Path.Combine(SampleDataTests.RepoRoot(), "tests", "golden", name);

    private static List<DecisionRecordLine> Read(string file)
    {
        using var reader = DecisionRecordReader.Open(Golden(file));
        return [.. reader.ReadLines()];
    }

    private static List<DecisionRecord> Records(string file) => [.. Read(file).Select(l => l.Record ?? throw new InvalidOperationException($"{file} line {l.LineNumber}: {l.Error!.Message}"))];

    private static List<string> SourceRows()
    {
        using var reader = ApplicationCsvReader.Open(Golden("applications.csv"));
        return [.. reader.ReadRows().Select(r => r.ApplicationId)];
    }
}
