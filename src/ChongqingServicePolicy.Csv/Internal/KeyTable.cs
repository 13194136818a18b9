using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// A set of text keys (application ids, subject ids), each given a number in the order first added, compared
/// exactly (ordinal). Built for millions of keys: the text is kept in large blocks (a byte a character when it is
/// ASCII, else its UTF-16 code units, marked as such) and the table is
/// arrays of numbers, so the collector has nothing to trace, where a <see cref="HashSet{T}"/> of strings holds
/// one object per key. Open addressing with linear probing; each bucket holds a key's hash beside its number, so
/// a key not in the table is usually told by one memory read. Hashes are the runtime's randomised string hash,
/// so keys cannot be chosen to collide. For one thread.
/// </summary>
internal sealed class KeyTable
{
    private const int BlockBytes = 1 << 20;
    private const int PlaceShift = 16;
    private const int PlaceBlock = 1 << PlaceShift;

    private readonly List<byte[]> _blocks = [];
    private readonly List<long[]> _places = [];
    private int _blockUsed = BlockBytes;
    private ulong[] _buckets;
    private byte[] _bytes = new byte[256];

    /// <summary>Creates a table with room for about <paramref name="capacity"/> keys before it grows.</summary>
    internal KeyTable(int capacity = 0) =>
        _buckets = NewBuckets(Math.Max(1 << 12, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Min(capacity + (capacity / 3) + 1, 1 << 30))));

    /// <summary>The number of keys.</summary>
    internal int Count { get; private set; }

    /// <summary>Adds a key unless it is there.</summary>
    /// <param name="key">The key.</param>
    /// <param name="added">Whether the key was new.</param>
    /// <returns>The key's number: 0 for the first key added, 1 for the second, and so on.</returns>
    internal int Add(ReadOnlySpan<char> key, out bool added) => Add(key, string.GetHashCode(key), out added);

    /// <summary>Adds a key unless it is there, its hash already known.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyHash"><see cref="string.GetHashCode(ReadOnlySpan{char})"/> of the key, worked out beforehand (on another thread, say).</param>
    /// <param name="added">Whether the key was new.</param>
    /// <returns>The key's number.</returns>
    internal int Add(ReadOnlySpan<char> key, int keyHash, out bool added)
    {
        var hash = (uint)keyHash;
        if (key.Length * 2 > _bytes.Length)
        {
            _bytes = new byte[Math.Max(key.Length * 2, _bytes.Length * 2)];
        }

        // Narrowed to bytes in the pass that finds whether it can be: an ASCII key is kept a byte a character.
        var ascii = Ascii.FromUtf16(key, _bytes, out _) == OperationStatus.Done;
        var length = ascii ? key.Length : key.Length * 2;
        var bytes = _bytes.AsSpan(0, length);
        if (!ascii)
        {
            MemoryMarshal.AsBytes(key).CopyTo(bytes);
        }

        // The mark keeps an ASCII key and a key of other characters from ever having the same bytes.
        var word = (uint)length | (ascii ? 0u : 1u << 31);
        var mask = _buckets.Length - 1;
        var bucket = (int)hash & mask;
        while (true)
        {
            var entry = _buckets[bucket];
            if (entry == 0)
            {
                break;
            }

            var number = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && Matches(number, word, bytes))
            {
                added = false;
                return number;
            }

            bucket = (bucket + 1) & mask;
        }

        var added1 = Count;
        if ((added1 & (PlaceBlock - 1)) == 0)
        {
            _places.Add(new long[PlaceBlock]);
        }

        _places[added1 >> PlaceShift][added1 & (PlaceBlock - 1)] = Store(word, bytes);
        _buckets[bucket] = ((ulong)hash << 32) | (uint)(added1 + 1);
        Count = added1 + 1;
        if (Count > _buckets.Length / 4 * 3)
        {
            Grow();
        }

        added = true;
        return added1;
    }

    /// <summary>
    /// Reads the bucket where the search for a key of hash <paramref name="keyHash"/> starts, so that a lookup soon
    /// after finds it in the cache. A table of millions of keys is far larger than the cache, so a lookup's first read
    /// nearly always waits for memory; lookups made one at a time wait one after another, while reads made in a row,
    /// none depending on another, wait together. The caller keeps the word returned (any use will do), so that the
    /// read is made.
    /// </summary>
    /// <param name="keyHash">The hash of a key about to be looked up.</param>
    /// <returns>The bucket's word.</returns>
    internal ulong Touch(int keyHash) => _buckets[(int)(uint)keyHash & (_buckets.Length - 1)];

    /// <summary>The text of key <paramref name="number"/>, as a new string.</summary>
    internal string Text(int number)
    {
        var place = _places[number >> PlaceShift][number & (PlaceBlock - 1)];
        var block = _blocks[(int)(place >> 32)];
        var offset = (int)place;
        var word = MemoryMarshal.Read<uint>(block.AsSpan(offset));
        var bytes = block.AsSpan(offset + 4, (int)(word & int.MaxValue));
        return (word & (1u << 31)) == 0 ? Encoding.ASCII.GetString(bytes) : new string(MemoryMarshal.Cast<byte, char>(bytes));
    }

    /// <summary>Whether key <paramref name="number"/> has the length word and bytes given.</summary>
    private bool Matches(int number, uint word, ReadOnlySpan<byte> bytes)
    {
        var place = _places[number >> PlaceShift][number & (PlaceBlock - 1)];
        var block = _blocks[(int)(place >> 32)];
        var offset = (int)place;
        return MemoryMarshal.Read<uint>(block.AsSpan(offset)) == word && block.AsSpan(offset + 4, bytes.Length).SequenceEqual(bytes);
    }

    /// <summary>Keeps a key's bytes after its length word; returns its block and offset.</summary>
    private long Store(uint word, ReadOnlySpan<byte> bytes)
    {
        var size = bytes.Length + 4;
        if (size > BlockBytes - _blockUsed)
        {
            // A key longer than a block gets a block of its own.
            _blocks.Add(new byte[Math.Max(BlockBytes, size)]);
            _blockUsed = 0;
        }

        var block = _blocks[^1];
        var offset = _blockUsed;
        MemoryMarshal.Write(block.AsSpan(offset), in word);
        bytes.CopyTo(block.AsSpan(offset + 4));
        _blockUsed += size;
        return ((long)(_blocks.Count - 1) << 32) | (uint)offset;
    }

    private void Grow()
    {
        var buckets = NewBuckets(_buckets.Length * 2);
        var mask = buckets.Length - 1;
        foreach (var entry in _buckets)
        {
            if (entry == 0)
            {
                continue;
            }

            var bucket = (int)(uint)(entry >> 32) & mask;
            while (buckets[bucket] != 0)
            {
                bucket = (bucket + 1) & mask;
            }

            buckets[bucket] = entry;
        }

        _buckets = buckets;
    }

    /// <summary>
    /// A cleared array of buckets whose memory is written once before it is read.
    /// </summary>
    /// <remarks>
    /// A large new array comes straight from the operating system, untouched. Lookups read a bucket before they write it,
    /// and a read of an untouched page maps the shared zero page, so the first write to each page then faults again to
    /// replace it, and that second fault flushes the page's translation on every core the process runs on. On a
    /// million-row file that flush was about 2% of the run's samples, all on the calling thread. Clearing the array once
    /// writes every page first: each page faults once, with no flush.
    /// </remarks>
    private static ulong[] NewBuckets(int length)
    {
        var buckets = GC.AllocateUninitializedArray<ulong>(length);
        buckets.AsSpan().Clear();
        return buckets;
    }
}
