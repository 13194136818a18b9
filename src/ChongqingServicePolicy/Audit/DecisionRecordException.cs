namespace ChongqingServicePolicy.Audit;

/// <summary>A decision record could not be read: what is wrong and, where known, the JSON path of the value.</summary>
public sealed class DecisionRecordException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">What kind of fault.</param>
    /// <param name="path">The JSON path of the faulty value, e.g. <c>decision.trace[2].code</c>, or <see langword="null"/>.</param>
    /// <param name="message">What is wrong, for people.</param>
    /// <param name="innerException">The fault that revealed it, if any.</param>
    public DecisionRecordException(DecisionRecordError error, string? path, string message, Exception? innerException = null)
        : base(path is null ? message : $"{path}: {message}", innerException)
    {
        Error = error;
        Path = path;
    }

    /// <summary>What kind of fault.</summary>
    public DecisionRecordError Error { get; }

    /// <summary>
    /// The JSON path of the faulty value, without the leading <c>$.</c> (<c>decision.award_yuan</c>,
    /// <c>decision.trace[2].code</c>); <c>$</c> for the record as a whole; <see langword="null"/> when the text
    /// breaks off before a path can be named.
    /// </summary>
    public string? Path { get; }
}
