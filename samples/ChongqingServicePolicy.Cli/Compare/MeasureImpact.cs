using ChongqingServicePolicy.Csv;

namespace ChongqingServicePolicy.Cli.Compare;

/// <summary>One measure (or the whole file) under both parameter sets, and how many of its rows changed.</summary>
/// <param name="Baseline">The totals under the baseline.</param>
/// <param name="Alternative">The totals under the alternative.</param>
/// <param name="ChangedRows">Rows whose outcome or payable amount differs.</param>
internal sealed record MeasureImpact(MeasureSummary Baseline, MeasureSummary Alternative, int ChangedRows)
{
    internal string Measure => Baseline.Measure;

    internal int EligibleDifference => Alternative.Eligible - Baseline.Eligible;

    internal decimal AwardDifferenceYuan => Alternative.AwardYuan - Baseline.AwardYuan;

    internal decimal PayableDifferenceYuan => Alternative.PayableYuan - Baseline.PayableYuan;
}
