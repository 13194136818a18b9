using System.Text.Json.Nodes;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Audit;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace ChongqingServicePolicy.Tests.Engine;

/// <summary>
/// The engine and the 就高不重复 resolver at their edges: which day a record is decided as of, a reader's record
/// without an application date on replay, replays under several parameter sets in turn, equal other-policy support
/// declared twice, and the compared records shared by the decisions of a subject.
/// </summary>
public sealed class EngineEdgeTests
{
    // 2026-06-01 16:30 UTC is 2026-06-02 in Asia/Shanghai.
    private static readonly PolicyEngine Engine = new(clock: new FakeClock(Instant.FromUtc(2026, 6, 1, 16, 30)));

    [Fact]
    public void Evaluate_RecordWithItsDate_DecidedAsOfThatDate()
    {
        var decision = Engine.Evaluate(Records.Measure1());

        decision.Date.Should().Be(Records.Date);
        decision.Trace[0].Left.Number.Should().Be(2025_03_01m);
    }

    [Fact]
    public void Evaluate_RecordWithoutADate_DecidedAsOfTodayInShanghai()
    {
        var decision = Engine.Evaluate(Records.Measure1() with { ApplicationDate = null });

        decision.Date.Should().Be(new LocalDate(2026, 6, 2));
    }

    [Fact]
    public void Replay_ReaderLeftTheApplicationDateOut_TakenAsRecorded()
    {
        var input = Records.Measure1() with { ApplicationId = "R-3", ApplicationDate = null };
        var today = new LocalDate(2025, 6, 1);
        var decision = Decision.ForInvalidInput("R-3", "R-3", MeasureId.Measure1, today, [new Problem(RecordField.ApplicationDate, string.Empty, ProblemCode.Required, null)]);
        var record = Engine.CreateRecord(input, decision, today);
        Engine.Evaluate(input, today).Outcome.Should().Be(Outcome.Eligible, "the typed input alone would be decided afresh");

        var result = Engine.Replay(DecisionRecord.Parse(record.ToJson()));

        result.Status.Should().Be(ReplayStatus.Reproduces, result.ToString());
    }

    [Fact]
    public void Replay_SeveralParameterSetsInTurn_EachDecidesUnderItsOwn()
    {
        var input = Records.Measure1(approved: 100_000_000m, total: 400_000_000m) with { ApplicationId = "W-1" };
        var record = Engine.CreateRecord(input, Engine.Evaluate(input), Records.Date);
        var cap6 = PolicyParameters.Default.With(b => b.Measure1 = b.Measure1 with { CapYuan = 6_000_000m });
        var cap7 = PolicyParameters.Default.With(b => b.Measure1 = b.Measure1 with { CapYuan = 7_000_000m });
        record.Decision.AwardYuan.Should().Be(5_000_000m);

        foreach (var (parameters, award) in new[] { (cap6, 6_000_000m), (cap7, 7_000_000m), (cap6, 6_000_000m), (PolicyParameters.Default, 5_000_000m) })
        {
            var result = Engine.Replay(record, parameters);

            var replayed = result.Differences.Where(d => d.Field == "decision.award_yuan").Select(d => decimal.Parse(d.Replayed!, System.Globalization.CultureInfo.InvariantCulture));
            if (award == 5_000_000m)
            {
                result.Status.Should().Be(ReplayStatus.Reproduces);
            }
            else
            {
                replayed.Should().Equal(award);
            }
        }
    }

    [Fact]
    public void EvaluateBatch_EqualOtherSupportDeclaredTwice_TheFirstNameKept()
    {
        var decisions = Engine.EvaluateBatch(
            [
                Records.Measure1() with { ApplicationId = "A-1", SubjectId = "P-1", OtherPolicyAwardYuan = 4_000_000m, OtherPolicyName = "first" },
                Records.Measure13() with { ApplicationId = "A-2", SubjectId = "P-1", OtherPolicyAwardYuan = 4_000_000m, OtherPolicyName = "second" },
            ],
            Records.Date);

        decisions[0].NonDuplication!.OtherPolicyName.Should().Be("first");
        decisions[1].NonDuplication!.OtherPolicyName.Should().Be("first");
    }

    [Fact]
    public void EvaluateBatch_DecisionsOfOneSubject_ShareOneListOfComparedRecords()
    {
        var decisions = Engine.EvaluateBatch(
            [
                Records.Measure1() with { ApplicationId = "A-1", SubjectId = "P-1" },
                Records.Measure13() with { ApplicationId = "A-2", SubjectId = "P-1" },
            ],
            Records.Date);

        var first = decisions[0].NonDuplication!;
        var second = decisions[1].NonDuplication!;
        first.Compared.Should().Equal(second.Compared);
        (first.Compared == second.Compared).Should().BeTrue("one array, made once per subject");
        (first.ComparedApplicationIds == second.ComparedApplicationIds).Should().BeTrue("one array, made once per subject");
    }

    [Fact]
    public void Replay_ReaderProblemBesideARuleProblem_TakenAsRecorded()
    {
        // One cell the reader could not read is enough: the typed input lacks it, so nothing is derived again.
        var input = Records.Measure1() with { ApplicationId = "R-4", ApprovedInvestmentYuan = null, CreditCode = "91500103MA5U7Y2Q0X" };
        var today = new LocalDate(2025, 6, 1);
        var decision = Decision.ForInvalidInput("R-4", "R-4", MeasureId.Measure1, today, [
            new Problem(RecordField.CreditCode, "91500103MA5U7Y2Q0X", ProblemCode.CreditCodeCheck, null),
            new Problem(RecordField.ApprovedInvestmentYuan, "1,234", ProblemCode.UnreadableValue, "a plain decimal amount in yuan such as 1234567.89"),
        ]);
        var record = Engine.CreateRecord(input, decision, today);
        Engine.Evaluate(input, today).Problems.Should().NotBeEquivalentTo(decision.Problems, "deciding the typed input again finds other problems");

        var result = Engine.Replay(DecisionRecord.Parse(record.ToJson()));

        result.Status.Should().Be(ReplayStatus.Reproduces, result.ToString());
    }

    [Fact]
    public void Replay_RepeatedIdRecordedTwice_OnlyTheFirstReappliedAndTheSecondNamed()
    {
        var record = AuditCases.ByName["batch/duplicate-id#1"];
        var problems = JsonNode.Parse(record.ToJson())!["decision"]!["problems"]!.AsArray();
        var index = problems.Count;
        var extra = new JsonObject { ["field"] = "application_id", ["value"] = "D-1", ["code"] = "duplicate-application-id", ["expected"] = "9" };
        var json = AuditCases.Edit(record.ToJson(), r => r["decision"]!["problems"]!.AsArray().Add(extra.DeepClone()));

        var result = Engine.Replay(DecisionRecord.Parse(json));

        result.Differences.Should().Equal(new ReplayDifference($"decision.problems[{index}]", extra.ToJsonString(), null));
    }
}
