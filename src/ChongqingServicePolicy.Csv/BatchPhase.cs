namespace ChongqingServicePolicy.Csv;

/// <summary>The two phases of an evaluation over an applications file.</summary>
public enum BatchPhase
{
    /// <summary>The file read: every row decided, and (unless it is read a second time) its line written as if 就高不重复 changed nothing.</summary>
    Reading = 1,

    /// <summary>
    /// decisions.csv finished: the lines 就高不重复 changes written again in place; or, with decision records or
    /// <see cref="CsvEvaluationOptions.RowDecided"/>, the file read a second time and every decision written.
    /// </summary>
    Writing = 2,
}
