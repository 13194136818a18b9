namespace ChongqingServicePolicy.Decisions;

/// <summary>The stable text codes of <see cref="TraceCode"/> values.</summary>
public static class TraceCodes
{
    /// <summary>The stable kebab-case code, e.g. <c>share-of-base</c>.</summary>
    /// <param name="code">The trace code.</param>
    /// <returns>The text code.</returns>
    public static string ToCode(this TraceCode code) => code switch
    {
        TraceCode.DateFromClock => "date-from-clock",
        TraceCode.ValidityWindow => "validity-window",
        TraceCode.DistrictTransition => "district-transition",
        TraceCode.FlagRequired => "flag-required",
        TraceCode.GradeRequired => "grade-required",
        TraceCode.FieldListed => "field-listed",
        TraceCode.AmountPositive => "amount-positive",
        TraceCode.ThresholdExceeded => "threshold-exceeded",
        TraceCode.ThresholdReached => "threshold-reached",
        TraceCode.ShareOfBase => "share-of-base",
        TraceCode.AbsoluteCap => "absolute-cap",
        TraceCode.MajorProjectCap => "major-project-cap",
        TraceCode.TierAward => "tier-award",
        TraceCode.TierFromGrowth => "tier-from-growth",
        TraceCode.RestrictedUses => "restricted-uses",
        TraceCode.AmountNotFixed => "amount-not-fixed",
        TraceCode.NonMonetarySupport => "non-monetary-support",
        TraceCode.OverrideApplied => "override-applied",
        TraceCode.Rounding => "rounding",
        TraceCode.CompositeScore => "composite-score",
        TraceCode.RankAward => "rank-award",
        TraceCode.TieAtBoundary => "tie-at-boundary",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown trace code."),
    };

    /// <summary>Parses a stable code back into the trace code.</summary>
    /// <param name="code">The kebab-case code, exactly as <see cref="ToCode(TraceCode)"/> writes it.</param>
    /// <param name="traceCode">The trace code when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryParse(string? code, out TraceCode traceCode) => Table.TryParse(code, out traceCode);

    internal static Internal.CodeTable<TraceCode> Table { get; } = new(ToCode);
}
