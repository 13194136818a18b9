using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Catalogue;

/// <summary>
/// A place in the policy (or in the reading of it in MEASURES.md) that a trace step applies. The clauses of
/// the measures take the values of <see cref="MeasureId"/>; <see cref="PolicyClauses"/> converts between them.
/// </summary>
public enum PolicyClause : byte
{
    /// <summary>No clause.</summary>
    None = 0,

    /// <summary>（一）.</summary>
    Measure1 = MeasureId.Measure1,

    /// <summary>（二）.</summary>
    Measure2 = MeasureId.Measure2,

    /// <summary>（三）.</summary>
    Measure3 = MeasureId.Measure3,

    /// <summary>（四）.</summary>
    Measure4 = MeasureId.Measure4,

    /// <summary>（五）.</summary>
    Measure5 = MeasureId.Measure5,

    /// <summary>（六）.</summary>
    Measure6 = MeasureId.Measure6,

    /// <summary>（七）, first-time Top 500 part.</summary>
    Measure7a = MeasureId.Measure7a,

    /// <summary>（七）, industry association part.</summary>
    Measure7b = MeasureId.Measure7b,

    /// <summary>（七）, manufacturing spin-off part.</summary>
    Measure7c = MeasureId.Measure7c,

    /// <summary>（七）, "专精特新" part.</summary>
    Measure7d = MeasureId.Measure7d,

    /// <summary>（八）.</summary>
    Measure8 = MeasureId.Measure8,

    /// <summary>（九）.</summary>
    Measure9 = MeasureId.Measure9,

    /// <summary>（十）.</summary>
    Measure10 = MeasureId.Measure10,

    /// <summary>（十一）.</summary>
    Measure11 = MeasureId.Measure11,

    /// <summary>（十二）.</summary>
    Measure12 = MeasureId.Measure12,

    /// <summary>（十三）.</summary>
    Measure13 = MeasureId.Measure13,

    /// <summary>（十四）.</summary>
    Measure14 = MeasureId.Measure14,

    /// <summary>（十五）.</summary>
    Measure15 = MeasureId.Measure15,

    /// <summary>（十六）.</summary>
    Measure16 = MeasureId.Measure16,

    /// <summary>七、附则: in force from issue (2024-11-19) to 2027-12-31 (rule X1).</summary>
    Validity = 100,

    /// <summary>七、附则: "就高不重复" with other municipal policies (rule X3).</summary>
    NonDuplication = 101,

    /// <summary>Rule X4: "不超过" amounts are ceilings, rounded down to the rounding unit.</summary>
    Rounding = 102,

    /// <summary>Rule X6: "原则上" defaults that the competent authority may depart from.</summary>
    Discretion = 103,

    /// <summary>The registry of county-level units (GB/T 2260) by date.</summary>
    DistrictRegistry = 104,
}
