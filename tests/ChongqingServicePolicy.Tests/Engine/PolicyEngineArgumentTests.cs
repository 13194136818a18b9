using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Audit;
using ChongqingServicePolicy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Engine;

/// <summary>
/// The engine's edges: refused arguments named, a host's own district registry, records with an undefined measure or
/// no id, and replays whose recorded problems came from a file reader or whose parameters change the outcome.
/// </summary>
public sealed class PolicyEngineArgumentTests
{
    private static readonly PolicyEngine Engine = Records.Engine();
    private static readonly LocalDate Today = new(2025, 6, 1);

    [Fact]
    public void PublicMethods_NullArguments_ThrowNamingThem()
    {
        var record = AuditCases.ByName["1/valid"];

        Named(() => Engine.Evaluate(null!)).Should().Be("record");
        Named(() => Engine.Evaluate(null!, Today)).Should().Be("record");
        Named(() => Engine.EvaluateBatch(null!)).Should().Be("records");
        Named(() => Engine.EvaluateBatch(null!, Today)).Should().Be("records");
        Named(() => Engine.Replay(null!)).Should().Be("record");
        Named(() => Engine.Replay(null!, PolicyParameters.Default)).Should().Be("record");
        Named(() => Engine.Replay(record, null!)).Should().Be("parameters");
    }

    [Fact]
    public void EvaluateBatch_NullRecord_ThrowsNamingItsIndex()
    {
        var act = () => Engine.EvaluateBatch([Records.Measure1(), null!], Today);

        var ex = act.Should().ThrowExactly<ArgumentException>().Which;
        ex.Message.Should().Be("Record 1 is null. (Parameter 'records')");
        ex.ParamName.Should().Be("records");
    }

    [Fact]
    public void EvaluateBatch_MissingAndEmptyId_TheSameIdTwice()
    {
        var decisions = Engine.EvaluateBatch([Records.Measure1() with { ApplicationId = null! }, Records.Measure1() with { ApplicationId = string.Empty }], Today);

        decisions[0].Problems.Select(p => p.Code).Should().NotContain(ProblemCode.DuplicateApplicationId);
        decisions[1].Problems.Select(p => p.Code).Should().Contain(ProblemCode.DuplicateApplicationId);
    }

    [Fact]
    public void GetRule_UndefinedMeasure_ThrowsNamingIt()
    {
        var act = () => Engine.GetRule((MeasureId)20);

        var ex = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        ex.ParamName.Should().Be("measure");
        ex.Message.Should().StartWith("Unknown measure.");
    }

    [Fact]
    public void New_OwnDistrictRegistry_UsedForEveryDecision()
    {
        var registry = new DistrictRegistry(DistrictRegistry.Default.Units.Where(u => u.Code != 500103));
        var engine = new PolicyEngine(districts: registry, clock: Engine.Clock);

        var decision = engine.Evaluate(Records.Measure1(), Today);

        engine.Districts.Should().BeSameAs(registry);
        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Contain(p => p.Field == RecordField.DistrictCode && p.Code == ProblemCode.UnknownDistrict);
    }

    [Fact]
    public void Evaluate_UndefinedMeasure_KeepsIdSubjectAndApplicationDate()
    {
        var decision = Engine.Evaluate(Records.Common((MeasureId)42, "U-1") with { SubjectId = "S-1" }, Today);

        (decision.ApplicationId, decision.SubjectId, decision.Date, decision.Info).Should().Be(("U-1", "S-1", Records.Date, null));
    }

    [Fact]
    public void Evaluate_UndefinedMeasureWithoutIdOrDate_EmptyIdAndToday()
    {
        var decision = Engine.Evaluate(Records.Common((MeasureId)42) with { ApplicationId = null!, ApplicationDate = null }, Today);

        (decision.ApplicationId, decision.SubjectId, decision.Date).Should().Be((string.Empty, string.Empty, Today));
    }

    [Fact]
    public void Replay_ReaderLeftTheMeasureOut_TakenAsRecorded()
    {
        var record = ReaderRecord(Records.Common(0, "R-1"), new Problem(RecordField.Measure, string.Empty, ProblemCode.Required, null));

        var result = Engine.Replay(DecisionRecord.Parse(record.ToJson()));

        result.Status.Should().Be(ReplayStatus.Reproduces);
        record.Decision.Info.Should().BeNull();
    }

