using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Cross;

/// <summary>Rule X1 (validity 2024-11-19 to 2027-12-31) and the district registry by date.</summary>
public sealed class ValidityAndDistrictTests
{
    private static readonly int[] UnitsBeforeReorganisation =
    [
        500101, 500102, 500103, 500104, 500105, 500106, 500107, 500108, 500109, 500110,
        500111, 500112, 500113, 500114, 500115, 500116, 500117, 500118, 500119, 500120,
        500151, 500152, 500153, 500154, 500155, 500156,
        500229, 500230, 500231, 500233, 500235, 500236, 500237, 500238, 500240, 500241, 500242, 500243,
    ];

    private readonly PolicyEngine _engine = Records.Engine();

    [Theory]
    [InlineData(2024, 11, 18, Outcome.NotApplicable, 0)]
    [InlineData(2024, 11, 19, Outcome.Eligible, 3_000_000)]
    [InlineData(2027, 12, 31, Outcome.Eligible, 3_000_000)]
    [InlineData(2028, 1, 1, Outcome.NotApplicable, 0)]
    [InlineData(2000, 1, 1, Outcome.NotApplicable, 0)]
    public void Evaluate_AroundValidityBoundaries_InForceInclusive(int year, int month, int day, Outcome outcome, int award)
    {
        var date = new LocalDate(year, month, day);

        var decision = _engine.Evaluate(Records.Measure1() with { ApplicationDate = date });

        decision.Outcome.Should().Be(outcome);
        decision.AwardYuan.Should().Be(award);
        decision.Reason.Should().Be(outcome == Outcome.NotApplicable ? ReasonCode.OutsideValidity : ReasonCode.RateApplied);
        var step = decision.Trace[0];
        step.Code.Should().Be(TraceCode.ValidityWindow);
        step.Passed.Should().Be(outcome != Outcome.NotApplicable);
        step.Left.AsDate().Should().Be(date);
        step.Right.AsDate().Should().Be(new LocalDate(2024, 11, 19));
        step.Result.AsDate().Should().Be(new LocalDate(2027, 12, 31));
    }

    [Fact]
    public void Evaluate_ValidToParameterMoved_BoundaryMoves()
    {
        var engine = new PolicyEngine(PolicyParameters.FromJson("""{ "general": { "valid_to": "2026-12-31" } }"""));

        engine.Evaluate(Records.Measure1() with { ApplicationDate = new LocalDate(2026, 12, 31) }).Outcome.Should().Be(Outcome.Eligible);
        engine.Evaluate(Records.Measure1() with { ApplicationDate = new LocalDate(2027, 1, 1) }).Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Fact]
    public void Explain_OutsideValidity_CitesSupplementaryProvisions()
    {
        var decision = _engine.Evaluate(Records.Measure1() with { ApplicationDate = new LocalDate(2028, 1, 1) });

        decision.Explain(Language.Chinese).Should().Contain("七、附则").And.Contain("2028-01-01").And.Contain("2027-12-31");
        decision.Explain(Language.English).Should().Contain("outside the policy's validity");
    }

    [Fact]
    public void UnitsInForceOn_DayBeforeReorganisation_The38UnitsOfTheText()
    {
        var units = DistrictRegistry.Default.UnitsInForceOn(new LocalDate(2025, 11, 5));

        units.Should().HaveCount(38);
        units.Select(u => u.Code).Should().Equal(UnitsBeforeReorganisation);
    }

    [Fact]
    public void UnitsInForceOn_ReorganisationDay_37UnitsWithLiangjiang()
    {
        var units = DistrictRegistry.Default.UnitsInForceOn(new LocalDate(2025, 11, 6));

        units.Should().HaveCount(37);
        units.Select(u => u.Code).Should().Equal(
            UnitsBeforeReorganisation.Where(c => c is not (500105 or 500112)).Append(500157).Order());
        units.Single(u => u.Code == 500157).NameZh.Should().Be("两江新区");
    }

