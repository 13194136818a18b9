using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// The checks every rule makes of the common fields and the steps it shares: the other policy's award, the measures an
/// override is refused with, rule X1 for dates of another calendar, and rule X4 under each rounding unit.
/// </summary>
public sealed class MeasureRuleCommonCheckTests
{
    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2025, 6, 1, 4, 0));

    private static readonly PolicyEngine Engine = Records.Engine();

    [Theory]
    [InlineData("-0.01", "-0.01")]
    [InlineData("-3000000", "-3000000")]
    public void Evaluate_NegativeOtherPolicyAward_InvalidMustNotBeNegative(string amount, string shown)
    {
        var record = Records.Measure13() with { OtherPolicyAwardYuan = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), OtherPolicyName = "渝府发〔2023〕1号" };

        var decision = Engine.Evaluate(record);

        decision.ShouldBeInvalid(new Problem(RecordField.OtherPolicyAwardYuan, shown, ProblemCode.MustNotBeNegative));
    }

    [Fact]
    public void Evaluate_OtherPolicyAwardOfMinusZero_NotRefused()
    {
        // A zero with its sign bit set (the literal -0m is folded to a plain zero).
        var minusZero = new decimal(0, 0, 0, isNegative: true, scale: 2);
        decimal.IsNegative(minusZero).Should().BeTrue();
        var record = Records.Measure13() with { OtherPolicyAwardYuan = minusZero, OtherPolicyName = "渝府发〔2023〕1号" };

        var decision = Engine.Evaluate(record);

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_OverrideForAMeasureThatTakesNone_NamesEveryMeasureThatDoesSeparatedByCommas()
    {
        var engine = new PolicyEngine(
            PolicyParameters.Default.With(b => b.General = b.General with { OverrideMeasures = [MeasureId.Measure1, MeasureId.Measure7a, MeasureId.Measure13] }),
            Clock);
        var record = Records.Measure2() with { OverrideAmountYuan = 3_000_000m, OverrideApprovalRef = "渝发改〔2025〕9号" };

        var decision = engine.Evaluate(record);

        decision.ShouldBeInvalid(new Problem(RecordField.OverrideAmountYuan, "3000000", ProblemCode.OverrideNotPermitted, "1,7a,13"));
    }

    [Fact]
    public void Evaluate_ApplicationDateOfAnotherCalendar_RefusedAsNodaTimeRefusesTheComparison()
    {
        var julian = new LocalDate(2025, 3, 1, CalendarSystem.Julian);
        var record = Records.Measure13() with { ApplicationDate = julian };

        var act = () => Engine.Evaluate(record);

        act.Should().ThrowExactly<ArgumentException>().WithMessage(
            "The date 2025-03-01 is of the Julian calendar and the policy's validity of the ISO calendar; dates of different calendars cannot be compared.");
    }

    [Theory]
    [InlineData(2024, 11, 5, false)]
    [InlineData(2024, 11, 6, true)]
    [InlineData(2027, 12, 18, true)]
    [InlineData(2027, 12, 19, false)]
    public void Evaluate_ValidityOfAnotherCalendar_DatesOfThatCalendarComparedWithinIt(int year, int month, int day, bool inForce)
    {
        // The default window (ISO 2024-11-19 to 2027-12-31) written in the Julian calendar, 13 days behind.
        var engine = new PolicyEngine(
            PolicyParameters.Default.With(b => b.General = b.General with
            {
                ValidFrom = new LocalDate(2024, 11, 6, CalendarSystem.Julian),
                ValidTo = new LocalDate(2027, 12, 18, CalendarSystem.Julian),
            }),
            Clock);
        var date = new LocalDate(year, month, day, CalendarSystem.Julian);

        var decision = engine.Evaluate(Records.Measure13() with { ApplicationDate = date });

        decision.Outcome.Should().Be(inForce ? Outcome.Eligible : Outcome.NotApplicable);
        var iso = () => engine.Evaluate(Records.Measure13());
        iso.Should().ThrowExactly<ArgumentException>().WithMessage(
            "The date 2025-03-01 is of the ISO calendar and the policy's validity of the Julian calendar; dates of different calendars cannot be compared.");
    }

    /// <summary>unit, override amount, award: rule X4 rounds an approved amount down to the unit, whatever its places.</summary>
    public static TheoryData<decimal, decimal, decimal> OverrideRounding => new()
    {
        { 0.01m, 1_234_567.891m, 1_234_567.89m },
        { 0.01m, 1_234_567.899m, 1_234_567.89m },
        { 0.01m, 1_234_567.8m, 1_234_567.80m },
        { 1m, 1_234_567.89m, 1_234_567m },
        { 1m, 1_234_567.8m, 1_234_567m },
        { 1m, 1_234_567m, 1_234_567m },
        { 100m, 1_234_567.89m, 1_234_500m },
        { 100m, 1_234_567m, 1_234_500m },
    };

    [Theory]
    [MemberData(nameof(OverrideRounding))]
    public void Evaluate_OverrideOfAnyPlaces_RoundedDownToTheUnit(decimal unit, decimal amount, decimal award)
    {
        var engine = new PolicyEngine(PolicyParameters.Default.With(b => b.General = b.General with { RoundingUnitYuan = unit }), Clock);
        var record = Records.Measure1() with { OverrideAmountYuan = amount, OverrideApprovalRef = "渝府办〔2025〕9号" };

        var decision = engine.Evaluate(record);

        decision.ShouldBe(Outcome.Eligible, award, award, ReasonCode.OverrideApplied);
        decision.AwardYuan.Scale.Should().Be(unit == 0.01m ? (byte)2 : award.Scale, "an award in fen is given at two places");
        decision.Single(TraceCode.Rounding).Should().Be(DecisionChecks.RoundingStep(amount, award, unit));
    }
}
