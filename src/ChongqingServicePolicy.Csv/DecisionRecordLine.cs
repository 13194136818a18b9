using ChongqingServicePolicy.Audit;

namespace ChongqingServicePolicy.Csv;

/// <summary>One line of a decision records file: the record, or why the line is not one.</summary>
/// <param name="LineNumber">The line, from 1.</param>
/// <param name="Record">The record, or <see langword="null"/> when the line could not be read as one.</param>
/// <param name="Error">Why the line is not a record; <see langword="null"/> when <paramref name="Record"/> is set.</param>
/// <param name="ApplicationId">
/// The record's <c>application_id</c>: from <paramref name="Record"/>, or when the line is not a readable record but is
/// JSON naming one (<c>input.application_id</c>), that; <see langword="null"/> when the line names none.
/// </param>
public sealed record DecisionRecordLine(int LineNumber, DecisionRecord? Record, DecisionRecordException? Error, string? ApplicationId);
