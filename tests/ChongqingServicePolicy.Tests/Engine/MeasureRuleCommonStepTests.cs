using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Engine;

/// <summary>
/// What every rule does before its measure's own conditions: the null record refused by name, the date taken from the
/// clock recorded as a whole step, a record for another measure, and an application id that is blank or empty.
/// </summary>
public sealed class MeasureRuleCommonStepTests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    [Fact]
    public void Evaluate_NullRecord_RefusedByName()
    {
        var rule = Engine.GetRule(MeasureId.Measure13);

        var act = () => rule.Evaluate(null!, Records.Date);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("record");
    }

    [Fact]
    public void Evaluate_NoApplicationDate_DateFromTheClockIsAPassedStepThatBindsNothing()
    {
        var today = new LocalDate(2025, 6, 1);

        var decision = Engine.GetRule(MeasureId.Measure13).Evaluate(Records.Measure13(2_000_000m) with { ApplicationDate = null }, today);

        decision.Trace[0].Should().Be(new TraceStep(TraceCode.DateFromClock, PolicyClause.Validity, RecordField.ApplicationDate, true, false, TraceValue.Date(today)));
    }

    [Fact]
    public void Evaluate_RecordOfAnotherMeasure_NamesBothMeasuresByCode()
    {
        var rule = Engine.GetRule(MeasureId.Measure13);

        var other = rule.Evaluate(Records.Measure7a(), Records.Date);
        var undefined = rule.Evaluate(Records.Measure13(2_000_000m) with { Measure = (MeasureId)99 }, Records.Date);

        other.Outcome.Should().Be(Outcome.Invalid);
        other.Problems.Should().Contain(new Problem(RecordField.Measure, "7a", ProblemCode.UndefinedValue, "13"));
        undefined.Outcome.Should().Be(Outcome.Invalid);
        undefined.Problems.Should().Contain(new Problem(RecordField.Measure, "99", ProblemCode.UndefinedValue, "13"));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("   ", "   ")]
    public void Evaluate_BlankApplicationId_RequiredWithTheValueAsGiven(string id, string? value)
    {
        var decision = Engine.Evaluate(Records.Measure13(2_000_000m) with { ApplicationId = id });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Contain(new Problem(RecordField.ApplicationId, value, ProblemCode.Required));
    }

    [Theory]
    [InlineData(2024, 11, 18, false)]
    [InlineData(2024, 11, 19, true)]
    [InlineData(2024, 12, 1, true)]
    [InlineData(2025, 1, 5, true)]
    [InlineData(2027, 12, 31, true)]
    [InlineData(2028, 1, 1, false)]
    public void Evaluate_DatesAcrossMonthsAndYears_InForceWithinTheWindowOnly(int year, int month, int day, bool inForce)
    {
        var decision = Engine.Evaluate(Records.Measure13(2_000_000m) with { ApplicationDate = new LocalDate(year, month, day) });

        decision.Outcome.Should().Be(inForce ? Outcome.Eligible : Outcome.NotApplicable);
    }
}
