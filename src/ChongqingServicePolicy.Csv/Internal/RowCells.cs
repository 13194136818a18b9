namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// The cells of one row's known columns, as text in one reused buffer, so that reading a row makes strings only
/// of the cells kept as text. A cell is absent (<see langword="null"/>) when blank or missing.
/// </summary>
internal sealed class RowCells
{
    private readonly int[] _start;
    private readonly int[] _length;
    private char[] _chars = new char[1024];
    private int _used;

    internal RowCells(int count)
    {
        _start = new int[count];
        _length = new int[count];
        Clear();
    }

    /// <summary>The number of known columns.</summary>
    internal int Count => _length.Length;

    /// <summary>Makes every cell absent.</summary>
    internal void Clear()
    {
        _used = 0;
        Array.Fill(_length, -1);
    }

    /// <summary>Sets a cell's text.</summary>
    internal void Set(int k, ReadOnlySpan<char> text)
    {
        if (_used + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + text.Length));
        }

        text.CopyTo(_chars.AsSpan(_used));
        _start[k] = _used;
        _length[k] = text.Length;
        _used += text.Length;
    }

    /// <summary>Makes a cell absent.</summary>
    internal void SetNull(int k) => _length[k] = -1;

    /// <summary>Whether a cell is absent.</summary>
    internal bool IsNull(int k) => _length[k] < 0;

    /// <summary>A cell's text; empty when absent.</summary>
    internal ReadOnlySpan<char> Span(int k) => _length[k] < 0 ? default : _chars.AsSpan(_start[k], _length[k]);

    /// <summary>A cell's text as a string, or <see langword="null"/> when absent.</summary>
    internal string? String(int k) => _length[k] < 0 ? null : new string(_chars, _start[k], _length[k]);
}
