namespace ChongqingServicePolicy.Catalogue;

/// <summary>What kind of support a measure gives.</summary>
public enum MeasureKind : byte
{
    /// <summary>Money up to a ceiling: a share of a base, bounded by an absolute cap ("不超过", "最高不超过").</summary>
    MonetaryCeiling = 1,

    /// <summary>A fixed amount by tier ("分档次", "定额奖励").</summary>
    FixedAward = 2,

    /// <summary>An award for a place in a league table of districts (measure （六）).</summary>
    Ranking = 3,

    /// <summary>Money whose amount the text does not fix ("给予…一定奖励"): every case needs review.</summary>
    UnquantifiedAward = 4,

    /// <summary>Support other than money from this policy: finance, talent, land, recommendation.</summary>
    NonMonetary = 5,
}
