namespace ChongqingServicePolicy.Catalogue;

/// <summary>
/// A place in the policy (or in the reading of it in MEASURES.md) that a trace step applies. The values
/// 1–19 are the measures, in the same order as <see cref="Domain.MeasureId"/>.
/// </summary>
public enum PolicyClause : byte
{
    /// <summary>No clause.</summary>
    None = 0,

    /// <summary>（一）.</summary>
    Measure1 = 1,

    /// <summary>（二）.</summary>
    Measure2 = 2,

    /// <summary>（三）.</summary>
    Measure3 = 3,

    /// <summary>（四）.</summary>
    Measure4 = 4,

    /// <summary>（五）.</summary>
    Measure5 = 5,

    /// <summary>（六）.</summary>
    Measure6 = 6,

    /// <summary>（七）, first-time Top 500 part.</summary>
    Measure7a = 7,

    /// <summary>（七）, industry association part.</summary>
    Measure7b = 8,

    /// <summary>（七）, manufacturing spin-off part.</summary>
    Measure7c = 9,

    /// <summary>（七）, "专精特新" part.</summary>
    Measure7d = 10,

    /// <summary>（八）.</summary>
    Measure8 = 11,

    /// <summary>（九）.</summary>
    Measure9 = 12,

    /// <summary>（十）.</summary>
    Measure10 = 13,

    /// <summary>（十一）.</summary>
    Measure11 = 14,

    /// <summary>（十二）.</summary>
    Measure12 = 15,

    /// <summary>（十三）.</summary>
    Measure13 = 16,

    /// <summary>（十四）.</summary>
    Measure14 = 17,

    /// <summary>（十五）.</summary>
    Measure15 = 18,

    /// <summary>（十六）.</summary>
    Measure16 = 19,

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
