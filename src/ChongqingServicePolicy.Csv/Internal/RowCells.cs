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

    /// <summary>Makes a cell absent.</summary>
    internal void SetNull(int k) => _length[_row + k] = -1;

    /// <summary>Whether a cell is absent.</summary>
    internal bool IsNull(int k) => _length[_row + k] < 0;

    /// <summary>A cell's text; empty when absent.</summary>
    internal ReadOnlySpan<char> Span(int k) => _length[_row + k] < 0 ? default : _chars.AsSpan(_start[_row + k], _length[_row + k]);

    /// <summary>A cell's text as a string, or <see langword="null"/> when absent.</summary>
    internal string? String(int k) => _length[_row + k] < 0 ? null : new string(_chars, _start[_row + k], _length[_row + k]);
}
