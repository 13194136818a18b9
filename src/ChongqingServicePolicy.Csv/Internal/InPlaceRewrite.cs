using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// Rewrites a file in place from a position on, in one pass from front to back: runs of its bytes are kept (moved
/// when what comes before them changed length), ranges are dropped and new bytes put in between. Old bytes are
/// read before anything is written over them, so a file that grows needs in memory only as much as it has grown
/// so far (plus a block each way), and one that shrinks only the blocks. Nothing is written before the first
/// change of length.
/// </summary>
/// <remarks>
/// <para>
/// How decisions.csv gets its final lines: it is written once while the input is read, with every line as if
/// 就高不重复 changed nothing, and the lines of the rows the rule compares are then put in place here. Rewriting
/// the part of a file the system already holds in memory costs far less than writing a new file of the same size.
/// </para>
/// <para>
/// Old bytes are read a block of 4 MiB at a time into blocks that stay where they are until every byte kept from
/// them is written: a byte read ahead is never moved again, however far the file has grown. The new content is
/// written about a block at a time, gathered from where it lies (the old blocks, and a buffer of the bytes put in)
/// in one call, so old bytes are not copied in memory before they are written.
/// </para>
/// <para>
/// A file (a <see cref="FileStream"/>) is read one block ahead on the thread pool, so that reading the next block
/// overlaps moving and writing this one. The block read ahead starts where reading has got to, and nothing is
/// written at or beyond that point before the block is taken, so the read never sees a byte written by the rewrite.
/// A block read ahead for a position that reading then skips (a range dropped, or kept where nothing has moved) is
/// let go unused. A read that no pool thread has started by the time its block is needed is taken back and done on
/// the rewrite's own thread, so a busy pool never holds the rewrite up.
/// </para>
/// </remarks>
internal sealed class InPlaceRewrite : IDisposable
{
    private const int Block = 4 << 20;

    /// <summary>The most runs written in one call: within what every system takes at once (IOV_MAX is 1024 on Linux).</summary>
    private const int MaxRuns = 512;

    private readonly Stream _file;
    private readonly SafeFileHandle? _handle;
    private readonly long _end;

    // The old content read and not yet let go, in file order (a range dropped unread leaves a gap between two).
    private readonly List<OldBlock> _blocks = [];
    private readonly Stack<byte[]> _spare = new();

    // What is to be written at _outAt, _outLength bytes in all: runs of the old blocks held and of _inserted, in order.
    private readonly List<ReadOnlyMemory<byte>> _pending = [];
    private int _outLength;

    // The bytes put in since the last write, which the pending runs refer to.
    private readonly byte[] _inserted = NewBlock();
    private int _insertedLength;

    private long _consumed;
    private long _read;
    private long _outAt;

    private readonly TaskScheduler _readAhead;

    // The read of the next block, queued or under way on the thread pool.
    private BlockRead? _ahead;

    /// <summary>Starts rewriting <paramref name="file"/>, whose first <paramref name="length"/> bytes are the old content, at <paramref name="from"/>.</summary>
    /// <param name="file">The file.</param>
    /// <param name="from">Where the rewrite starts.</param>
    /// <param name="length">The old content's length.</param>
    /// <param name="readAhead">Where blocks are read ahead: the thread pool unless a test says otherwise.</param>
    internal InPlaceRewrite(Stream file, long from, long length, TaskScheduler? readAhead = null)
    {
        _file = file;
        _readAhead = readAhead ?? TaskScheduler.Default;

        // A file is read and written by position; any other stream through its position.
        _handle = (file as FileStream)?.SafeFileHandle;
        _end = length;
        _consumed = _read = _outAt = from;
    }

    /// <summary>Where the next byte goes.</summary>
    internal long Written => _outAt + _outLength;

    /// <summary>How far through the old content the rewrite has got.</summary>
    internal long Consumed => _consumed;

    /// <summary>Keeps the old bytes up to position <paramref name="to"/> of the old content.</summary>
    internal void Keep(long to)
    {
        if (_consumed == Written && _read == _consumed)
        {
            // Nothing has moved so far: the bytes are where they belong already.
            WriteOut();
            _consumed = _read = _outAt = to;
            return;
        }

        while (_consumed < to)
        {
            ReadTo(Math.Min(to, _consumed + Block));
            var block = Holding(_consumed);
            var start = (int)(_consumed - block.At);
            var n = (int)Math.Min(to - _consumed, block.Length - start);
            Add(MemoryMarshal.CreateFromPinnedArray(block.Bytes, start, n));
            _consumed += n;
        }
    }

