using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;

namespace ChongqingServicePolicy.Tests.Contracts;

/// <summary>Each trace step says which comparison it made, as X5 reads "超过" and "以上".</summary>
public sealed class TraceComparisonTests
{
    [Theory]
    [InlineData(TraceCode.ThresholdExceeded, TraceComparison.GreaterThan)]
    [InlineData(TraceCode.AmountPositive, TraceComparison.GreaterThan)]
    [InlineData(TraceCode.ThresholdReached, TraceComparison.GreaterOrEqual)]
    [InlineData(TraceCode.ValidityWindow, TraceComparison.Within)]
    [InlineData(TraceCode.ShareOfBase, TraceComparison.Product)]
    [InlineData(TraceCode.AbsoluteCap, TraceComparison.Ceiling)]
    [InlineData(TraceCode.MajorProjectCap, TraceComparison.Ceiling)]
    [InlineData(TraceCode.Rounding, TraceComparison.RoundDown)]
    [InlineData(TraceCode.OverrideApplied, TraceComparison.Replace)]
    [InlineData(TraceCode.FlagRequired, TraceComparison.IsTrue)]
    [InlineData(TraceCode.NonMonetarySupport, TraceComparison.None)]
    public void Comparison_EachCode_IsTheOneItsClauseMeans(TraceCode code, TraceComparison expected) =>
        new TraceStep(code, PolicyClause.Measure2, RecordField.Record, true, false, default).Comparison.Should().Be(expected);

    [Fact]
    public void Comparison_Measure2AtThreshold_StrictlyGreaterAndNotPassed()
    {
        var decision = Records.Engine().Evaluate(Records.Measure2(approved: 5_000_000m));

        var step = decision.Trace.Single(s => s.Code == TraceCode.ThresholdExceeded);
        step.Comparison.Should().Be(TraceComparison.GreaterThan);
        step.Passed.Should().BeFalse();
        step.Left.Should().Be(TraceValue.Yuan(5_000_000m));
        step.Right.Should().Be(TraceValue.Yuan(5_000_000m));
    }
}
