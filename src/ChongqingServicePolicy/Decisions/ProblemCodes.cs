namespace ChongqingServicePolicy.Decisions;

/// <summary>The stable text codes of <see cref="ProblemCode"/> values.</summary>
public static class ProblemCodes
{
    /// <summary>The stable kebab-case code, e.g. <c>credit-code-check</c>.</summary>
    /// <param name="code">The problem code.</param>
    /// <returns>The text code.</returns>
    public static string ToCode(this ProblemCode code) => code switch
    {
        ProblemCode.Required => "required",
        ProblemCode.MustNotBeNegative => "must-not-be-negative",
        ProblemCode.ExceedsTotalInvestment => "exceeds-total-investment",
        ProblemCode.UnknownDistrict => "unknown-district",
        ProblemCode.DistrictNotYetInForce => "district-not-yet-in-force",
        ProblemCode.DistrictAbolished => "district-abolished",
        ProblemCode.CreditCodeLength => "credit-code-length",
        ProblemCode.CreditCodeCharacter => "credit-code-character",
        ProblemCode.CreditCodeDivision => "credit-code-division",
        ProblemCode.CreditCodeCheck => "credit-code-check",
        ProblemCode.OverrideWithoutApproval => "override-without-approval",
        ProblemCode.OverrideNotPermitted => "override-not-permitted",
        ProblemCode.ApprovalWithoutOverride => "approval-without-override",
        ProblemCode.TierOutOfRange => "tier-out-of-range",
        ProblemCode.GrowthBelowMinusOneHundredPercent => "growth-below-minus-100-percent",
        ProblemCode.DecidedByRanking => "decided-by-ranking",
        ProblemCode.UndefinedValue => "undefined-value",
        ProblemCode.DuplicateApplicationId => "duplicate-application-id",
        ProblemCode.DuplicateDistrict => "duplicate-district",
        ProblemCode.DistrictNotInRankingYear => "district-not-in-ranking-year",
        ProblemCode.UnreadableValue => "unreadable-value",
        ProblemCode.FieldCount => "field-count",
        ProblemCode.HiddenCharacter => "hidden-character",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown problem code."),
    };

    /// <summary>Parses a stable code back into the problem code.</summary>
    /// <param name="code">The kebab-case code, exactly as <see cref="ToCode(ProblemCode)"/> writes it.</param>
    /// <param name="problemCode">The problem code when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryParse(string? code, out ProblemCode problemCode) => Table.TryParse(code, out problemCode);

    internal static Internal.CodeTable<ProblemCode> Table { get; } = new(ToCode);
}
