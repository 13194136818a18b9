using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// The cells of the known columns of one or more rows, as text in one reused buffer, so that reading a row makes
/// strings only of the cells kept as text. Cells are set and read for the current <see cref="Row"/>. A cell is
/// absent (<see langword="null"/>) when blank or missing.
/// </summary>
internal sealed class RowCells
{
    private readonly int[] _start;
    private readonly int[] _length;
    private char[] _chars;
    private int _used;
    private int _row;
    private int _rowStart;
    private int _rowLength = -1;

    /// <summary>Makes room for <paramref name="rows"/> rows of <paramref name="count"/> cells.</summary>
    internal RowCells(int count, int rows = 1)
    {
        Count = count;
        _start = new int[count * rows];
        _length = new int[count * rows];
        _chars = new char[Math.Max(256, rows * 160)];
        Clear();
    }

    /// <summary>The number of known columns.</summary>
    internal int Count { get; }

    /// <summary>The row whose cells are set and read.</summary>
    internal int Row
    {
        get => _row / Count;
        set => _row = value * Count;
    }

    /// <summary>Forgets every row's text, and makes the current row the first.</summary>
    internal void Clear()
    {
        _used = 0;
        _row = 0;
        Array.Fill(_length, -1, 0, Count);
    }

    /// <summary>Makes <paramref name="row"/> current, every cell of it absent, to be set.</summary>
    internal void Begin(int row)
    {
        Row = row;
        Array.Fill(_length, -1, _row, Count);
    }

