using System.Collections.Immutable;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using FluentAssertions;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// A decision keeps what most decisions lack (problems, 就高不重复, a payable amount other than the one its outcome gives)
/// in one place; whatever combination it was made with reads back exactly, the payable amount's scale included.
/// </summary>
public sealed class DecisionStorageTests
{
    private static readonly LocalDate Day = new(2025, 3, 1);

    public static TheoryData<string, string, string, bool, bool, string?> Combinations => new()
    {
        // outcome, award, payable, problems, 就高不重复, suppression
        { "Eligible", "300000.00", "300000.00", false, false, null },
        { "Eligible", "300000.00", "0", false, false, null },
        { "Eligible", "300000.00", "120000.00", false, false, null },
        { "Eligible", "300000.00", "300000.0", false, false, null },
        { "Eligible", "300000.00", "300000.00", false, true, "None" },
        { "Eligible", "300000.00", "0", false, true, "SupersededByHigher" },
        { "Eligible", "300000.00", "0.00", false, true, "SupersededByHigher" },
        { "Eligible", "300000.00", "300000.00", false, true, "SupersededByHigher" },
        { "Eligible", "300000.00", "300000.00", true, true, "None" },
        { "Ineligible", "0", "0", false, false, null },
        { "Ineligible", "0", "0.00", false, false, null },
        { "Ineligible", "0", "-0", false, false, null },
        { "Invalid", "0", "0", true, false, null },
        { "Invalid", "0", "5", true, false, null },
        { "NeedsReview", "80000.00", "0", false, false, null },
        { "NeedsReview", "80000.00", "80000.00", false, false, null },

        // Awards of every width (a mantissa of 56, 57 and 96 bits), negative, and at the largest scale.
        { "Eligible", "72057594037927935", "72057594037927935", false, false, null },
        { "Eligible", "72057594037927936", "72057594037927936", false, false, null },
        { "Eligible", "720575940379279.36", "0", false, true, "SupersededByHigher" },
        { "Eligible", "79228162514264337593543950335", "79228162514264337593543950335", true, true, "None" },
        { "Ineligible", "-1.5", "0", false, false, null },
        { "Ineligible", "0.0000000000000000000000000001", "0", false, false, null },

        // A payable amount that differs from the award in the high word of its mantissa alone (2^64 and 2^64 + 5 against
        // 0 and 5): kept as given, not taken for the award.
        { "Eligible", "18446744073709551616", "0", false, false, null },
        { "Eligible", "18446744073709551621", "5", false, false, null },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Restore_AnyCombination_ReadsBackAsMade(string outcome, string award, string payable, bool withProblems, bool withNonDuplication, string? suppression)
    {
        var awardYuan = decimal.Parse(award, System.Globalization.CultureInfo.InvariantCulture);
        var payableYuan = payable == "-0" ? new decimal(0, 0, 0, true, 0) : decimal.Parse(payable, System.Globalization.CultureInfo.InvariantCulture);
        var problems = withProblems ? ImmutableArray.Create(new Problem(RecordField.CreditCode, "X", ProblemCode.CreditCodeLength, "18")) : ImmutableArray<Problem>.Empty;
        var nonDuplication = withNonDuplication ? NonDuplicationOf(Enum.Parse<SuppressionKind>(suppression!)) : null;

        var decision = Decision.Restore(
            "A-1", "S-1", MeasureId.Measure1, Day, Enum.Parse<Outcome>(outcome), awardYuan, payableYuan, ReasonCode.RateApplied, ReasonCode.CapApplied,
            ImmutableArray<TraceStep>.Empty, problems, nonDuplication, MeasureCatalogue.Default.Get(MeasureId.Measure1));

        decision.Outcome.Should().Be(Enum.Parse<Outcome>(outcome));
        decimal.GetBits(decision.AwardYuan).Should().Equal(decimal.GetBits(awardYuan));
        decimal.GetBits(decision.PayableYuan).Should().Equal(decimal.GetBits(payableYuan));
        decision.Problems.Should().Equal(problems);
        decision.NonDuplication.Should().BeSameAs(nonDuplication);
        decision.AwardReason.Should().Be(ReasonCode.RateApplied);
        decision.Reason.Should().Be(ReasonCode.CapApplied);
    }

    [Fact]
    public void EngineDecision_EligibleAndInvalid_PayableAndProblemsAsTheOutcomeGives()
    {
        var engine = new PolicyEngine();
        var record = new ApplicationRecord
        {
            ApplicationId = "CQ2025-0001", Measure = MeasureId.Measure1, CreditCode = "91500103MA00001XY9", DistrictCode = 500103,
            ApplicationDate = Day, ProducerService = true, TotalInvestmentYuan = 80_000_000m, ApprovedInvestmentYuan = 30_000_000m,
        };

        var eligible = engine.Evaluate(record);
        var invalid = engine.Evaluate(record with { CreditCode = "915001" });

        eligible.Outcome.Should().Be(Outcome.Eligible);
        decimal.GetBits(eligible.PayableYuan).Should().Equal(decimal.GetBits(eligible.AwardYuan));
        eligible.Problems.Should().BeEmpty();
        eligible.NonDuplication.Should().BeNull();
        invalid.Outcome.Should().Be(Outcome.Invalid);
        decimal.GetBits(invalid.PayableYuan).Should().Equal(decimal.GetBits(0m));
        invalid.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCode.CreditCodeLength);
        invalid.NonDuplication.Should().BeNull();
    }

