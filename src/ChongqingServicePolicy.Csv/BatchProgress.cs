namespace ChongqingServicePolicy.Csv;

/// <summary>How far an evaluation over a file has got.</summary>
/// <param name="Phase">The pass under way.</param>
/// <param name="BytesRead">Bytes of the input read in this pass.</param>
/// <param name="TotalBytes">The input's length.</param>
/// <param name="Rows">Rows read in this pass.</param>
public readonly record struct BatchProgress(BatchPhase Phase, long BytesRead, long TotalBytes, long Rows);
