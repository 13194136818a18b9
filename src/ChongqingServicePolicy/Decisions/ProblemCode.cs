namespace ChongqingServicePolicy.Decisions;

/// <summary>What is wrong with a value of a record. Codes are stable (<see cref="ProblemCodes.ToCode(ProblemCode)"/>).</summary>
public enum ProblemCode : byte
{
    /// <summary><c>required</c>: the measure needs this value and it is not given.</summary>
    Required = 1,

    /// <summary><c>must-not-be-negative</c>: an amount or count below zero.</summary>
    MustNotBeNegative,

    /// <summary><c>exceeds-total-investment</c>: approved investment above total investment (measure （一）).</summary>
    ExceedsTotalInvestment,

    /// <summary><c>unknown-district</c>: not a Chongqing county-level unit.</summary>
    UnknownDistrict,

    /// <summary><c>district-not-yet-in-force</c>: the unit did not exist yet on the date. Expected: its first day.</summary>
    DistrictNotYetInForce,

    /// <summary><c>district-abolished</c>: the unit was abolished and the transition is over. Expected: its successor.</summary>
    DistrictAbolished,

    /// <summary><c>credit-code-length</c>: not 18 characters.</summary>
    CreditCodeLength,

    /// <summary><c>credit-code-character</c>: a character outside the code's alphabet.</summary>
    CreditCodeCharacter,

    /// <summary><c>credit-code-division</c>: positions 3–8 are not a six-digit division code.</summary>
    CreditCodeDivision,

    /// <summary><c>credit-code-check</c>: the check character is wrong. Expected: the right one.</summary>
    CreditCodeCheck,

    /// <summary><c>override-without-approval</c>: a discretionary amount without its approval reference (rule X6).</summary>
    OverrideWithoutApproval,

    /// <summary><c>override-not-permitted</c>: a discretionary amount for a measure whose text has no "原则上". Expected: the measures that allow one.</summary>
    OverrideNotPermitted,

    /// <summary><c>approval-without-override</c>: an approval reference without a discretionary amount.</summary>
    ApprovalWithoutOverride,

    /// <summary><c>tier-out-of-range</c>: a tier the parameters do not define. Expected: the defined tiers.</summary>
    TierOutOfRange,

    /// <summary><c>growth-below-minus-100-percent</c>: revenue cannot fall by more than 100%.</summary>
    GrowthBelowMinusOneHundredPercent,

    /// <summary><c>decided-by-ranking</c>: measure （六） is decided by ranking district statistics, not by application.</summary>
    DecidedByRanking,

    /// <summary><c>undefined-value</c>: a value outside its enumeration.</summary>
    UndefinedValue,

    /// <summary><c>duplicate-application-id</c>: an earlier record of the batch has the same application id. Expected: where it first appears when known (a reader of files gives the earlier row's number).</summary>
    DuplicateApplicationId,

    /// <summary><c>duplicate-district</c>: an earlier row of the year names the same district.</summary>
    DuplicateDistrict,

    /// <summary><c>district-not-in-ranking-year</c>: the unit is not in force on the ranking's reference day. Expected: that day.</summary>
    DistrictNotInRankingYear,

    /// <summary><c>unreadable-value</c>: a value that cannot be read as the type expected (set by readers of files). Expected: a <see cref="ValueFormat"/> code.</summary>
    UnreadableValue,

    /// <summary><c>field-count</c>: a file's row has a different number of fields from its header (set by readers of files). Value: the row's count; expected: the header's.</summary>
    FieldCount,

    /// <summary>
    /// <c>hidden-character</c>: an identifier (application id, subject id) holds a character that cannot be seen — a
    /// control or format character such as a byte order mark or zero-width space, or a space other than U+0020 — so it
    /// would differ from the id it looks like. Expected: the character, e.g. <c>U+FEFF</c>.
    /// </summary>
    HiddenCharacter,
}
