using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using CsCheck;
using NodaTime;
using static ChongqingServicePolicy.Tests.Properties.Generators;

namespace ChongqingServicePolicy.Tests.Properties;

/// <summary>Rule X1 for every date, district codes by date, and the credit code's check character.</summary>
public sealed class ValidityPropertyTests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    [Fact]
    public void Evaluate_AnyDate_NotApplicableExactlyOutsideTheValidity()
    {
        AnyMeasure(AnyDate).Sample(
            record =>
            {
                var decision = Engine.Evaluate(record);

                var date = record.ApplicationDate!.Value;
                var inForce = date >= ValidFrom && date <= ValidTo;
                var window = decision.Trace.Single(s => s.Code == TraceCode.ValidityWindow);
                window.Passed.Should().Be(inForce);
                if (inForce)
                {
                    decision.Outcome.Should().NotBe(Outcome.NotApplicable).And.NotBe(Outcome.Invalid);
                }
                else
                {
                    decision.Outcome.Should().Be(Outcome.NotApplicable, "{0} is outside 2024-11-19…2027-12-31", date);
                    decision.Reason.Should().Be(ReasonCode.OutsideValidity);
                    decision.AwardYuan.Should().Be(0m);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_AnyDistrictOnAnyDate_InvalidExactlyWhenNotInForceOrInTransition()
    {
        var codes = DistrictRegistry.Default.Units.Select(u => u.Code).Concat([500100, 500158, 500200, 510103, 0, -500103]).ToArray();
        Gen.Select(AnyMeasure(DateInForce), Gen.OneOf(codes), AnyDate).Sample(
            (record, code, date) =>
            {
                var decision = Engine.Evaluate(record with { DistrictCode = code, ApplicationDate = date });

                var known = DistrictRegistry.Default.TryGet(code, out var unit);
                var transition = known && unit!.SuccessorCode is not null && date > unit.ValidTo && date <= new LocalDate(2026, 1, 24);
                var accepted = known && (unit!.IsInForceOn(date) || transition);
                var districtProblems = decision.Problems.Where(p => p.Field == RecordField.DistrictCode).ToList();
                if (accepted)
                {
                    districtProblems.Should().BeEmpty();
                    decision.Trace.Any(s => s.Code == TraceCode.DistrictTransition).Should().Be(transition && date >= ValidFrom && date <= ValidTo);
                }
                else
                {
                    decision.Outcome.Should().Be(Outcome.Invalid, "{0} is not a unit on {1}", code, date);
                    districtProblems.Should().ContainSingle().Which.Code.Should().Be(
                        !known ? ProblemCode.UnknownDistrict : date < unit!.ValidFrom ? ProblemCode.DistrictNotYetInForce : ProblemCode.DistrictAbolished);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void CreditCode_AnyValidCodeWithOneCharacterChanged_IsRefused()
    {
        Gen.Select(CreditCode, Gen.Int[0, 17]).Sample(
            (code, position) =>
            {
                UnifiedSocialCreditCode.Check(code).Should().Be(CreditCodeCheck.Valid);
                var changed = ChangeOne(code, position);
                changed.Should().NotBe(code);

                UnifiedSocialCreditCode.Check(changed).Should().NotBe(CreditCodeCheck.Valid, "one changed character of {0} is always caught", code);
                var decision = Engine.Evaluate(Records.Measure7a() with { CreditCode = changed });
                decision.Outcome.Should().Be(Outcome.Invalid);
                decision.Problems.Count(p => p.Field == RecordField.CreditCode).Should().Be(1);
            },
            iter: Iterations);
    }
}
