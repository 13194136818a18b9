using System.Collections.Immutable;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Csv;

/// <summary>One data row of district-stats.csv: the statistics when every cell reads, or the problems of those that do not.</summary>
/// <param name="RowNumber">The spreadsheet row: the header is row 1.</param>
/// <param name="DistrictText">The <c>district_code</c> cell as given.</param>
/// <param name="YearText">The <c>year</c> cell as given.</param>
/// <param name="Statistics">The statistics, or <see langword="null"/> when a cell could not be read.</param>
/// <param name="Problems">The cells that could not be read.</param>
public sealed record DistrictStatisticsRow(
    int RowNumber,
    string DistrictText,
    string YearText,
    DistrictStatistics? Statistics,
    ImmutableArray<Problem> Problems);
