namespace ChongqingServicePolicy.Csv;

/// <summary>How far an evaluation over a file has got.</summary>
/// <param name="Phase">The phase under way.</param>
/// <param name="BytesRead">How far the phase has got, in bytes: of the input while it is read, of decisions.csv while its lines are put in place.</param>
/// <param name="TotalBytes">The length of what <paramref name="BytesRead"/> counts through.</param>
/// <param name="Rows">Rows done in this phase (while lines are put in place, an estimate).</param>
public readonly record struct BatchProgress(BatchPhase Phase, long BytesRead, long TotalBytes, long Rows);
