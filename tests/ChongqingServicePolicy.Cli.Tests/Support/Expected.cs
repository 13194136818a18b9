using System.Collections.Immutable;
using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Cli.Tests.Support;

/// <summary>One row's decision as the library makes it.</summary>
public sealed record Expected(int RowNumber, string ApplicationId, string Measure, Outcome Outcome, decimal AwardYuan, decimal PayableYuan, string Reason, ImmutableArray<Problem> Problems)
{
    public bool Suppressed => Outcome == Outcome.Eligible && PayableYuan < AwardYuan;
}
