namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>The <see cref="RelevantRow"/>s of a file in order, in blocks, so that growing never copies them all.</summary>
internal sealed class RelevantRows
{
    private const int BlockShift = 16;
    private const int BlockRows = 1 << BlockShift;

    private readonly List<RelevantRow[]> _blocks = [];

    /// <summary>The number of rows.</summary>
    internal int Count { get; private set; }

    /// <summary>Row <paramref name="index"/>.</summary>
    internal ref readonly RelevantRow this[int index] => ref _blocks[index >> BlockShift][index & (BlockRows - 1)];

    /// <summary>Adds a row at the end.</summary>
    internal void Add(in RelevantRow row)
    {
        if ((Count & (BlockRows - 1)) == 0 && Count >> BlockShift == _blocks.Count)
        {
            _blocks.Add(new RelevantRow[BlockRows]);
        }

        _blocks[Count >> BlockShift][Count & (BlockRows - 1)] = row;
        Count++;
    }
}