    /// <summary>Drops the old bytes up to position <paramref name="to"/> of the old content.</summary>
    internal void Drop(long to)
    {
        // Bytes never read need not be: reading goes on from the first byte kept after them.
        _consumed = to;
        _read = Math.Max(_read, to);
    }

    /// <summary>Puts new bytes at the current position.</summary>
    internal void Insert(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_insertedLength == _inserted.Length)
            {
                WriteOut();
            }

            var n = Math.Min(bytes.Length, _inserted.Length - _insertedLength);
            var at = _insertedLength;
            bytes[..n].CopyTo(_inserted.AsSpan(at));
            _insertedLength += n;
            bytes = bytes[n..];
            Add(MemoryMarshal.CreateFromPinnedArray(_inserted, at, n));
        }
    }

    /// <summary>Keeps the rest of the old content, writes what is pending and cuts the file to its new length.</summary>
    /// <returns>The new length.</returns>
    internal long Finish()
    {
        Keep(_end);
        WriteOut();
        LetGoOfReadAhead();
        if (_outAt < _end)
        {
            _file.SetLength(_outAt);
        }

        return _outAt;
    }

    /// <summary>
    /// Appends a run to what is pending, joined to the last one when it follows on in the same array; writes when a
    /// block's worth is pending, or as many runs as one call takes.
    /// </summary>
    private void Add(ReadOnlyMemory<byte> run)
    {
        var last = _pending.Count - 1;
        if (last >= 0 && MemoryMarshal.TryGetArray(_pending[last], out var before) && MemoryMarshal.TryGetArray(run, out var next)
            && ReferenceEquals(before.Array, next.Array) && before.Offset + before.Count == next.Offset)
        {
            _pending[last] = MemoryMarshal.CreateFromPinnedArray(before.Array, before.Offset, before.Count + next.Count);
        }
        else
        {
            _pending.Add(run);
        }

        _outLength += run.Length;
        if (_outLength >= Block || _pending.Count == MaxRuns)
        {
            WriteOut();
        }
    }

    /// <summary>The block that holds old byte <paramref name="position"/>, which has been read and not let go.</summary>
    private OldBlock Holding(long position)
    {
        foreach (var block in _blocks)
        {
            if (position < block.At + block.Length)
            {
                if (position >= block.At)
                {
                    return block;
                }

                break;
            }
        }

        throw new InvalidOperationException($"Old byte {position} is not held.");
    }

    /// <summary>Writes the pending bytes, having first read every old byte they will cover; then lets go of the blocks wholly kept or dropped.</summary>
    private void WriteOut()
    {
        if (_outLength != 0)
        {
            ReadTo(Math.Min(_end, _outAt + _outLength));
            if (_handle is { } handle)
            {
                RandomAccess.Write(handle, _pending, _outAt);
            }
            else
            {
                _file.Position = _outAt;
                foreach (var run in _pending)
                {
                    _file.Write(run.Span);
                }
            }

            _outAt += _outLength;
            _outLength = 0;
            _pending.Clear();
            _insertedLength = 0;
        }

        while (_blocks.Count > 0 && _blocks[0].At + _blocks[0].Length <= _consumed)
        {
            // Every block let go is used again, so the blocks allocated are as many as were ever held at once.
            _spare.Push(_blocks[0].Bytes);
            _blocks.RemoveAt(0);
        }
    }

    /// <summary>
    /// A block's array, pinned from the start: the runs written from it are marked as pinned already, so a write does
    /// not take a handle for each run it gathers.
    /// </summary>
    private static byte[] NewBlock() => GC.AllocateUninitializedArray<byte>(Block, pinned: true);

    /// <summary>Waits for the block being read ahead, if any, and lets it go: after a fault, or when the rewrite is done.</summary>
    public void Dispose() => LetGoOfReadAhead();

    /// <summary>Reads old bytes until position <paramref name="target"/> has been read, a block at a time.</summary>
    private void ReadTo(long target)
    {
        while (_read < target)
        {
            var n = (int)Math.Min(_end - _read, Block);
            byte[] bytes;
            if (_ahead is { } ahead && ahead.At == _read)
            {
                // Raises the read's fault, if it had one.
                _ahead = null;
                ahead.Take();
                bytes = ahead.Bytes;
            }
            else
            {
                LetGoOfReadAhead();
                bytes = _spare.Count > 0 ? _spare.Pop() : NewBlock();
                ReadExactly(bytes.AsSpan(0, n), _read);
            }

            _blocks.Add(new OldBlock(bytes, _read, n));
            _read += n;
            ReadAhead();
        }
    }

    /// <summary>Starts reading the block after the last one read, on the thread pool, when the file is read by position.</summary>
    private void ReadAhead()
    {
        if (_handle is not { } handle || _read >= _end || _ahead is not null)
        {
            return;
        }

        var bytes = _spare.Count > 0 ? _spare.Pop() : NewBlock();
        _ahead = new BlockRead(handle, bytes, _read, (int)Math.Min(_end - _read, Block), _readAhead);
    }

    /// <summary>Waits for a read ahead that will not be used, and keeps its block for another read.</summary>
    private void LetGoOfReadAhead()
    {
        if (_ahead is not { } ahead)
        {
            return;
        }

        _ahead = null;
        ahead.Abandon();
        _spare.Push(ahead.Bytes);
    }

    private void ReadExactly(Span<byte> buffer, long at)
    {
        if (_handle is not { } handle)
        {
            _file.Position = at;
            _file.ReadExactly(buffer);
            return;
        }

        ReadExactly(handle, buffer, at);
    }

    private static void ReadExactly(SafeFileHandle handle, Span<byte> buffer, long at)
    {
        while (!buffer.IsEmpty)
        {
            var n = RandomAccess.Read(handle, buffer, at);
            if (n == 0)
            {
                throw new EndOfStreamException($"The file ended at byte {at} while a rewrite was reading it.");
            }

            buffer = buffer[n..];
            at += n;
        }
    }

    /// <summary>
    /// A block read ahead: queued, then either started by a pool thread and read there, or taken back by the rewrite
    /// (when it needs the block first, or lets it go) and read on its own thread, or not at all; whichever comes first.
    /// </summary>
    private sealed class BlockRead
    {
        private const int Queued = 0;
        private const int Started = 1;
        private const int TakenBack = 2;

        private readonly SafeFileHandle _handle;
        private readonly int _length;
        private readonly Task _task;
        private int _state;

        internal BlockRead(SafeFileHandle handle, byte[] bytes, long at, int length, TaskScheduler scheduler)
        {
            _handle = handle;
            Bytes = bytes;
            At = at;
            _length = length;
            _task = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler);
        }

        /// <summary>Where the block goes.</summary>
        internal byte[] Bytes { get; }

        /// <summary>Where in the file it starts.</summary>
        internal long At { get; }

        /// <summary>Makes sure the block is read: waits for the pool thread that started it, or reads it here and now.</summary>
        internal void Take()
        {
            if (Interlocked.CompareExchange(ref _state, TakenBack, Queued) == Queued)
            {
                ReadExactly(_handle, Bytes.AsSpan(0, _length), At);
                return;
            }

            // Started, so it ends without anything else from the pool; raises its fault, if it had one.
            _task.GetAwaiter().GetResult();
        }

        /// <summary>Makes sure nothing is reading into the block any more: takes it back unstarted, or waits for the read.</summary>
        internal void Abandon()
        {
            if (Interlocked.CompareExchange(ref _state, TakenBack, Queued) == Queued)
            {
                return;
            }

            try
            {
                _task.GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                // The bytes are not used: a read that does use them raises a fault of its own, and after a fault the
                // rewrite's own is the one to report.
            }
        }

        private void Run()
        {
            if (Interlocked.CompareExchange(ref _state, Started, Queued) == Queued)
            {
                ReadExactly(_handle, Bytes.AsSpan(0, _length), At);
            }
        }
    }

    /// <summary>Old bytes from position <see cref="At"/> of the file, the first <see cref="Length"/> of <see cref="Bytes"/>.</summary>
    private readonly record struct OldBlock(byte[] Bytes, long At, int Length);
}