    [Fact]
    public void UnitsInForceOn_PolicyIssueAndLastDay_38And37()
    {
        DistrictRegistry.Default.UnitsInForceOn(new LocalDate(2024, 11, 19)).Should().HaveCount(38);
        DistrictRegistry.Default.UnitsInForceOn(new LocalDate(2027, 12, 31)).Should().HaveCount(37);
        DistrictRegistry.Default.Units.Should().HaveCount(39);
    }

    [Fact]
    public void Registry_AbolishedUnits_NameSuccessor()
    {
        DistrictRegistry.Default.TryGet(500105, out var jiangbei).Should().BeTrue();
        jiangbei!.ValidTo.Should().Be(new LocalDate(2025, 11, 5));
        jiangbei.SuccessorCode.Should().Be(500157);
        DistrictRegistry.Default.TryGet(500112, out var yubei).Should().BeTrue();
        yubei!.ValidTo.Should().Be(new LocalDate(2025, 11, 5));
        yubei.SuccessorCode.Should().Be(500157);
        DistrictRegistry.Default.TryGet(500157, out var liangjiang).Should().BeTrue();
        liangjiang!.ValidFrom.Should().Be(new LocalDate(2025, 11, 6));
        liangjiang.ValidTo.Should().BeNull();
    }

    [Theory]
    [InlineData(500105, 2025, 11, 5, DistrictStatus.InForce)]
    [InlineData(500105, 2025, 11, 6, DistrictStatus.Transitional)]
    [InlineData(500112, 2026, 1, 24, DistrictStatus.Transitional)]
    [InlineData(500112, 2026, 1, 25, DistrictStatus.Abolished)]
    [InlineData(500157, 2025, 11, 5, DistrictStatus.NotYetInForce)]
    [InlineData(500157, 2025, 11, 6, DistrictStatus.InForce)]
    [InlineData(500199, 2025, 3, 1, DistrictStatus.Unknown)]
    public void Check_CodeOnDate_Status(int code, int year, int month, int day, DistrictStatus status)
    {
        var check = DistrictRegistry.Default.Check(code, new LocalDate(year, month, day), new LocalDate(2026, 1, 24));

        check.Status.Should().Be(status);
        check.IsAccepted.Should().Be(status is DistrictStatus.InForce or DistrictStatus.Transitional);
        if (status is DistrictStatus.Transitional or DistrictStatus.Abolished)
        {
            check.Successor!.Code.Should().Be(500157);
        }
    }

    [Fact]
    public void Evaluate_LiangjiangBeforeCreation_InvalidDistrictNotYetInForce()
    {
        var decision = _engine.Evaluate(Records.Measure1() with { DistrictCode = 500157, ApplicationDate = new LocalDate(2025, 11, 5) });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Equal(new Problem(RecordField.DistrictCode, "500157", ProblemCode.DistrictNotYetInForce, "2025-11-06"));
    }

    [Fact]
    public void Evaluate_LiangjiangFromCreation_EligibleWithoutTransition()
    {
        var decision = _engine.Evaluate(Records.Measure1() with { DistrictCode = 500157, ApplicationDate = new LocalDate(2025, 11, 6) });

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.AwardYuan.Should().Be(3_000_000m);
        decision.Trace.Should().NotContain(s => s.Code == TraceCode.DistrictTransition);
    }

    [Theory]
    [InlineData(500105, 2025, 11, 6)]
    [InlineData(500105, 2026, 1, 24)]
    [InlineData(500112, 2025, 11, 6)]
    [InlineData(500112, 2026, 1, 24)]
    public void Evaluate_AbolishedCodeInTransition_AcceptedNamingSuccessor(int code, int year, int month, int day)
    {
        var decision = _engine.Evaluate(Records.Measure1() with { DistrictCode = code, ApplicationDate = new LocalDate(year, month, day) });

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.AwardYuan.Should().Be(3_000_000m);
        decision.Problems.Should().BeEmpty();
        var step = decision.Trace.Should().ContainSingle(s => s.Code == TraceCode.DistrictTransition).Subject;
        step.Field.Should().Be(RecordField.DistrictCode);
        step.Left.Should().Be(TraceValue.Of(code, ValueUnit.DistrictCode));
        step.Right.Should().Be(TraceValue.Of(500157, ValueUnit.DistrictCode));
        step.Result.AsDate().Should().Be(new LocalDate(2026, 1, 24));
        decision.Explain(Language.Chinese).Should().Contain("500157");
        decision.Explain(Language.English).Should().Contain("successor 500157");
    }

