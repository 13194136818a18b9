using System.Collections.Immutable;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Csv;

/// <summary>One data row of applications.csv: the record when every cell reads, or the problems of those that do not.</summary>
/// <param name="RowNumber">The spreadsheet row: the header is row 1, the first application row 2.</param>
/// <param name="LineNumber">The line the row starts on; differs from <paramref name="RowNumber"/> after fields holding line breaks.</param>
/// <param name="ApplicationId">The <c>application_id</c> cell as given (empty when blank).</param>
/// <param name="SubjectId">The <c>subject_id</c> cell, or the application id when blank.</param>
/// <param name="MeasureText">The measure normalised (<c>1</c>…<c>16</c>, <c>7a</c>…<c>7d</c>) when it reads, else the cell as given.</param>
/// <param name="Record">The record, or <see langword="null"/> when a cell could not be read.</param>
/// <param name="Problems">The cells that could not be read; empty when <paramref name="Record"/> is set.</param>
public sealed record ApplicationRow(
    int RowNumber,
    int LineNumber,
    string ApplicationId,
    string SubjectId,
    string MeasureText,
    ApplicationRecord? Record,
    ImmutableArray<Problem> Problems)
{
    /// <summary>
    /// When some cell could not be read, the cells that could, typed, with the others left empty (and the
    /// measure undefined when it did not read): what a decision record keeps as the input of an unreadable row.
    /// <see langword="null"/> when <see cref="Record"/> is set.
    /// </summary>
    public ApplicationRecord? PartialRecord { get; init; }

    /// <summary>The measure when the cell reads.</summary>
    public MeasureId? Measure => ReferenceEquals(_measure.Text, MeasureText) ? _measure.Id : Read(MeasureText);

    // Read once, for the text the row was made with (a copy made with `with` may carry another).
    private readonly (string Text, MeasureId? Id) _measure = (MeasureText, Read(MeasureText));

    private static MeasureId? Read(string text) => ApplicationCsvReader.ExactMeasure(text, out var id) || MeasureIds.TryParse(text, out id) ? id : null;
}