    [Fact]
    public void Replay_ReaderLeftTheDistrictOut_TakenAsRecorded()
    {
        var record = ReaderRecord(Records.Measure1() with { ApplicationId = "R-2", DistrictCode = 0 }, new Problem(RecordField.DistrictCode, string.Empty, ProblemCode.Required, null));

        Engine.Replay(DecisionRecord.Parse(record.ToJson())).Status.Should().Be(ReplayStatus.Reproduces);
    }

    [Fact]
    public void Replay_RuleProblemOnTheMeasureEdited_RederivedAndNamed()
    {
        var json = AuditCases.Edit(AuditCases.ByName["undefined-measure"].ToJson(), r => r["decision"]!["problems"]![0]!["expected"] = "1…19");

        var result = Engine.Replay(DecisionRecord.Parse(json));

        result.Differences.Should().Contain(new ReplayDifference("decision.problems[0].expected", "1…19", "1…16, 7a…7d"));
    }

    [Fact]
    public void Replay_RequiredProblemOfTheRulesEdited_RederivedAndNamed()
    {
        var input = Records.Measure1() with { ApplicationId = "Q-1", CreditCode = null };
        var decision = Engine.Evaluate(input, Today);
        decision.Problems.Should().Contain(p => p.Code == ProblemCode.Required && p.Field == RecordField.CreditCode);
        var index = decision.Problems.IndexOf(decision.Problems.First(p => p.Field == RecordField.CreditCode));
        var json = AuditCases.Edit(Engine.CreateRecord(input, decision, Today).ToJson(), r => r["decision"]!["problems"]![index]!["value"] = "x");

        var result = Engine.Replay(DecisionRecord.Parse(json));

        result.Differences.Should().Contain(d => d.Field == $"decision.problems[{index}].value" && d.Recorded == "x");
    }

    [Fact]
    public void Replay_OtherParametersMakeTheRecordEligible_OtherPolicyComparedAsInABatch()
    {
        var input = Records.Measure7c(revenue: 19_999_999.99m) with { ApplicationId = "O-1", OtherPolicyAwardYuan = 5_000_000m, OtherPolicyName = "其他政策" };
        var decision = Engine.Evaluate(input, Today);
        decision.Outcome.Should().Be(Outcome.Ineligible);
        decision.NonDuplication.Should().BeNull();
        var record = Engine.CreateRecord(input, decision, Today);
        var lower = PolicyParameters.Default.With(b => b.Measure7c = b.Measure7c with { RevenueThresholdYuan = 10_000_000m });

        var result = Engine.Replay(record, lower);

        result.Status.Should().Be(ReplayStatus.Differs);
        result.Differences.Should().Contain(new ReplayDifference("decision.outcome", "Ineligible", "Eligible"));
        result.Differences.Should().Contain(d => d.Field == "decision.reason" && d.Replayed == "superseded-by-other-policy");
        result.Differences.Should().Contain(d => d.Field == "decision.non_duplication" && d.Recorded == null && d.Replayed!.Contains("\"other_policy_award_yuan\":5000000"));
        result.Differences.Select(d => d.Field).Should().NotContain("decision.payable_yuan", "the other policy's 5,000,000 keeps the support");
    }

    [Fact]
    public void AddChongqingServicePolicy_NullArguments_ThrowNamingThem()
    {
        Named(() => PolicyServiceCollectionExtensions.AddChongqingServicePolicy(null!)).Should().Be("services");
        Named(() => PolicyServiceCollectionExtensions.AddChongqingServicePolicy(null!, b => { })).Should().Be("services");
        Named(() => PolicyServiceCollectionExtensions.AddChongqingServicePolicy(null!, PolicyParameters.Default)).Should().Be("services");
        Named(() => new ServiceCollection().AddChongqingServicePolicy((PolicyParameters)null!)).Should().Be("parameters");
    }

    private static DecisionRecord ReaderRecord(ApplicationRecord input, Problem problem) =>
        Engine.CreateRecord(input, Decision.ForInvalidInput(input.ApplicationId, input.EffectiveSubjectId, input.Measure, Today, [problem]), Today);

    private static string? Named(Action act) => act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName;
}
