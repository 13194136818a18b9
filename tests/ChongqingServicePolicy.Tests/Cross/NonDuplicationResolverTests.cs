using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;

namespace ChongqingServicePolicy.Tests.Cross;

/// <summary>
/// The resolver behind 就高不重复 used on its own, as a host streaming its records would: what it keeps per subject,
/// what it refuses, and how a recorded comparison is re-applied on replay.
/// </summary>
public sealed class NonDuplicationResolverTests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    private static (ApplicationRecord Record, Decision Decision) Decide(ApplicationRecord record) => (record, Engine.Evaluate(record, Records.Date));

    [Fact]
    public void New_NullParameters_ThrowsNamingGeneral()
    {
        var act = () => new NonDuplicationResolver(null!);

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("general");
    }

    [Fact]
    public void ObserveAndResolve_NullArguments_ThrowNamingThem()
    {
        var resolver = new NonDuplicationResolver(PolicyParameters.Default.General);
        var (record, decision) = Decide(Records.Measure1());

        new Action(() => resolver.Observe(null!, decision)).Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("record");
        new Action(() => resolver.Observe(record, null!)).Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("decision");
        new Action(() => resolver.Resolve(null!)).Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("decision");
    }

    [Fact]
    public void Observe_RecordsThatTakeNoPartAndDeclareNothing_NoSubjectKept()
    {
        var resolver = new NonDuplicationResolver(PolicyParameters.Default.General);
        var ineligible = Decide(Records.Measure1(approved: 0m) with { SubjectId = "P-1" });
        var invalidWithOther = Decide(Records.Measure1(approved: -1m) with { SubjectId = "P-2", OtherPolicyAwardYuan = 1_000_000m });
        var nonMonetary = Decide(Records.Common(MeasureId.Measure8) with { SubjectId = "P-3" });

        resolver.Observe(ineligible.Record, ineligible.Decision);
        resolver.Observe(invalidWithOther.Record, invalidWithOther.Decision);
        resolver.Observe(nonMonetary.Record, nonMonetary.Decision);

        ineligible.Decision.Outcome.Should().Be(Outcome.Ineligible);
        invalidWithOther.Decision.Outcome.Should().Be(Outcome.Invalid);
        resolver.SubjectCount.Should().Be(0);
        resolver.Resolve(ineligible.Decision).Should().BeSameAs(ineligible.Decision);
    }

    [Fact]
    public void Observe_EligibleOrDeclaringOtherSupport_OneSubjectEach()
    {
        var resolver = new NonDuplicationResolver(PolicyParameters.Default.General);
        var eligible = Decide(Records.Measure1() with { SubjectId = "P-1" });
        var ineligibleWithOther = Decide(Records.Measure1(approved: 0m) with { ApplicationId = "A-2", SubjectId = "P-2", OtherPolicyAwardYuan = 1m });
        var sameSubject = Decide(Records.Measure13() with { ApplicationId = "A-3", SubjectId = "P-1" });

        resolver.Observe(eligible.Record, eligible.Decision);
        resolver.Observe(ineligibleWithOther.Record, ineligibleWithOther.Decision);
        resolver.Observe(sameSubject.Record, sameSubject.Decision);

        resolver.SubjectCount.Should().Be(2);
    }

    [Fact]
    public void Resolve_SubjectNeverObserved_ThrowsNamingSubjectAndApplication()
    {
        var resolver = new NonDuplicationResolver(PolicyParameters.Default.General);
        var (_, decision) = Decide(Records.Measure1() with { ApplicationId = "A-9", SubjectId = "P-9" });

        var act = () => resolver.Resolve(decision);

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("Subject 'P-9' of application 'A-9' was not observed.");
    }

    [Theory]
    [InlineData(1_000_000, 4_000_000)]
    [InlineData(4_000_000, 1_000_000)]
    public void EvaluateBatch_SubjectDeclaresTwoOtherAwards_TheHigherIsCompared(int first, int second)
    {
        var records = new[]
        {
            Records.Measure1() with { ApplicationId = "A-1", SubjectId = "P-1", OtherPolicyAwardYuan = first, OtherPolicyName = $"policy {first}" },
            Records.Measure13() with { ApplicationId = "A-2", SubjectId = "P-1", OtherPolicyAwardYuan = second, OtherPolicyName = $"policy {second}" },
        };

        var decisions = Engine.EvaluateBatch(records, Records.Date);

        decisions[0].NonDuplication!.OtherPolicyAwardYuan.Should().Be(4_000_000m);
        decisions[0].NonDuplication!.OtherPolicyName.Should().Be("policy 4000000");
        decisions[0].Reason.Should().Be(ReasonCode.SupersededByOtherPolicy);
        decisions[0].PayableYuan.Should().Be(0m);
    }

    [Fact]
    public void EvaluateBatch_EligibleWithNothingToPay_TakesNoPartInTheComparison()
    {
        var engine = new PolicyEngine(PolicyParameters.Default.With(b => b.Measure13 = b.Measure13 with { CapYuan = 0m }), Engine.Clock);
        var records = new[]
        {
            Records.Measure1() with { ApplicationId = "A-1", SubjectId = "P-1" },
            Records.Measure13() with { ApplicationId = "A-2", SubjectId = "P-1" },
        };

        var decisions = engine.EvaluateBatch(records, Records.Date);

        decisions[1].Outcome.Should().Be(Outcome.Eligible);
        decisions[1].AwardYuan.Should().Be(0m);
        decisions[1].NonDuplication.Should().BeNull();
        decisions[0].NonDuplication.Should().BeNull("the record is its subject's only support");
        decisions[0].PayableYuan.Should().Be(3_000_000m);
    }

    [Fact]
    public void ObserveRecorded_EqualCandidates_TheEarlierInTheRecordedComparisonWins()
    {
        // A and B: same measure, award and date. Replaying B against the recorded [A, B] must keep A the winner.
        var (_, b) = Decide(Records.Measure1() with { ApplicationId = "B", SubjectId = "P-1" });
        var a = new ComparedApplication("A", MeasureId.Measure1, b.AwardYuan, b.Date);
        var recorded = Context(b, [a, new ComparedApplication("B", MeasureId.Measure1, b.AwardYuan, b.Date)]);

        var resolved = Replayed(recorded, b);

        resolved.NonDuplication!.WinnerApplicationId.Should().Be("A");
        resolved.NonDuplication.Suppression.Should().Be(SuppressionKind.SupersededByHigher);
        resolved.NonDuplication.ComparedApplicationIds.Should().Equal("A", "B");
        resolved.PayableYuan.Should().Be(0m);
    }

    [Fact]
    public void ObserveRecorded_ReplayedRecordFirstAmongEquals_ItWins()
    {
        var (_, b) = Decide(Records.Measure1() with { ApplicationId = "B", SubjectId = "P-1" });
        var recorded = Context(b, [new ComparedApplication("B", MeasureId.Measure1, b.AwardYuan, b.Date), new ComparedApplication("A", MeasureId.Measure1, b.AwardYuan, b.Date)]);

        var resolved = Replayed(recorded, b);

        resolved.NonDuplication!.WinnerApplicationId.Should().Be("B");
        resolved.NonDuplication.Suppression.Should().Be(SuppressionKind.None);
        resolved.PayableYuan.Should().Be(b.AwardYuan);
    }

    [Fact]
    public void ObserveRecorded_ReplayedRecordNotInTheRecordedComparison_ComparedLast()
    {
        var (_, b) = Decide(Records.Measure1() with { ApplicationId = "B", SubjectId = "P-1" });
        var recorded = Context(b, [new ComparedApplication("A", MeasureId.Measure7a, 5_000_000m, b.Date)]);

        var resolved = Replayed(recorded, b);

        resolved.NonDuplication!.ComparedApplicationIds.Should().Equal("A", "B");
        resolved.NonDuplication.Compared[1].Should().Be(new ComparedApplication("B", MeasureId.Measure1, b.AwardYuan, b.Date));
        resolved.NonDuplication.WinnerApplicationId.Should().Be("A");
    }

    [Fact]
    public void ObserveRecorded_ReplayedRecordTakesNoPart_LeftAsDecided()
    {
        var (_, ineligible) = Decide(Records.Measure1(approved: 0m) with { ApplicationId = "B", SubjectId = "P-1" });
        var recorded = Context(ineligible, [new ComparedApplication("A", MeasureId.Measure7a, 5_000_000m, ineligible.Date)]);
        var resolver = new NonDuplicationResolver(PolicyParameters.Default.General);

        resolver.ObserveRecorded(recorded, ineligible);

        resolver.SubjectCount.Should().Be(0);
        resolver.Resolve(ineligible).Should().BeSameAs(ineligible);
    }

    private static NonDuplication Context(Decision decision, ComparedApplication[] compared) =>
        new(decision.SubjectId, [.. compared.Select(c => c.ApplicationId)], compared[0].ApplicationId, compared[0].Measure, compared[0].AwardYuan, null, null, SuppressionKind.None)
        {
            Compared = [.. compared],
        };

    private static Decision Replayed(NonDuplication recorded, Decision decision)
    {
        var resolver = new NonDuplicationResolver(PolicyParameters.Default.General);
        resolver.ObserveRecorded(recorded, decision);
        return resolver.Resolve(decision);
    }
}
