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
        var record = Records.Measure13() with { OtherPolicyAwardYuan = -0m, OtherPolicyName = "渝府发〔2023〕1号" };

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

        act.Should().Throw<ArgumentException>();
    }
}
