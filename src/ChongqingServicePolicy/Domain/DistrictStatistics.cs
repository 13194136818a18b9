namespace ChongqingServicePolicy.Domain;

/// <summary>
/// One district's statistics for one year, the input of measure （六）'s ranking (<c>district-stats.csv</c>).
/// A <see langword="null"/> value means "not given" and makes the row invalid.
/// </summary>
/// <param name="DistrictCode">GB/T 2260 code of the county-level unit.</param>
/// <param name="Year">The statistical year.</param>
/// <param name="NewAboveScaleCount">新增数量: newly above-scale (规模（限额）以上) producer-service enterprises; never negative.</param>
/// <param name="NetIncreaseCount">净增数量: net increase of such enterprises; may be negative.</param>
/// <param name="RevenueGrowthRate">营业收入增速: their revenue growth as a fraction; may be negative.</param>
public sealed record DistrictStatistics(
    int DistrictCode,
    int Year,
    int? NewAboveScaleCount,
    int? NetIncreaseCount,
    decimal? RevenueGrowthRate);
