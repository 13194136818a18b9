using System.Buffers;
using System.Text.Json;
using ChongqingServicePolicy.Audit;

namespace ChongqingServicePolicy.Csv;

/// <summary>
/// Reads a file of decision records, one JSON document a line (what <c>cqpolicy evaluate --json</c> writes), line
/// by line and streaming. A line that is not a readable record is returned with its error rather than thrown, so
/// one bad line never hides the others. Not thread-safe; open one reader per file.
/// </summary>
/// <example>
/// <code>
/// using var reader = DecisionRecordReader.Open("decisions.jsonl");
/// foreach (var line in reader.ReadLines())
/// {
///     var result = line.Record is { } record ? engine.Replay(record) : null;
/// }
/// </code>
/// </example>
public sealed class DecisionRecordReader : IDisposable
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The longest line read by default, in bytes (16 MiB), line break excluded. A decision record takes a few
    /// kilobytes; a longer line is reported as not a record without being held in memory.
    /// </summary>
    public const int DefaultMaxLineBytes = 16 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly string _path;
    private readonly int _maxLineBytes;
    private long _position;

    private DecisionRecordReader(string path, Stream stream, int maxLineBytes)
    {
        _path = path;
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        Length = stream.Length;
    }

    /// <summary>The longest line this reader reads as a record, in bytes, line break excluded.</summary>
    public int MaxLineBytes => _maxLineBytes;

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; }

    /// <summary>How many bytes have been read so far, for progress.</summary>
    public long Position => _position;

    /// <summary>Opens a decision records file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="CsvFileException">The file is missing, a folder, or cannot be opened.</exception>
    public static DecisionRecordReader Open(string path) => Open(path, DefaultMaxLineBytes);

    /// <summary>Opens a decision records file, reading lines up to a given length.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxLineBytes">
    /// The longest line read as a record, in bytes, line break excluded. A longer line is returned as not a record
    /// (<see cref="DecisionRecordError.Malformed"/>, naming the limit), and only this many of its bytes are held.
    /// </param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineBytes"/> is not positive.</exception>
    /// <exception cref="CsvFileException">The file is missing, a folder, or cannot be opened.</exception>
    public static DecisionRecordReader Open(string path, int maxLineBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        if (Directory.Exists(path))
        {
            throw new CsvFileException(path, "is a folder, not a decision records file");
        }

        if (!File.Exists(path))
        {
            throw new CsvFileException(path, "does not exist");
        }

        try
        {
            return new DecisionRecordReader(path, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), maxLineBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CsvFileException(path, $"cannot be read ({ex.Message})", null, ex);
        }
    }

    /// <summary>
    /// Reads every non-blank line. A byte order mark at the start and a carriage return before each line feed are
    /// ignored. A line longer than <see cref="MaxLineBytes"/> is returned as not a record, and its bytes beyond the
    /// limit are skipped rather than held.
    /// </summary>
    /// <returns>Each line's record, or why it is not one.</returns>
    /// <exception cref="CsvFileException">The file cannot be read any further.</exception>
    public IEnumerable<DecisionRecordLine> ReadLines()
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        var chunk = new byte[1 << 16];
        var lineNumber = 0;
        var first = true;
        var tooLong = false;
        while (true)
        {
            int read;
            try
            {
                read = _stream.Read(chunk, 0, chunk.Length);
            }
            catch (IOException ex)
            {
                throw new CsvFileException(_path, $"cannot be read ({ex.Message})", null, ex);
            }

            if (read == 0)
            {
                break;
            }

            var start = 0;
            while (true)
            {
                var end = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                var piece = chunk.AsSpan(start, (end < 0 ? read : end) - start);
                _position += end < 0 ? read - start : end + 1 - start;
                tooLong = tooLong || Hold(buffer, piece);
                if (end < 0)
                {
                    break;
                }

                start = end + 1;
                lineNumber++;
                var line = tooLong ? TooLong(lineNumber) : Line(buffer.WrittenSpan, lineNumber, first);
                first = false;
                tooLong = false;
                buffer.ResetWrittenCount();
                if (line is not null)
                {
                    yield return line;
                }
            }
        }

        if (buffer.WrittenCount > 0 || tooLong)
        {
            lineNumber++;
            var line = tooLong ? TooLong(lineNumber) : Line(buffer.WrittenSpan, lineNumber, first);
            if (line is not null)
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// Adds a piece of the current line to the buffer unless the line would pass the limit (a carriage return
    /// ending the line does not count), and says whether it did.
    /// </summary>
    private bool Hold(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> piece)
    {
        if ((long)buffer.WrittenCount + piece.Length > _maxLineBytes + 1L)
        {
            return true;
        }

        buffer.Write(piece);
        return buffer.WrittenCount > _maxLineBytes && buffer.WrittenSpan[^1] != (byte)'\r';
    }

    private DecisionRecordLine TooLong(int lineNumber) => new(
        lineNumber,
        null,
        new DecisionRecordException(
            DecisionRecordError.Malformed,
            null,
            $"the line is longer than {_maxLineBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes, the most a decision record may take here; it was not read"),
        null);

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();

    private static DecisionRecordLine? Line(ReadOnlySpan<byte> bytes, int lineNumber, bool first)
    {
        if (first && bytes.StartsWith(Bom))
        {
            bytes = bytes[Bom.Length..];
        }

        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        if (bytes.Trim(" \t"u8).Length == 0)
        {
            return null;
        }

        try
        {
            var record = DecisionRecord.Parse(bytes);
            return new DecisionRecordLine(lineNumber, record, null, record.ApplicationId);
        }
        catch (DecisionRecordException ex)
        {
            return new DecisionRecordLine(lineNumber, null, ex, NamedApplication(bytes));
        }
    }

    /// <summary>The <c>input.application_id</c> of a line that is JSON but not a readable record, to name it in reports.</summary>
    private static string? NamedApplication(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var input = reader.ValueTextEquals("input"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (!input || reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var id = reader.ValueTextEquals("application_id"u8);
                    if (!reader.Read())
                    {
                        return null;
                    }

                    if (id)
                    {
                        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }

                    reader.Skip();
                }

                return null;
            }
        }
        catch (JsonException)
        {
            // A line cut short or not JSON names no application.
        }

        return null;
    }
}
