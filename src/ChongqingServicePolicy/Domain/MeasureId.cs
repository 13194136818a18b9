namespace ChongqingServicePolicy.Domain;

/// <summary>
/// Identifies one measure of 渝发改规范〔2024〕7号. Measure （七） has four parts, 7a–7d, each decided on its own.
/// </summary>
/// <remarks>
/// The numeric values follow the order of the clauses in the policy text, so sorting by value sorts by clause.
/// Use <see cref="MeasureIds.ToCode(MeasureId)"/> for the contract's text form (<c>1</c>…<c>16</c>, <c>7a</c>…<c>7d</c>).
/// </remarks>
public enum MeasureId : byte
{
    /// <summary>（一） Project investment subsidy.</summary>
    Measure1 = 1,

    /// <summary>（二） Public service platform subsidy.</summary>
    Measure2 = 2,

    /// <summary>（三） A-grade producer-service cluster award.</summary>
    Measure3 = 3,

    /// <summary>（四） Support for projects, platforms and enterprises in clusters.</summary>
    Measure4 = 4,

    /// <summary>（五） Star-rated building award.</summary>
    Measure5 = 5,

    /// <summary>（六） District cultivation ranking award.</summary>
    Measure6 = 6,

    /// <summary>（七） first part: first-time China Top 500 Service Enterprise award to the district.</summary>
    Measure7a = 7,

    /// <summary>（七） second part: industry association reward.</summary>
    Measure7b = 8,

    /// <summary>（七） third part: manufacturing spin-off award.</summary>
    Measure7c = 9,

    /// <summary>（七） fourth part: "专精特新" transformation of producer-service SMEs.</summary>
    Measure7d = 10,

    /// <summary>（八） Government investment funds and equity investment.</summary>
    Measure8 = 11,

    /// <summary>（九） Targeted financing products.</summary>
    Measure9 = 12,

    /// <summary>（十） Better financial services and risk sharing.</summary>
    Measure10 = 13,

    /// <summary>（十一） Employment and start-up support.</summary>
    Measure11 = 14,

    /// <summary>（十二） Talent.</summary>
    Measure12 = 15,

    /// <summary>（十三） Event platform subsidy.</summary>
    Measure13 = 16,

    /// <summary>（十四） Industry associations.</summary>
    Measure14 = 17,

    /// <summary>（十五） Open cooperation platforms.</summary>
    Measure15 = 18,

    /// <summary>（十六） Land supply.</summary>
    Measure16 = 19,
}