    [Theory]
    [InlineData("5000000.00")]
    [InlineData("720575940379279.35")]
    [InlineData("720575940379279.36")]
    [InlineData("100000000000000000000.00")]
    public void EngineDecision_AnyAward_ReadsBackWhole(string amount)
    {
        var engine = new PolicyEngine();
        var overrideYuan = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var record = new ApplicationRecord
        {
            ApplicationId = "CQ2025-0001", Measure = MeasureId.Measure1, CreditCode = "91500103MA00001XY9", DistrictCode = 500103,
            ApplicationDate = Day, ProducerService = true, TotalInvestmentYuan = 80_000_000m, ApprovedInvestmentYuan = 30_000_000m,
            OverrideAmountYuan = overrideYuan, OverrideApprovalRef = "渝府〔2025〕1号",
        };

        var decision = engine.Evaluate(record);

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.Reason.Should().Be(ReasonCode.OverrideApplied);
        decimal.GetBits(decision.AwardYuan).Should().Equal(decimal.GetBits(overrideYuan));
        decimal.GetBits(decision.PayableYuan).Should().Equal(decimal.GetBits(overrideYuan));
        decision.Problems.Should().BeEmpty();
        decision.NonDuplication.Should().BeNull();
    }

    [Fact]
    public void WithNonDuplication_OnASuppressedDecision_KeepsItsPayableOfZero()
    {
        var decision = Decision.Restore(
            "A-1", "S-1", MeasureId.Measure1, Day, Outcome.Eligible, 300_000.00m, 300_000.00m, ReasonCode.RateApplied, ReasonCode.RateApplied,
            ImmutableArray<TraceStep>.Empty, ImmutableArray<Problem>.Empty, null, MeasureCatalogue.Default.Get(MeasureId.Measure1));

        var suppressed = decision.WithNonDuplication(NonDuplicationOf(SuppressionKind.SupersededByHigher));
        var again = suppressed.WithNonDuplication(NonDuplicationOf(SuppressionKind.None));

        suppressed.PayableYuan.Should().Be(0m);
        suppressed.Reason.Should().Be(ReasonCode.SupersededByHigher);
        again.PayableYuan.Should().Be(0m);
        again.NonDuplication!.Suppression.Should().Be(SuppressionKind.None);
        again.Reason.Should().Be(ReasonCode.RateApplied);
    }

    private static NonDuplication NonDuplicationOf(SuppressionKind suppression) =>
        new("S-1", ["A-1", "A-2"], "A-2", MeasureId.Measure1, 400_000m, null, null, suppression);
}
