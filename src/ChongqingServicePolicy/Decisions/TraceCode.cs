namespace ChongqingServicePolicy.Decisions;

/// <summary>
/// What a trace step did. Codes are stable (<see cref="TraceCodes.ToCode(TraceCode)"/>); a step's clause and
/// field say where in the policy and which fact of the record it applied to.
/// </summary>
public enum TraceCode : byte
{
    /// <summary><c>date-from-clock</c>: no application date was given; "today" (Asia/Shanghai) stands in. Left: the date.</summary>
    DateFromClock = 1,

    /// <summary><c>validity-window</c>: the date lies within the policy's validity. Left: date; Right: first day; Result: last day.</summary>
    ValidityWindow,

    /// <summary><c>district-transition</c>: an abolished unit's code accepted in transition. Left: code; Right: successor; Result: last accepted day.</summary>
    DistrictTransition,

    /// <summary><c>flag-required</c>: a yes/no fact the clause requires. Left: the fact.</summary>
    FlagRequired,

    /// <summary><c>grade-required</c>: the cluster grade the clause requires. Left: grade given; Right: grade required.</summary>
    GradeRequired,

    /// <summary><c>field-listed</c>: the platform field is one the clause names. Left: the field.</summary>
    FieldListed,

    /// <summary><c>amount-positive</c>: an amount the measure works from must be above zero. Left: amount.</summary>
    AmountPositive,

    /// <summary><c>threshold-exceeded</c>: "超过 X", strictly greater (rule X5). Left: amount; Right: X.</summary>
    ThresholdExceeded,

    /// <summary><c>threshold-reached</c>: "X以上" / "达到 X", greater or equal (rule X5). Left: amount; Right: X.</summary>
    ThresholdReached,

    /// <summary><c>share-of-base</c>: a percentage of a base amount. Left: rate; Right: base; Result: product. Binding when it is the lowest ceiling.</summary>
    ShareOfBase,

    /// <summary>
    /// <c>absolute-cap</c>: the clause's "最高不超过" amount. Left: cap. Binding when it is the lowest ceiling. Where the
    /// cap bounds a share of a base (measures （一） and （二）: the approved investment; （十三）: the actual input), it
    /// also says what would change the result: Right: the smallest base, in fen, whose share reaches the cap; Result:
    /// Right less the base (what is still missing when positive; when zero or negative, how far the base is past it).
    /// </summary>
    AbsoluteCap,

    /// <summary>
    /// <c>major-project-cap</c>: the raised cap for an especially major project approved by the municipal government.
    /// Left: cap; Right and Result as for <see cref="AbsoluteCap"/>, for the approved investment.
    /// </summary>
    MajorProjectCap,

    /// <summary><c>tier-award</c>: the amount fixed for a tier. Left: tier; Result: amount.</summary>
    TierAward,

    /// <summary><c>tier-from-growth</c>: the tier derived from revenue growth. Left: growth; Right: the threshold reached (or the lowest, when none); Result: tier (0 for none).</summary>
    TierFromGrowth,

    /// <summary><c>restricted-uses</c>: the uses the award's funds are restricted to (measure （三）).</summary>
    RestrictedUses,

    /// <summary><c>amount-not-fixed</c>: the text promises an award without an amount.</summary>
    AmountNotFixed,

    /// <summary><c>non-monetary-support</c>: the measure's channels of support and its lead unit.</summary>
    NonMonetarySupport,

    /// <summary><c>override-applied</c>: a discretionary amount replaces the default ceiling. Left: default; Right: override; Text: approval.</summary>
    OverrideApplied,

    /// <summary><c>rounding</c>: the ceiling rounded down to the rounding unit (rule X4). Left: amount; Right: unit; Result: rounded.</summary>
    Rounding,

    /// <summary><c>composite-score</c>: a district's composite score in the ranking. Result: score.</summary>
    CompositeScore,

    /// <summary><c>rank-award</c>: the award for a place in the ranking. Left: rank; Right: last place of the band; Result: amount.</summary>
    RankAward,

    /// <summary><c>tie-at-boundary</c>: districts still tied after every tie-break across an award boundary. Left: rank; Right: boundary.</summary>
    TieAtBoundary,

    /// <summary>
    /// <c>eligible-from</c>: what would make an ineligible record eligible, for a condition on an amount or a rate.
    /// Left: the value now; Right: the smallest value that meets the condition (for an amount, the smallest amount in
    /// fen: one fen above X for "超过 X", X itself for "X以上"); Result: the shortfall, Right − Left. Not passed.
    /// </summary>
    EligibleFrom,

    /// <summary>
    /// <c>cap-reached-from</c>: for measure （一）, where both the approved investment's and the total investment's
    /// shares are bounded, the total investment from which its share reaches the cap: the total above which the ratio
    /// stops binding. Given where the total stands in the way (its share binds, or its boundary lies above the approved
    /// investment's). Left: the total now; Right: the smallest total in fen whose share reaches the cap; Result: Right −
    /// Left. Passed: the share reaches the cap now.
    /// </summary>
    CapReachedFrom,

    /// <summary>
    /// <c>next-tier-from</c>: the revenue growth from which the next higher tier applies. Left: growth now; Right:
    /// the growth that reaches the next tier up; Result: the shortfall, Right − Left.
    /// </summary>
    NextTierFrom,

    /// <summary><c>next-tier</c>: the tier above a tier given by the evaluation. Left: tier now; Right: the next tier up; Result: its award.</summary>
    NextTier,

    /// <summary><c>top-tier</c>: the tier is the highest, so no higher award exists. Left: the tier.</summary>
    TopTier,

    /// <summary>
    /// <c>score-to-next-band</c>: in the ranking, the composite score of the district now last in the next award band
    /// up, at this year's normalisation. Left: that band's last rank; Right: the score of the district at that rank;
    /// Result: how far this district's score is below it.
    /// </summary>
    ScoreToNextBand,
}
