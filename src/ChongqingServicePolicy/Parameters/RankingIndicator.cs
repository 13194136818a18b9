namespace ChongqingServicePolicy.Parameters;

/// <summary>One indicator of measure （六）'s composite evaluation of districts.</summary>
public enum RankingIndicator : byte
{
    /// <summary><c>new_count</c>: 新增数量, newly above-scale producer-service enterprises.</summary>
    NewCount = 1,

    /// <summary><c>net_increase</c>: 净增数量, the net increase of such enterprises.</summary>
    NetIncrease = 2,

    /// <summary><c>revenue_growth</c>: 营业收入增速, their revenue growth.</summary>
    RevenueGrowth = 3,
}
