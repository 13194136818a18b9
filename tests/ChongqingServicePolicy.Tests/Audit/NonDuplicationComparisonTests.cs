using System.Text.Json.Nodes;
using ChongqingServicePolicy.Audit;
using static ChongqingServicePolicy.Tests.Audit.AuditCases;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>
/// The comparer that replay uses, on two decisions whose 就高不重复 contexts differ only in the other policy's award or
/// in a compared application's id. Replay itself never yields such a pair: it re-applies the recorded context, whose
/// other-policy award and compared applications come back as recorded (a decision's own entry is the only one
/// replaced, by its own id). The comparer still names every member it is given, so these compare a stored record
/// whose context was edited with the decision it was made from.
/// </summary>
public sealed class NonDuplicationComparisonTests
{
    /// <summary>The differences between a case's record, edited, and the case's own decision.</summary>
    private static IEnumerable<ReplayDifference> EditedAgainstItsDecision(string name, Action<JsonObject> edit)
    {
        var made = ByName[name];
        var recorded = DecisionRecord.Parse(Edit(made.ToJson(), r => edit(r["decision"]!["non_duplication"]!.AsObject())));
        var comparer = new RecordComparer();
        comparer.CompareRecord(recorded, made.Decision, made.PolicyId);
        return comparer.Differences;
    }

    [Fact]
    public void Compare_OtherPolicyAwardEdited_NamedWithBothAmounts()
    {
        var differences = EditedAgainstItsDecision("batch/other-policy#0", nd => nd["other_policy_award_yuan"] = 3_000_000);

        differences.Should().Equal(new ReplayDifference("decision.non_duplication.other_policy_award_yuan", "3000000", "3500000"));
    }

    [Fact]
    public void Compare_OtherPolicyAwardScaleOnlyEdited_NamedWithBothScales()
    {
        var differences = EditedAgainstItsDecision("batch/other-policy#0", nd => nd["other_policy_award_yuan"] = 3_500_000.00m);

        differences.Should().Equal(new ReplayDifference("decision.non_duplication.other_policy_award_yuan", "3500000.00", "3500000"));
    }

    [Fact]
    public void Compare_ComparedApplicationIdEdited_NamedAtItsPlace()
    {
        var made = ByName["batch/higher#0"];
        made.Decision.NonDuplication!.ComparedApplicationIds.Should().Equal(["B-1", "B-2", "B-3"], "the edit below is of the last, neither the decision's own nor the winner");

        var differences = EditedAgainstItsDecision("batch/higher#0", nd => nd["compared"]![2]!["application_id"] = "B-9");

        differences.Should().Equal(new ReplayDifference("decision.non_duplication.compared[2].application_id", "B-9", "B-3"));
    }

    [Fact]
    public void Compare_UneditedRecord_NoDifference()
    {
        EditedAgainstItsDecision("batch/higher#0", _ => { }).Should().BeEmpty();
        EditedAgainstItsDecision("batch/other-policy#0", _ => { }).Should().BeEmpty();
    }
}
