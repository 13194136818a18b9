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
}
