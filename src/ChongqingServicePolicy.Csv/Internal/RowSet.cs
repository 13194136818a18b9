namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>A set of spreadsheet row numbers, one bit each. Written by one thread, then read by any.</summary>
internal sealed class RowSet
{
    private ulong[] _bits = new ulong[64];

    /// <summary>Adds a row.</summary>
    internal void Add(int row)
    {
        var word = row >> 6;
        if (word >= _bits.Length)
        {
            Array.Resize(ref _bits, Math.Max(_bits.Length * 2, word + 1));
        }

        _bits[word] |= 1UL << (row & 63);
    }

    /// <summary>Whether a row was added.</summary>
    internal bool Contains(int row)
    {
        var word = row >> 6;
        return word < _bits.Length && (_bits[word] & (1UL << (row & 63))) != 0;
    }
}
