namespace ChongqingServicePolicy.Csv;

/// <summary>
/// A file that cannot be read at all: missing, empty, not text, without a header, or without a required column.
/// The message is one line for an analyst; rows that are merely wrong become <c>Invalid</c> decisions instead.
/// </summary>
public sealed class CsvFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="message">What is wrong, as one line.</param>
    /// <param name="row">The spreadsheet row (header = 1) where it was found, when there is one.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public CsvFileException(string path, string message, int? row = null, Exception? inner = null)
        : base(Format(path, message, row), inner)
    {
        Path = path;
        Row = row;
        Reason = message;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The spreadsheet row (header = 1) where the problem was found, when there is one.</summary>
    public int? Row { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Reason { get; }

    private static string Format(string path, string message, int? row) =>
        row is { } r ? $"{path}: row {r.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {message}" : $"{path}: {message}";
}
