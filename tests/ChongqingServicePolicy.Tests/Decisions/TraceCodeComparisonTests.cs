using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// Every trace code with the comparison its steps make (which records write as <c>comparison</c>), and the refusal of a
/// code that is not defined.
/// </summary>
public sealed class TraceCodeComparisonTests
{
    public static TheoryData<TraceCode, TraceComparison> Comparisons => new()
    {
        { TraceCode.DateFromClock, TraceComparison.None },
        { TraceCode.ValidityWindow, TraceComparison.Within },
        { TraceCode.DistrictTransition, TraceComparison.None },
        { TraceCode.FlagRequired, TraceComparison.IsTrue },
        { TraceCode.GradeRequired, TraceComparison.Equal },
        { TraceCode.FieldListed, TraceComparison.Lookup },
        { TraceCode.AmountPositive, TraceComparison.GreaterThan },
        { TraceCode.ThresholdExceeded, TraceComparison.GreaterThan },
        { TraceCode.ThresholdReached, TraceComparison.GreaterOrEqual },
        { TraceCode.ShareOfBase, TraceComparison.Product },
        { TraceCode.AbsoluteCap, TraceComparison.Ceiling },
        { TraceCode.MajorProjectCap, TraceComparison.Ceiling },
        { TraceCode.TierAward, TraceComparison.Lookup },
        { TraceCode.TierFromGrowth, TraceComparison.Lookup },
        { TraceCode.RestrictedUses, TraceComparison.None },
        { TraceCode.AmountNotFixed, TraceComparison.None },
        { TraceCode.NonMonetarySupport, TraceComparison.None },
        { TraceCode.OverrideApplied, TraceComparison.Replace },
        { TraceCode.Rounding, TraceComparison.RoundDown },
        { TraceCode.CompositeScore, TraceComparison.None },
        { TraceCode.RankAward, TraceComparison.AtMost },
        { TraceCode.TieAtBoundary, TraceComparison.AtMost },
        { TraceCode.EligibleFrom, TraceComparison.Distance },
        { TraceCode.CapReachedFrom, TraceComparison.Distance },
        { TraceCode.NextTierFrom, TraceComparison.Distance },
        { TraceCode.NextTier, TraceComparison.Lookup },
        { TraceCode.TopTier, TraceComparison.None },
        { TraceCode.ScoreToNextBand, TraceComparison.None },
    };

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Comparison_EveryCode_TheComparisonItsStepsMake(TraceCode code, TraceComparison comparison)
    {
        var step = new TraceStep(code, PolicyClause.Measure1, RecordField.Record, true, false, TraceValue.Yuan(1m));

        step.Comparison.Should().Be(comparison);
    }

    [Fact]
    public void Comparisons_TableAbove_NamesEveryDefinedCode()
    {
        Comparisons.Select(row => (TraceCode)row[0]).Should().Equal(Enum.GetValues<TraceCode>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    [InlineData(255)]
    public void ToCode_UndefinedCode_RefusedNamingIt(int value)
    {
        var act = () => ((TraceCode)value).ToCode();

        var thrown = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("code");
        thrown.ActualValue.Should().Be((TraceCode)value);
        thrown.Message.Should().StartWith("Unknown trace code.");
    }
}
