using System.Collections.Immutable;
using NodaTime;

namespace ChongqingServicePolicy.Csv;

/// <summary>What an evaluation over a file found: counts and totals per measure, and the invalid rows grouped by fault.</summary>
/// <param name="InputPath">The applications file.</param>
/// <param name="OutputPath">The decisions file written.</param>
/// <param name="EncodingName">The encoding the input was read in.</param>
/// <param name="EvaluationDate">The day the file was decided as of, for rows without an application date.</param>
/// <param name="BlankRows">Blank rows skipped.</param>
/// <param name="UnknownColumns">Columns of the input that were ignored.</param>
/// <param name="Measures">The totals per measure, in clause order; rows whose measure could not be read come last.</param>
/// <param name="Total">The totals over the whole file.</param>
/// <param name="InvalidRows">Rows with an <c>Invalid</c> decision.</param>
/// <param name="InvalidGroups">The faults of invalid rows, most frequent first; a row with two faults is in two groups.</param>
public sealed record BatchSummary(
    string InputPath,
    string OutputPath,
    string EncodingName,
    LocalDate EvaluationDate,
    int BlankRows,
    ImmutableArray<string> UnknownColumns,
    ImmutableArray<MeasureSummary> Measures,
    MeasureSummary Total,
    int InvalidRows,
    ImmutableArray<InvalidGroup> InvalidGroups)
{
    /// <summary>The decision records file written (JSON Lines), or <see langword="null"/> when none was asked for.</summary>
    public string? RecordsPath { get; init; }
}
