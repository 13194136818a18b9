using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Catalogue;

/// <summary>Conversions between a measure and its clause.</summary>
public static class PolicyClauses
{
    /// <summary>The clause of a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The clause with the same value.</returns>
    public static PolicyClause ForMeasure(this MeasureId measure) => (PolicyClause)(byte)measure;

    /// <summary>The measure a clause belongs to, when it is a measure's clause.</summary>
    /// <param name="clause">The clause.</param>
    /// <param name="measure">The measure, when the clause is one.</param>
    /// <returns><see langword="true"/> for the clause of a measure; <see langword="false"/> for a cross-cutting rule.</returns>
    public static bool TryGetMeasure(this PolicyClause clause, out MeasureId measure)
    {
        measure = (MeasureId)(byte)clause;
        return measure.IsDefined();
    }

    /// <summary>
    /// The stable code of a clause: the measure's code (<c>1</c>…<c>16</c>, <c>7a</c>…<c>7d</c>) for a measure's
    /// clause, otherwise <c>none</c>, <c>validity</c>, <c>non-duplication</c>, <c>rounding</c>, <c>discretion</c> or
    /// <c>district-registry</c>.
    /// </summary>
    /// <param name="clause">The clause.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this PolicyClause clause) => clause switch
    {
        PolicyClause.None => "none",
        PolicyClause.Validity => "validity",
        PolicyClause.NonDuplication => "non-duplication",
        PolicyClause.Rounding => "rounding",
        PolicyClause.Discretion => "discretion",
        PolicyClause.DistrictRegistry => "district-registry",
        _ when clause.TryGetMeasure(out var measure) => measure.ToCode(),
        _ => throw new ArgumentOutOfRangeException(nameof(clause), clause, "Unknown clause."),
    };

    /// <summary>Parses a stable code back into the clause.</summary>
    /// <param name="code">The code, exactly as <see cref="ToCode(PolicyClause)"/> writes it.</param>
    /// <param name="clause">The clause when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryParse(string? code, out PolicyClause clause) => Table.TryParse(code, out clause);

    internal static Internal.CodeTable<PolicyClause> Table { get; } = new(ToCode);
}