    /// <summary>Sets a cell's text.</summary>
    internal void Set(int k, ReadOnlySpan<char> text)
    {
        if (_used + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + text.Length));
        }

        text.CopyTo(_chars.AsSpan(_used));
        _start[_row + k] = _used;
        _length[_row + k] = text.Length;
        _used += text.Length;
    }

    /// <summary>
    /// Copies the text of a whole row at once, for its cells to be set as parts of it (<see cref="SetPart"/>): one copy a
    /// row rather than one a cell.
    /// </summary>
    internal void SetRow(ReadOnlySpan<char> text)
    {
        if (_used + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + text.Length));
        }

        text.CopyTo(_chars.AsSpan(_used));
        _rowStart = _used;
        _rowLength = text.Length;
        _used += text.Length;
    }

    /// <summary>
    /// Sets a cell's text as the part of the row <see cref="SetRow"/> copied last that <paramref name="text"/> is,
    /// <paramref name="text"/> being a part of the span that was copied; copies it as <see cref="Set"/> does when it is not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetPart(int k, ReadOnlySpan<char> row, ReadOnlySpan<char> text)
    {
        var offset = Unsafe.ByteOffset(ref MemoryMarshal.GetReference(row), ref MemoryMarshal.GetReference(text)) / sizeof(char);
        if (row.Length == _rowLength && (nuint)offset <= (nuint)(row.Length - text.Length))
        {
            _start[_row + k] = _rowStart + (int)offset;
            _length[_row + k] = text.Length;
            return;
        }

        Set(k, text);
    }

    /// <summary>Whether a cell is absent.</summary>
    internal bool IsNull(int k) => _length[_row + k] < 0;

    /// <summary>A cell's text; empty when absent.</summary>
    internal ReadOnlySpan<char> Span(int k) => _length[_row + k] < 0 ? default : _chars.AsSpan(_start[_row + k], _length[_row + k]);

    /// <summary>A cell's text in any row, whichever is current; empty when absent.</summary>
    internal ReadOnlySpan<char> Span(int row, int k)
    {
        var at = (row * Count) + k;
        return _length[at] < 0 ? default : _chars.AsSpan(_start[at], _length[at]);
    }

    /// <summary>Whether a cell of any row is absent.</summary>
    internal bool IsNull(int row, int k) => _length[(row * Count) + k] < 0;

    /// <summary>A cell's text as a string, or <see langword="null"/> when absent.</summary>
    internal string? String(int k) => _length[_row + k] < 0 ? null : new string(_chars, _start[_row + k], _length[_row + k]);

    /// <summary>
    /// Writes the cells of <paramref name="row"/> and where it sits in its file compactly, for <see cref="Load"/> to
    /// set again later: a row kept this way takes about as many bytes as it had in the file.
    /// </summary>
    /// <remarks>
    /// The layout: row number, line number and field count (four bytes each), a mask of the cells present, each
    /// present cell's length in characters, then the text of all of them one after another, in UTF-8, or in UTF-16
    /// when some cell holds a lone surrogate (the mask's top bit says which), so that every row comes back exactly.
    /// </remarks>
    internal void Save(int row, CsvRowInfo info, IBufferWriter<byte> output)
    {
        var first = row * Count;
        var mask = 0u;
        var chars = 0;
        for (var k = 0; k < Count; k++)
        {
            var length = _length[first + k];
            if (length >= 0)
            {
                mask |= 1u << k;
                chars += length;
            }
        }

        // Lengths take at most five bytes each; UTF-8 at most three bytes a UTF-16 code unit.
        var span = output.GetSpan(16 + (Count * 5) + (chars * 3));
        BinaryPrimitives.WriteInt32LittleEndian(span, info.RowNumber);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], info.LineNumber);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], info.FieldCount);
        var at = 16;
        for (var k = 0; k < Count; k++)
        {
            if (_length[first + k] >= 0)
            {
                at += WriteLength(span[at..], _length[first + k]);
            }
        }

        var text = span[at..];
        var written = 0;
        var utf16 = false;
        for (var k = 0; k < Count && !utf16; k++)
        {
            if (_length[first + k] >= 0)
            {
                utf16 = Utf8.FromUtf16(_chars.AsSpan(_start[first + k], _length[first + k]), text[written..], out _, out var n, replaceInvalidSequences: false) != OperationStatus.Done;
                written += n;
            }
        }

        if (utf16)
        {
            written = 0;
            for (var k = 0; k < Count; k++)
            {
                if (_length[first + k] >= 0)
                {
                    MemoryMarshal.AsBytes(_chars.AsSpan(_start[first + k], _length[first + k])).CopyTo(text[written..]);
                    written += _length[first + k] * 2;
                }
            }

            mask |= 1u << 31;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(span[12..], mask);
        output.Advance(at + written);
    }

    /// <summary>Sets the cells <see cref="Save"/> wrote as the cells of the first row, and makes it current.</summary>
    /// <returns>Where the row sits in its file.</returns>
    internal CsvRowInfo Load(ReadOnlySpan<byte> saved)
    {
        Clear();
        var info = new CsvRowInfo(
            BinaryPrimitives.ReadInt32LittleEndian(saved),
            BinaryPrimitives.ReadInt32LittleEndian(saved[4..]),
            BinaryPrimitives.ReadInt32LittleEndian(saved[8..]));
        var mask = BinaryPrimitives.ReadUInt32LittleEndian(saved[12..]);
        var at = 16;
        var chars = 0;
        for (var k = 0; k < Count; k++)
        {
            if ((mask & (1u << k)) != 0)
            {
                at += ReadLength(saved[at..], out var length);
                _length[k] = length;
                chars += length;
            }
        }

        if (_chars.Length < chars)
        {
            _chars = new char[Math.Max(chars, _chars.Length * 2)];
        }

        if ((mask & (1u << 31)) != 0)
        {
            MemoryMarshal.Cast<byte, char>(saved.Slice(at, chars * 2)).CopyTo(_chars);
        }
        else
        {
            Utf8.ToUtf16(saved[at..], _chars, out _, out _, replaceInvalidSequences: false);
        }

        var start = 0;
        for (var k = 0; k < Count; k++)
        {
            if (_length[k] >= 0)
            {
                _start[k] = start;
                start += _length[k];
            }
        }

        _used = chars;
        return info;
    }

    private static int WriteLength(Span<byte> span, int value)
    {
        var i = 0;
        var v = (uint)value;
        while (v >= 0x80)
        {
            span[i++] = (byte)(v | 0x80);
            v >>= 7;
        }

        span[i++] = (byte)v;
        return i;
    }

    private static int ReadLength(ReadOnlySpan<byte> span, out int value)
    {
        var v = 0u;
        var shift = 0;
        var i = 0;
        byte b;
        do
        {
            b = span[i++];
            v |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);

        value = (int)v;
        return i;
    }
}