    [Theory]
    [InlineData(500105)]
    [InlineData(500112)]
    public void Evaluate_AbolishedCodeBeforeAbolition_AcceptedWithoutTransition(int code)
    {
        var decision = _engine.Evaluate(Records.Measure1() with { DistrictCode = code, ApplicationDate = new LocalDate(2025, 11, 5) });

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.Trace.Should().NotContain(s => s.Code == TraceCode.DistrictTransition);
    }

    [Theory]
    [InlineData(500105)]
    [InlineData(500112)]
    public void Evaluate_AbolishedCodeAfterTransition_InvalidDistrictAbolished(int code)
    {
        var decision = _engine.Evaluate(Records.Measure1() with { DistrictCode = code, ApplicationDate = new LocalDate(2026, 1, 25) });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Reason.Should().Be(ReasonCode.InvalidInput);
        decision.Problems.Should().Equal(
            new Problem(RecordField.DistrictCode, code.ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemCode.DistrictAbolished, "500157"));
    }

    [Fact]
    public void Evaluate_NoLegacyTransition_AbolishedCodeRefusedFromReorganisation()
    {
        var engine = new PolicyEngine(PolicyParameters.FromJson("""{ "general": { "legacy_district_codes_accepted_until": null } }"""));
        engine.Parameters.General.LegacyDistrictCodesAcceptedUntil.Should().BeNull();

        var onDay = engine.Evaluate(Records.Measure1() with { DistrictCode = 500105, ApplicationDate = new LocalDate(2025, 11, 6) });
        var before = engine.Evaluate(Records.Measure1() with { DistrictCode = 500105, ApplicationDate = new LocalDate(2025, 11, 5) });

        onDay.Outcome.Should().Be(Outcome.Invalid);
        onDay.Problems.Should().Equal(new Problem(RecordField.DistrictCode, "500105", ProblemCode.DistrictAbolished, "500157"));
        onDay.Trace.Should().NotContain(s => s.Code == TraceCode.DistrictTransition);
        before.Outcome.Should().Be(Outcome.Eligible);
    }

    [Fact]
    public void Evaluate_LongerLegacyTransition_AcceptedUntilNewDay()
    {
        var engine = new PolicyEngine(PolicyParameters.FromJson("""{ "general": { "legacy_district_codes_accepted_until": "2026-06-30" } }"""));

        var decision = engine.Evaluate(Records.Measure1() with { DistrictCode = 500112, ApplicationDate = new LocalDate(2026, 6, 30) });

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.Trace.Single(s => s.Code == TraceCode.DistrictTransition).Result.AsDate().Should().Be(new LocalDate(2026, 6, 30));
        engine.Evaluate(Records.Measure1() with { DistrictCode = 500112, ApplicationDate = new LocalDate(2026, 7, 1) })
            .Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCode.DistrictAbolished);
    }

    [Theory]
    [InlineData(500199)]
    [InlineData(500100)]
    [InlineData(110101)]
    [InlineData(0)]
    public void Evaluate_UnknownDistrictCode_InvalidUnknownDistrict(int code)
    {
        var decision = _engine.Evaluate(Records.Measure1() with { DistrictCode = code });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Equal(
            new Problem(RecordField.DistrictCode, code.ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemCode.UnknownDistrict));
    }

    [Fact]
    public void Evaluate_AbolishedCodeOutsideValidity_DistrictCheckedFirst()
    {
        // Problems come before X1: a record dated after the policy with an abolished code is invalid, not "not applicable".
        var decision = _engine.Evaluate(Records.Measure1() with { DistrictCode = 500105, ApplicationDate = new LocalDate(2028, 1, 1) });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCode.DistrictAbolished);
    }
}
