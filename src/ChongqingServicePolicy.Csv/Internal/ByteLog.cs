namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// Bytes appended one after another into large blocks, read back by position: the cells of the rows 就高不重复 may
/// change, kept until the whole file is known. Blocks are arrays of bytes, which the collector never traces.
/// Appended by one thread; once complete, read by any.
/// </summary>
internal sealed class ByteLog
{
    private const int BlockBytes = 4 << 20;

    private readonly List<byte[]> _blocks = [];
    private int _blockUsed = BlockBytes;

    /// <summary>The number of bytes appended.</summary>
    internal long Length { get; private set; }

    /// <summary>Appends bytes.</summary>
    /// <returns>Where they start.</returns>
    internal long Append(ReadOnlySpan<byte> bytes)
    {
        var start = Length;
        Length += bytes.Length;
        while (!bytes.IsEmpty)
        {
            if (_blockUsed == BlockBytes)
            {
                _blocks.Add(GC.AllocateUninitializedArray<byte>(BlockBytes));
                _blockUsed = 0;
            }

            var n = Math.Min(bytes.Length, BlockBytes - _blockUsed);
            bytes[..n].CopyTo(_blocks[^1].AsSpan(_blockUsed));
            _blockUsed += n;
            bytes = bytes[n..];
        }

        return start;
    }

    /// <summary>
    /// The bytes from <paramref name="start"/>, <paramref name="length"/> of them: straight from the block when they
    /// lie in one, else copied into <paramref name="scratch"/> (grown when too small).
    /// </summary>
    internal ReadOnlySpan<byte> Read(long start, int length, ref byte[] scratch)
    {
        var block = (int)(start / BlockBytes);
        var offset = (int)(start % BlockBytes);
        if (offset + length <= BlockBytes)
        {
            return _blocks[block].AsSpan(offset, length);
        }

        if (scratch.Length < length)
        {
            scratch = new byte[length];
        }

        var copied = 0;
        while (copied < length)
        {
            var n = Math.Min(length - copied, BlockBytes - offset);
            _blocks[block].AsSpan(offset, n).CopyTo(scratch.AsSpan(copied));
            copied += n;
            block++;
            offset = 0;
        }

        return scratch.AsSpan(0, length);
    }
}
