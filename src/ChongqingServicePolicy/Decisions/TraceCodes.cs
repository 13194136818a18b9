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
        TraceCode.EligibleFrom => "eligible-from",
        TraceCode.CapReachedFrom => "cap-reached-from",
        TraceCode.NextTierFrom => "next-tier-from",
        TraceCode.NextTier => "next-tier",
        TraceCode.TopTier => "top-tier",
        TraceCode.ScoreToNextBand => "score-to-next-band",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown trace code."),
    };

    /// <summary>
    /// Whether a step of this code says what would change the result (the distance to the next boundary) rather
    /// than how the result was reached: <see cref="TraceCode.EligibleFrom"/>, <see cref="TraceCode.CapReachedFrom"/>,
    /// <see cref="TraceCode.NextTierFrom"/>, <see cref="TraceCode.NextTier"/>, <see cref="TraceCode.TopTier"/> and
    /// <see cref="TraceCode.ScoreToNextBand"/>.
    /// </summary>
    /// <param name="code">The trace code.</param>
    /// <returns><see langword="true"/> for a boundary step.</returns>
    public static bool IsBoundary(this TraceCode code) => code is
        TraceCode.EligibleFrom or TraceCode.CapReachedFrom or TraceCode.NextTierFrom or TraceCode.NextTier or TraceCode.TopTier or TraceCode.ScoreToNextBand;

    /// <summary>
    /// Whether a step says what would change the result: a step of a <see cref="IsBoundary(TraceCode)"/> code, or a cap
    /// step that names the base from which its share reaches the cap (<see cref="TraceCode.AbsoluteCap"/> or
    /// <see cref="TraceCode.MajorProjectCap"/> with a Right value).
    /// </summary>
    /// <param name="step">The step.</param>
    /// <returns><see langword="true"/> for a step that names a boundary.</returns>
    public static bool IsBoundary(this TraceStep step) =>
        step.Code.IsBoundary() || (step.Code is TraceCode.AbsoluteCap or TraceCode.MajorProjectCap && step.Right.HasValue);

    /// <summary>Parses a stable code back into the trace code.</summary>
    /// <param name="code">The kebab-case code, exactly as <see cref="ToCode(TraceCode)"/> writes it.</param>
    /// <param name="traceCode">The trace code when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryParse(string? code, out TraceCode traceCode) => Table.TryParse(code, out traceCode);

    internal static Internal.CodeTable<TraceCode> Table { get; } = new(ToCode);
}
