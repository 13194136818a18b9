namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// Rewrites a file in place from a position on, in one pass from front to back: runs of its bytes are kept (moved
/// when what comes before them changed length), ranges are dropped and new bytes put in between. Old bytes are
/// read before anything is written over them, so a file that grows needs in memory only as much as it has grown
/// so far (plus a block each way), and one that shrinks only the blocks. Nothing is written before the first
/// change of length. Reads and writes go a block of 4 MiB at a time, however small the pieces.
/// </summary>
/// <remarks>
/// How decisions.csv gets its final lines: it is written once while the input is read, with every line as if
/// 就高不重复 changed nothing, and the lines of the rows the rule compares are then put in place here. Rewriting
/// the part of a file the system already holds in memory costs far less than writing a new file of the same size.
/// </remarks>
internal sealed class InPlaceRewrite
{
    private const int Block = 4 << 20;

    private readonly Stream _file;
    private readonly long _end;
    private readonly byte[] _out = new byte[Block];
    private byte[] _window = new byte[Block];
    private int _head;
    private int _tail;
    private long _consumed;
    private long _read;
    private long _outAt;
    private int _outLength;

    /// <summary>Starts rewriting <paramref name="file"/>, whose first <paramref name="length"/> bytes are the old content, at <paramref name="from"/>.</summary>
    internal InPlaceRewrite(Stream file, long from, long length)
    {
        _file = file;
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
            _head = _tail = 0;
            _consumed = _read = _outAt = to;
            return;
        }

        while (_consumed < to)
        {
            if (_outLength == _out.Length)
            {
                WriteOut();
            }

            // Copied straight across: writing out (which may move the window) waits for the next turn.
            ReadTo(Math.Min(to, _consumed + Block));
            var n = (int)Math.Min(Math.Min(to - _consumed, _read - _consumed), _out.Length - _outLength);
            _window.AsSpan(_head, n).CopyTo(_out.AsSpan(_outLength));
            _outLength += n;
            _head += n;
            _consumed += n;
        }
    }

    /// <summary>Drops the old bytes up to position <paramref name="to"/> of the old content.</summary>
    internal void Drop(long to)
    {
        var held = (int)Math.Min(to - _consumed, _read - _consumed);
        _head += held;
        _consumed += held;
        if (_consumed < to)
        {
            // Never read: nothing to hold.
            _head = _tail = 0;
            _consumed = _read = to;
        }
    }

    /// <summary>Puts new bytes at the current position.</summary>
    internal void Insert(ReadOnlySpan<byte> bytes) => Emit(bytes);

    /// <summary>Keeps the rest of the old content, writes what is pending and cuts the file to its new length.</summary>
    /// <returns>The new length.</returns>
    internal long Finish()
    {
        Keep(_end);
        WriteOut();
        if (_outAt < _end)
        {
            _file.SetLength(_outAt);
        }

        return _outAt;
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var n = Math.Min(bytes.Length, _out.Length - _outLength);
            bytes[..n].CopyTo(_out.AsSpan(_outLength));
            _outLength += n;
            bytes = bytes[n..];
            if (_outLength == _out.Length)
            {
                WriteOut();
            }
        }
    }

    /// <summary>Writes the pending bytes, having first read every old byte they will cover.</summary>
    private void WriteOut()
    {
        if (_outLength == 0)
        {
            return;
        }

        ReadTo(Math.Min(_end, _outAt + _outLength));
        _file.Position = _outAt;
        _file.Write(_out, 0, _outLength);
        _outAt += _outLength;
        _outLength = 0;
    }

    /// <summary>Reads old bytes into the window until position <paramref name="target"/> has been read, a block at least at a time.</summary>
    private void ReadTo(long target)
    {
        if (target <= _read)
        {
            return;
        }

        var n = (int)Math.Min(_end - _read, Math.Max(target - _read, Block));
        if (_tail + n > _window.Length)
        {
            var held = _tail - _head;
            var window = held + n > _window.Length ? new byte[Math.Max(held + n, _window.Length * 2)] : _window;
            _window.AsSpan(_head, held).CopyTo(window);
            _window = window;
            _head = 0;
            _tail = held;
        }

        _file.Position = _read;
        _file.ReadExactly(_window.AsSpan(_tail, n));
        _tail += n;
        _read += n;
    }
}
