using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// One input file opened for reading: the encoding checked, the header read and matched against the columns a
/// reader knows, then the rows, each with the cells of the known columns. Sep splits the rows and fields;
/// this class adds what the contract asks on top (strict decoding, header rules, quoting checks).
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private const int SniffBytes = 8192;
    private readonly FileStream _file;
    private readonly StreamReader _text;
    private readonly SepReader _sep;
    private readonly int[] _knownToField;
    private readonly string[] _names;
    private readonly Decoding _decoding;
    private int _lastRow = 1;
    private int _nextLine;

    private CsvTable(Decoding decoding, FileStream file, StreamReader text, SepReader sep, string[] names, int[] knownToField, IReadOnlyList<string> unknown)
    {
        _names = names;
        _nextLine = sep.Current.LineNumberToExcl;
        _decoding = decoding;
        Path = decoding.Path;
        _file = file;
        _text = text;
        _sep = sep;
        FieldCount = names.Length;
        _knownToField = knownToField;
        UnknownColumns = unknown;
        EncodingName = decoding.Name;
    }

    /// <summary>The file's path as given.</summary>
    internal string Path { get; }

    /// <summary>The file's length in bytes.</summary>
    internal long Length => _file.Length;

    /// <summary>How far reading has got, in bytes (read ahead by the buffer, so approximate).</summary>
    internal long Position => _file.Position;

    /// <summary>The number of fields in the header.</summary>
    internal int FieldCount { get; }

    /// <summary>Header names that no known column matches, as written.</summary>
    internal IReadOnlyList<string> UnknownColumns { get; }

    /// <summary>The encoding actually read: the one asked for, or the one a byte order mark named.</summary>
    internal string EncodingName { get; }

    /// <summary>Rows that were blank (every field empty) and so skipped.</summary>
    internal int BlankRows { get; private set; }

    /// <summary>Whether the file has the known column at <paramref name="known"/>.</summary>
    internal bool Has(int known) => _knownToField[known] >= 0;

    internal static CsvTable Open(string path, CsvEncoding encoding, IReadOnlyList<string> known, IReadOnlyList<string> required)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            throw new CsvFileException(path, "no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CsvFileException(path, "no such file (the folder does not exist)");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CsvFileException(path, Directory.Exists(path) ? "is a folder, not a file" : "permission denied");
        }
        catch (IOException ex)
        {
            throw new CsvFileException(path, $"cannot be opened ({ex.Message})");
        }

        try
        {
            return Open(path, file, encoding, known, required);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static CsvTable Open(string path, FileStream file, CsvEncoding encoding, IReadOnlyList<string> known, IReadOnlyList<string> required)
    {
        var head = new byte[SniffBytes];
        var count = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var decoding = ChooseEncoding(path, head.AsSpan(0, count), encoding);
        var bom = decoding.Bom;
        if (count - bom == 0 || IsBlank(head.AsSpan(bom, count - bom)))
        {
            throw new CsvFileException(path, $"is empty; expected a header row such as {string.Join(",", required)}");
        }

        file.Position = bom;
        var text = new StreamReader(file, decoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        SepReader sep;
        try
        {
            sep = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = false, DisableColCountCheck = true }).From(text);
        }
        catch (DecoderFallbackException)
        {
            text.Dispose();
            throw NotInEncoding(decoding);
        }

        try
        {
            if (!MoveNext(sep, decoding, 1, 1))
            {
                throw new CsvFileException(path, "is empty; expected a header row");
            }

            var header = sep.Current;
            var names = new string[header.ColCount];
            for (var i = 0; i < names.Length; i++)
            {
                var field = header[i].Span;
                if (field.Count('"') % 2 == 1 || (field.IndexOf('"') >= 0 && LineBreaks(field) > 0))
                {
                    throw new CsvFileException(path, $"header field {Number(i + 1)}: a quote opened on line 1 is not closed on that line, so the header would take in the lines after it; remove the quote or close it", 1);
                }

                names[i] = Unquote(header[i].Span, out _).Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Trim();
            }

            var knownToField = new int[known.Count];
            Array.Fill(knownToField, -1);
            var unknown = new List<string>();
            for (var i = 0; i < names.Length; i++)
            {
                if (names[i].Length == 0)
                {
                    continue;
                }

                var index = IndexOf(known, names[i]);
                if (index < 0)
                {
                    unknown.Add(names[i]);
                }
                else if (knownToField[index] >= 0)
                {
                    throw new CsvFileException(path, $"column '{known[index]}' appears twice in the header (fields {knownToField[index] + 1} and {i + 1}); which one to read is ambiguous", 1);
                }
                else
                {
                    knownToField[index] = i;
                }
            }

            var missing = required.Where(r => knownToField[IndexOf(known, r)] < 0).ToList();
            if (missing.Count > 0)
            {
                var hint = names.Length == 1 && (names[0].Contains(';', StringComparison.Ordinal) || names[0].Contains('\t', StringComparison.Ordinal))
                    ? " The header has a single field: the file seems to be separated by ';' or tabs, not commas."
                    : knownToField.All(i => i < 0) ? " The first row must be the header." : string.Empty;
                throw new CsvFileException(
                    path,
                    $"required column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => $"'{m}'"))} missing from the header (found: {Shorten(string.Join(",", names), 120)}).{hint}",
                    1);
            }

            return new CsvTable(decoding, file, text, sep, names, knownToField, unknown);
        }
        catch
        {
            sep.Dispose();
            text.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the data rows. Each row gives the cells of the known columns (trimmed; <see langword="null"/> when
    /// blank or absent) into <paramref name="cells"/>, which is reused from row to row, and the fields of any
    /// column whose quoting is wrong into <paramref name="badQuoting"/> (their known cells hold the text as written).
    /// </summary>
    /// <exception cref="CsvFileException">A quote would merge lines into one row (see <see cref="CheckQuoting"/>).</exception>
    internal IEnumerable<CsvRowInfo> Rows(string?[] cells, List<BadQuoting> badQuoting)
    {
        if (cells.Length != _knownToField.Length)
        {
            throw new ArgumentException("One cell per known column.", nameof(cells));
        }

        var buffer = new RowCells(cells.Length);
        while (true)
        {
            buffer.Clear();
            if (!Next(buffer, badQuoting, out var info))
            {
                yield break;
            }

            for (var k = 0; k < cells.Length; k++)
            {
                cells[k] = buffer.String(k);
            }

            yield return info;
        }
    }

    /// <summary>
    /// Reads the next data row, skipping blank ones: the cells of the known columns into the current row of
    /// <paramref name="cells"/> (trimmed, unquoted; null when blank or absent) and the fields whose quoting is wrong into
    /// <paramref name="badQuoting"/> (their known cells hold the text as written).
    /// </summary>
    /// <returns><see langword="false"/> at the end of the file.</returns>
    /// <exception cref="CsvFileException">A quote would merge lines into one row (see <see cref="CheckQuoting"/>).</exception>
    internal bool Next(RowCells cells, List<BadQuoting> badQuoting, out CsvRowInfo info)
    {
        while (MoveNext(_sep, _decoding, _lastRow + 1, _nextLine))
        {
            var row = _sep.Current;
            var rowNumber = row.RowIndex + 1;
            _lastRow = rowNumber;
            _nextLine = row.LineNumberToExcl;
            var fields = row.ColCount;
            var blank = true;
            for (var i = 0; i < fields && blank; i++)
            {
                blank = row[i].Span.Trim().IsEmpty;
            }

            if (blank)
            {
                BlankRows++;
                continue;
            }

            // The first bytes are checked for NUL when the file is opened; binary content can come later too.
            var nul = row.Span.IndexOf('\0');
            if (nul >= 0)
            {
                throw new CsvFileException(Path, $"line {Number(row.LineNumberFrom + LineBreaks(row.Span[..nul]))} holds a NUL character, so this is not CSV text (binary content, or UTF-16 without a byte order mark?)", rowNumber);
            }

            badQuoting.Clear();
            var quotes = row.Span.IndexOf('"') >= 0;
            if (quotes)
            {
                CheckQuoting(row, rowNumber, badQuoting);
            }

            cells.Begin(cells.Row);
            var text = row.Span;
            cells.SetRow(text);
            for (var k = 0; k < cells.Count; k++)
            {
                var f = _knownToField[k];
                if (f < 0 || f >= fields)
                {
                    continue;
                }

                var raw = row[f].Span;
                if (raw.IsEmpty)
                {
                    continue;
                }

                if (!Solid(raw[0]) || !Solid(raw[^1]))
                {
                    raw = raw.Trim();
                    if (raw.IsEmpty)
                    {
                        continue;
                    }
                }

                if (!quotes || raw.IndexOf('"') < 0 || IsBad(badQuoting, f))
                {
                    cells.SetPart(k, text, raw);
                }
                else
                {
                    var value = Unquote(raw, out _).AsSpan().Trim();
                    if (!value.IsEmpty)
                    {
                        cells.Set(k, value);
                    }
                }
            }

            info = new CsvRowInfo(rowNumber, row.LineNumberFrom, fields);
            return true;
        }

        info = default;
        return false;
    }

    /// <summary>
    /// Whether a character is surely not white space, so that a cell that begins and ends with one needs no trimming:
    /// printable ASCII but the space, and everything above U+3000 (the ideographic space, the last white space).
    /// </summary>
    internal static bool Solid(char c) => c > '\u3000' || (uint)(c - '!') <= '~' - '!';

    /// <summary>
    /// Checks the quoting of every field of a row, known columns or not. RFC 4180 quotes a whole field; Sep, like
    /// most readers, treats any quote as opening a quoted section that runs to the next quote, across commas and
    /// line breaks. Where that would join lines that are rows of their own, the rows cannot be told apart safely,
    /// so the file stops, naming the column and the line where the quote opened: a quote never closed; a quote
    /// opened inside a cell's text that runs onto later lines; a quoted field spanning lines whose first line
    /// already completes the row; or a quoted field spanning lines in a row with the wrong number of fields.
    /// A quote that stays on its line but is not RFC 4180 (text around a quoted part, a lone quote inside a quoted
    /// field) only makes that field bad, and so its row <c>Invalid</c>.
    /// </summary>
    private void CheckQuoting(SepReader.Row row, int rowNumber, List<BadQuoting> bad)
    {
        var line = row.LineNumberFrom;
        var fields = row.ColCount;
        for (var i = 0; i < fields; i++)
        {
            var span = row[i].Span;
            var quote = span.IndexOf('"');
            var breaks = LineBreaks(span);
            if (quote < 0)
            {
                line += breaks;
                continue;
            }

            var opened = line + LineBreaks(span[..quote]);
            var column = ColumnName(i);
            if (span.Count('"') % 2 == 1)
            {
                // Sep ends a field only outside quotes, so an odd count means the end of the file came first.
                throw new CsvFileException(
                    Path,
                    $"column '{column}': the quote opened on line {Number(opened)} is never closed, so the rest of the file would be read into it; close it, or write a quote meant as text as two (\"\")",
                    rowNumber);
            }

            var trimmed = span.Trim(" \t");
            var quoted = trimmed[0] == '"';
            var wellFormed = quoted && IsWellFormed(trimmed);
            if (breaks > 0 && (!wellFormed || FirstLineCompletesRow(i, trimmed) || FirstLineOverrunsRow(i, trimmed, fields) || fields != FieldCount))
            {
                throw new CsvFileException(
                    Path,
                    $"column '{column}': the quote opened on line {Number(opened)} runs on to line {Number(line + breaks)}, joining lines that look like separate rows; close the quote on its own line, or write a quote meant as text as two (\"\")",
                    rowNumber);
            }

            if (!wellFormed)
            {
                bad.Add(new BadQuoting(i, IndexOfKnown(i), column, trimmed.Trim().ToString()));
            }

            line += breaks;
        }
    }

    /// <summary>
    /// Whether a quoted field that spans lines, and is not the last of its row, holds on its first line more commas than
    /// the row has fields left: the quote has taken in the rest of its own line and the start of the next row, whose
    /// remaining fields then make the count come out right.
    /// </summary>
    private bool FirstLineOverrunsRow(int field, ReadOnlySpan<char> quoted, int fields)
    {
        var end = quoted.IndexOfAny('\r', '\n');
        return field + 1 < fields && field + 1 + quoted[..end].Count(',') > FieldCount;
    }

    /// <summary>Whether a quoted field that spans lines holds, on its first line, the commas that end the row.</summary>
    private bool FirstLineCompletesRow(int field, ReadOnlySpan<char> quoted)
    {
        var end = quoted.IndexOfAny('\r', '\n');
        var commas = quoted[..end].Count(',');
        return commas > 0 && field + 1 + commas == FieldCount;
    }

    private int IndexOfKnown(int field) => Array.IndexOf(_knownToField, field);

    private string ColumnName(int field) =>
        field >= _names.Length ? $"field {Number(field + 1)} (beyond the header)"
        : _names[field].Length == 0 ? $"field {Number(field + 1)}"
        : Shorten(_names[field], 40);

    private static bool IsBad(List<BadQuoting> bad, int field)
    {
        foreach (var b in bad)
        {
            if (b.Field == field)
            {
                return true;
            }
        }

        return false;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Line breaks as Sep counts them: CR LF, a lone LF and a lone CR each count once.</summary>
    private static int LineBreaks(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether a field starting with a quote is one RFC 4180 quoted field: closed at its end, inner quotes doubled.</summary>
    private static bool IsWellFormed(ReadOnlySpan<char> raw)
    {
        Unquote(raw, out var wellFormed);
        return wellFormed;
    }

    public void Dispose()
    {
        _sep.Dispose();
        _text.Dispose();
        _file.Dispose();
    }

    internal static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");

    private static bool MoveNext(SepReader sep, Decoding decoding, int row, int line)
    {
        try
        {
            return sep.MoveNext();
        }
        catch (DecoderFallbackException)
        {
            throw NotInEncoding(decoding);
        }
        catch (IOException ex)
        {
            throw new CsvFileException(decoding.Path, $"reading failed ({ex.Message})", row, ex);
        }
        catch (NotSupportedException ex)
        {
            // Sep's ceiling on a row's length; in a CSV file, in practice a quote that is never closed.
            throw new CsvFileException(
                decoding.Path,
                $"the row starting on line {Number(line)} runs on for millions of characters without ending: a quote opened on or after that line is probably never closed; close it, or write a quote meant as text as two (\"\")",
                row,
                ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or OutOfMemoryException)
        {
            throw new CsvFileException(decoding.Path, $"cannot be split into rows and fields ({ex.Message})", row, ex);
        }
    }

    /// <summary>
    /// The error for bytes that are not valid in the file's encoding. The reader decodes ahead of the row it is
    /// on, so the fault is found again from the start of the file, to name the line that really holds it.
    /// </summary>
    private static CsvFileException NotInEncoding(Decoding decoding)
    {
        var name = decoding.Name.ToUpperInvariant();
        var hint = decoding.Name == "utf-8"
            ? "Files saved by Excel in a Chinese locale are usually GB18030: run again with --encoding gb18030"
            : "check the encoding the file was saved in";
        InvalidBytes? found;
        try
        {
            found = FindInvalidBytes(decoding);
        }
        catch (IOException)
        {
            found = null;
        }

        if (found is not { } at)
        {
            return new CsvFileException(decoding.Path, $"holds bytes that are not valid {name}. {hint}");
        }

        var bytes = at.Bytes.Length == 0 ? "an incomplete character at the end of the file" : string.Join(" ", at.Bytes.Take(4).Select(b => $"0x{b:X2}"));
        return new CsvFileException(
            decoding.Path,
            $"line {at.Line.ToString(CultureInfo.InvariantCulture)} holds bytes that are not valid {name} ({bytes} at byte {at.Offset.ToString(CultureInfo.InvariantCulture)}). {hint}");
    }

    /// <summary>Decodes the file again with a fresh strict decoder, counting line breaks, up to the first invalid bytes.</summary>
    private static InvalidBytes? FindInvalidBytes(Decoding decoding)
    {
        using var file = new FileStream(decoding.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        file.Position = decoding.Bom;
        var decoder = decoding.Encoding.GetDecoder();
        var lines = new LineCounter(decoding.Unit, decoding.BigEndian);
        var buffer = new byte[1 << 16];
        var chars = new char[decoding.Encoding.GetMaxCharCount(buffer.Length)];
        long start = decoding.Bom;
        while (true)
        {
            var count = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            try
            {
                // GetChars, not GetCharCount: only it carries a character split across blocks to the next call.
                decoder.GetChars(buffer, 0, count, chars, 0, flush: count == 0);
            }
            catch (DecoderFallbackException ex)
            {
                // The index is within this block; bytes held over from the previous block give a negative one.
                var index = Math.Min(ex.Index, count);
                lines.Add(buffer.AsSpan(0, Math.Max(0, index)));
                return new InvalidBytes(lines.Line, start + index, ex.BytesUnknown ?? []);
            }

            if (count == 0)
            {
                return null;
            }

            lines.Add(buffer.AsSpan(0, count));
            start += count;
        }
    }

    private static Decoding ChooseEncoding(string path, ReadOnlySpan<byte> head, CsvEncoding asked)
    {
        // A byte order mark names the encoding whatever was asked for.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new Decoding(path, CsvEncoding.Utf8.GetStrictEncoding(), 3, "utf-8", 1, false);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw new CsvFileException(path, "is UTF-32 text; save it as UTF-8 (or GB18030) CSV");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new Decoding(path, new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2, "utf-16", 2, false);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new Decoding(path, new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2, "utf-16", 2, true);
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            throw new CsvFileException(path, "is a ZIP archive, probably an Excel workbook (.xlsx), not CSV text; save it from Excel as \"CSV UTF-8\"");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            throw new CsvFileException(path, "is an Excel 97–2003 workbook (.xls), not CSV text; save it from Excel as \"CSV UTF-8\"");
        }

        if (head.IndexOf((byte)0) >= 0)
        {
            throw new CsvFileException(path, LooksLikeUtf16(head)
                ? "looks like UTF-16 text without a byte order mark; save it as UTF-8 (or GB18030) CSV"
                : "is not a text file (it contains NUL bytes); expected CSV text in UTF-8 or GB18030");
        }

        return new Decoding(path, asked.GetStrictEncoding(), 0, asked.ToName(), 1, false);
    }

    /// <summary>UTF-16 without a byte order mark: most text is ASCII, so every other byte is NUL.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> head)
    {
        var pairs = head.Length / 2;
        if (pairs < 2)
        {
            return false;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            evenNul += head[i] == 0 ? 1 : 0;
            oddNul += head[i + 1] == 0 ? 1 : 0;
        }

        return Math.Max(evenNul, oddNul) * 2 >= pairs && Math.Min(evenNul, oddNul) * 10 <= pairs;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(IReadOnlyList<string> known, string name)
    {
        for (var i = 0; i < known.Count; i++)
        {
            if (string.Equals(known[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The value of a field as RFC 4180 quotes it: outer quotes removed and doubled quotes halved. A field that
    /// does not start with a quote is returned as it is. <paramref name="wellFormed"/> is false for a quoted
    /// field with text after its closing quote, a lone inner quote, or no closing quote.
    /// </summary>
    private static string Unquote(ReadOnlySpan<char> raw, out bool wellFormed)
    {
        wellFormed = true;
        if (raw.IsEmpty || raw[0] != '"')
        {
            return raw.ToString();
        }

        if (raw.Length < 2 || raw[^1] != '"')
        {
            wellFormed = false;
            return raw.ToString();
        }

        var inner = raw[1..^1];
        var sb = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '"')
            {
                if (i + 1 < inner.Length && inner[i + 1] == '"')
                {
                    i++;
                }
                else
                {
                    wellFormed = false;
                    return raw.ToString();
                }
            }

            sb.Append(inner[i]);
        }

        return sb.ToString();
    }
}

/// <summary>A field whose quoting is not RFC 4180, though the row around it can be delimited.</summary>
/// <param name="Field">The field's index in the row.</param>
/// <param name="Known">The known column it is, or -1 for an unknown column.</param>
/// <param name="Column">The column's name as the header gives it.</param>
/// <param name="Raw">The field as written, trimmed.</param>
internal readonly record struct BadQuoting(int Field, int Known, string Column, string Raw);

/// <summary>Where a data row sits in its file.</summary>
/// <param name="RowNumber">The spreadsheet row: the header is row 1.</param>
/// <param name="LineNumber">The line it starts on (differs from the row when fields hold line breaks).</param>
/// <param name="FieldCount">How many fields the row has.</param>
internal readonly record struct CsvRowInfo(int RowNumber, int LineNumber, int FieldCount);

/// <summary>How a file is decoded: the encoding, the byte order mark skipped, and how a line break is written.</summary>
/// <param name="Path">The file.</param>
/// <param name="Encoding">The strict decoder's encoding.</param>
/// <param name="Bom">The length of the byte order mark, 0 without one.</param>
/// <param name="Name">The name reported: utf-8, gb18030 or utf-16.</param>
/// <param name="Unit">Bytes per code unit: 1 for UTF-8 and GB18030 (where byte 0x0A is always a line feed, never part of another character), 2 for UTF-16.</param>
/// <param name="BigEndian">For UTF-16, whether the high byte comes first.</param>
internal sealed record Decoding(string Path, Encoding Encoding, int Bom, string Name, int Unit, bool BigEndian);

/// <summary>Where the first bytes not valid in the encoding are.</summary>
/// <param name="Line">The line holding them, counting from 1.</param>
/// <param name="Offset">Their offset in the file, in bytes.</param>
/// <param name="Bytes">The bytes (empty for a character cut off by the end of the file).</param>
internal readonly record struct InvalidBytes(int Line, long Offset, byte[] Bytes);

/// <summary>Counts line breaks over raw bytes as Sep splits lines: CR LF, a lone LF and a lone CR each end one.</summary>
internal struct LineCounter(int unit, bool bigEndian)
{
    private readonly int _unit = unit;
    private readonly bool _bigEndian = bigEndian;
    private int _breaks;
    private bool _pendingCr;
    private int _carry = -1;

    /// <summary>The line the next byte is on, counting from 1.</summary>
    internal readonly int Line => _breaks + (_pendingCr ? 1 : 0) + 1;

    /// <summary>Counts the line breaks in the next bytes of the file.</summary>
    internal void Add(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        if (_unit == 2 && _carry >= 0 && bytes.Length > 0)
        {
            Unit(_bigEndian ? (_carry << 8) | bytes[0] : (bytes[0] << 8) | _carry);
            _carry = -1;
            i = 1;
        }

        for (; i + _unit <= bytes.Length; i += _unit)
        {
            Unit(_unit == 1 ? bytes[i] : _bigEndian ? (bytes[i] << 8) | bytes[i + 1] : (bytes[i + 1] << 8) | bytes[i]);
        }

        if (i < bytes.Length)
        {
            _carry = bytes[i];
        }
    }

    private void Unit(int c)
    {
        if (c == '\n')
        {
            _breaks++;
            _pendingCr = false;
        }
        else
        {
            if (_pendingCr)
            {
                _breaks++;
            }

            _pendingCr = c == '\r';
        }
    }
}
