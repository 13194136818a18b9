namespace ChongqingServicePolicy.Decisions;

/// <summary>
/// Why a decision came out as it did. <see cref="ReasonCodes.ToCode(ReasonCode)"/> gives the stable kebab-case
/// code written to <c>decisions.csv</c>; codes are never renamed.
/// </summary>
public enum ReasonCode : byte
{
    /// <summary><c>rate-applied</c>: the share of the base is below every cap.</summary>
    RateApplied = 1,

    /// <summary><c>ratio-cap-applied</c>: the share of total investment (measure （一）) binds.</summary>
    RatioCapApplied,

    /// <summary><c>cap-applied</c>: the absolute cap binds.</summary>
    CapApplied,

    /// <summary><c>tier-award</c>: a fixed amount by tier.</summary>
    TierAward,

    /// <summary><c>rank-award</c>: an award for a place in the district ranking.</summary>
    RankAward,

    /// <summary><c>override-applied</c>: a discretionary amount approved by the competent authority (rule X6).</summary>
    OverrideApplied,

    /// <summary><c>below-threshold</c>: an amount does not reach the measure's threshold.</summary>
    BelowThreshold,

    /// <summary><c>not-producer-service</c>: not a modern producer-service project or enterprise.</summary>
    NotProducerService,

    /// <summary><c>field-not-listed</c>: the platform's field is not one the clause names.</summary>
    FieldNotListed,

    /// <summary><c>grade-not-a</c>: the cluster was not rated grade A.</summary>
    GradeNotA,

    /// <summary><c>not-star-rated</c>: the building holds no "星级" rating.</summary>
    NotStarRated,

    /// <summary><c>growth-below-tier</c>: revenue growth reaches no tier.</summary>
    GrowthBelowTier,

    /// <summary><c>not-first-time-top500</c>: not a first entry into the Top 500 list.</summary>
    NotFirstTimeTop500,

    /// <summary><c>not-spun-off</c>: not set up by separating a manufacturer's business.</summary>
    NotSpunOff,

    /// <summary><c>not-in-cluster</c>: not located in a producer-service cluster.</summary>
    NotInCluster,

    /// <summary><c>rank-outside-award</c>: the district ranks below the last awarded place.</summary>
    RankOutsideAward,

    /// <summary><c>outside-validity</c>: dated outside the policy's period of validity.</summary>
    OutsideValidity,

    /// <summary><c>non-monetary-support</c>: the measure gives support other than money.</summary>
    NonMonetarySupport,

    /// <summary><c>amount-not-fixed</c>: the text gives no amount.</summary>
    AmountNotFixed,

    /// <summary><c>field-needs-review</c>: a platform field the text's "等" may cover.</summary>
    FieldNeedsReview,

    /// <summary><c>tie-at-boundary</c>: a tie across an award boundary of the ranking.</summary>
    TieAtBoundary,

    /// <summary><c>invalid-input</c>: the record has problems; see the decision's problems.</summary>
    InvalidInput,

    /// <summary><c>superseded-by-higher</c>: another record of the same subject carries the higher award (就高不重复).</summary>
    SupersededByHigher,

    /// <summary><c>superseded-by-other-policy</c>: another municipal policy supports the same subject at least as much (就高不重复).</summary>
    SupersededByOtherPolicy,
}
