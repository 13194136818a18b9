namespace ChongqingServicePolicy.Csv;

/// <summary>
/// Output files as the analysts' commands write them: through an <see cref="AtomicFile"/>, so that they are written in
/// full or not at all, with every failure reported as a one-line <see cref="CsvFileException"/> naming the file as an
/// output.
/// </summary>
public static class OutputFile
{
    /// <summary>Starts writing an output file, leaving the flush to disk to the operating system.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The file being written.</returns>
    /// <exception cref="CsvFileException">The folder does not exist, or the file cannot be created there.</exception>
    public static AtomicFile Create(string path) => Create(path, flushToDisk: false);

    /// <summary>Starts writing an output file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="flushToDisk">Whether it is flushed to disk before it is moved into place (see <see cref="AtomicFile"/>).</param>
    /// <returns>The file being written.</returns>
    /// <exception cref="CsvFileException">The folder does not exist, or the file cannot be created there.</exception>
    public static AtomicFile Create(string path, bool flushToDisk)
    {
        try
        {
            return AtomicFile.Create(path, flushToDisk);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Failed(path, ex);
        }
    }

    /// <summary>Moves a finished output file into place.</summary>
    /// <param name="file">The file.</param>
    /// <exception cref="CsvFileException">It cannot be flushed or moved.</exception>
    public static void Commit(AtomicFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            file.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Failed(file.Path, ex);
        }
    }

    /// <summary>Whether two paths name the same file, as the file system compares names.</summary>
    /// <param name="a">One path.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The exception for an output that cannot be written.</summary>
    internal static CsvFileException Failed(string path, Exception ex) =>
        new(path, $"the output cannot be written: {ex.Message}", null, ex);
}
