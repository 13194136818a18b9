namespace ChongqingServicePolicy.Decisions;

/// <summary>The stable text codes of <see cref="ReasonCode"/> values.</summary>
public static class ReasonCodes
{
    /// <summary>The stable kebab-case code, e.g. <c>cap-applied</c>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this ReasonCode reason) => reason switch
    {
        ReasonCode.RateApplied => "rate-applied",
        ReasonCode.RatioCapApplied => "ratio-cap-applied",
        ReasonCode.CapApplied => "cap-applied",
        ReasonCode.TierAward => "tier-award",
        ReasonCode.RankAward => "rank-award",
        ReasonCode.OverrideApplied => "override-applied",
        ReasonCode.BelowThreshold => "below-threshold",
        ReasonCode.NotProducerService => "not-producer-service",
        ReasonCode.FieldNotListed => "field-not-listed",
        ReasonCode.GradeNotA => "grade-not-a",
        ReasonCode.NotStarRated => "not-star-rated",
        ReasonCode.GrowthBelowTier => "growth-below-tier",
        ReasonCode.NotFirstTimeTop500 => "not-first-time-top500",
        ReasonCode.NotSpunOff => "not-spun-off",
        ReasonCode.NotInCluster => "not-in-cluster",
        ReasonCode.RankOutsideAward => "rank-outside-award",
        ReasonCode.OutsideValidity => "outside-validity",
        ReasonCode.NonMonetarySupport => "non-monetary-support",
        ReasonCode.AmountNotFixed => "amount-not-fixed",
        ReasonCode.FieldNeedsReview => "field-needs-review",
        ReasonCode.TieAtBoundary => "tie-at-boundary",
        ReasonCode.InvalidInput => "invalid-input",
        ReasonCode.SupersededByHigher => "superseded-by-higher",
        ReasonCode.SupersededByOtherPolicy => "superseded-by-other-policy",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason."),
    };

    /// <summary>Parses a stable code back into the reason.</summary>
    /// <param name="code">The kebab-case code, exactly as <see cref="ToCode(ReasonCode)"/> writes it.</param>
    /// <param name="reason">The reason when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryParse(string code, out ReasonCode reason) => Table.TryParse(code, out reason);

    internal static Internal.CodeTable<ReasonCode> Table { get; } = new(ToCode);
}
