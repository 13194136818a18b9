using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>Assertions and expected trace steps shared by the measure tests.</summary>
internal static class DecisionChecks
{
    /// <summary>The day before the policy is in force (X1).</summary>
    public static readonly LocalDate DayBeforeValidity = new(2024, 11, 18);

    /// <summary>The day after the policy's last valid day (X1).</summary>
    public static readonly LocalDate DayAfterValidity = new(2028, 1, 1);

    /// <summary>The default rounding unit: one fen.</summary>
    public const decimal Fen = 0.01m;

    /// <summary>The X1 step for an application dated <paramref name="date"/> under the default validity.</summary>
    public static TraceStep ValidityStep(LocalDate date, bool inForce) =>
        new(TraceCode.ValidityWindow, PolicyClause.Validity, RecordField.ApplicationDate, inForce, false,
            TraceValue.Date(date), TraceValue.Date(Records.FirstValidDay), TraceValue.Date(Records.LastValidDay));

    /// <summary>The X4 step: <paramref name="ceiling"/> rounded down to <paramref name="unit"/> gives <paramref name="award"/>.</summary>
    public static TraceStep RoundingStep(decimal ceiling, decimal award, decimal unit = Fen) =>
        new(TraceCode.Rounding, PolicyClause.Rounding, RecordField.Record, true, false,
            TraceValue.Yuan(ceiling), TraceValue.Yuan(unit), TraceValue.Yuan(award));

    /// <summary>A yes/no fact the clause requires.</summary>
    public static TraceStep FlagStep(PolicyClause clause, RecordField field, bool value) =>
        new(TraceCode.FlagRequired, clause, field, value, false, TraceValue.Flag(value));

    /// <summary>Asserts the outcome, amounts and reasons of a decision not touched by 就高不重复.</summary>
    public static void ShouldBe(this Decision decision, Outcome outcome, decimal award, decimal payable, ReasonCode reason)
    {
        decision.Outcome.Should().Be(outcome, decision.ToString());
        decision.AwardYuan.Should().Be(award, decision.ToString());
        decision.PayableYuan.Should().Be(payable, decision.ToString());
        decision.AwardReason.Should().Be(reason, decision.ToString());
        decision.Reason.Should().Be(reason, decision.ToString());
    }

    /// <summary>Asserts a decision is refused as invalid with exactly the given problems, in any order.</summary>
    public static void ShouldBeInvalid(this Decision decision, params Problem[] problems)
    {
        decision.ShouldBe(Outcome.Invalid, 0m, 0m, ReasonCode.InvalidInput);
        decision.Problems.Should().BeEquivalentTo(problems);
        decision.Trace.Should().BeEmpty("an invalid record is not decided");
    }

    /// <summary>Asserts a decision is outside the policy's validity (X1), with the single validity step.</summary>
    public static void ShouldBeOutsideValidity(this Decision decision, LocalDate date)
    {
        decision.ShouldBe(Outcome.NotApplicable, 0m, 0m, ReasonCode.OutsideValidity);
        decision.Date.Should().Be(date);
        decision.Problems.Should().BeEmpty();
        decision.Trace.Should().Equal(ValidityStep(date, false));
    }

    /// <summary>The only step of a decision's trace with the given code.</summary>
    public static TraceStep Single(this Decision decision, TraceCode code) =>
        decision.Trace.Should().ContainSingle(s => s.Code == code).Which;

    /// <summary>The steps of a decision's trace with the given code, in order.</summary>
    public static TraceStep[] All(this Decision decision, TraceCode code) =>
        decision.Trace.Where(s => s.Code == code).ToArray();

    /// <summary>The codes of a decision's trace, in order.</summary>
    public static TraceCode[] Codes(this Decision decision) => decision.Trace.Select(s => s.Code).ToArray();

    /// <summary>The date of the given year, month and day.</summary>
    public static LocalDate Day(int year, int month, int day) => new(year, month, day);
}
