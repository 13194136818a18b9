using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// A legacy district code inside the transition (500105 江北区 and 500112 渝北区, abolished on 2025-11-06 for 500157
/// 两江新区, accepted until 2026-01-24) is accepted with a step of its own, right after rule X1's: the code held, the
/// successor named, the last day of the tolerance; the step passed, and binds no amount.
/// </summary>
public sealed class DistrictTransitionStepTests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    [Theory]
    [InlineData(500105, 2025, 11, 6)]
    [InlineData(500112, 2026, 1, 24)]
    public void Evaluate_LegacyCodeInTransition_TransitionStepPassedNotBindingWithCodeSuccessorAndLastDay(int code, int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        var decision = Engine.Evaluate(Records.Measure1() with { DistrictCode = code, ApplicationDate = date });

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.AwardYuan.Should().Be(3_000_000m);
        decision.Trace[0].Should().Be(new TraceStep(
            TraceCode.ValidityWindow, PolicyClause.Validity, RecordField.ApplicationDate, true, false,
            TraceValue.Date(date), TraceValue.Date(Records.FirstValidDay), TraceValue.Date(Records.LastValidDay)));
        var step = decision.Trace[1];
        step.Should().Be(new TraceStep(
            TraceCode.DistrictTransition, PolicyClause.DistrictRegistry, RecordField.DistrictCode, passed: true, isBinding: false,
            TraceValue.Of(code, ValueUnit.DistrictCode), TraceValue.Of(500157, ValueUnit.DistrictCode), TraceValue.Date(new LocalDate(2026, 1, 24))));
        step.Passed.Should().BeTrue("a code in its transition is accepted");
        step.IsBinding.Should().BeFalse("the step names no amount");
        step.Text.Should().BeNull();
        decision.Trace.Count(s => s.IsBinding).Should().Be(1, "only measure (1)'s share of the approved investment binds");
    }
}
