namespace ChongqingServicePolicy.Csv;

/// <summary>
/// An output file written in full or not at all: writing goes to a temporary file beside the target, which
/// <see cref="Commit"/> moves into place. Disposing without committing deletes the temporary file, so an
/// interrupted or failed run leaves no half-written output (and any earlier file at the target untouched).
/// </summary>
/// <remarks>
/// The move is what makes the file appear whole to every reader. Whether the bytes have reached the disk when it
/// happens is another matter: by default they are left to the operating system, which writes them out soon after,
/// so a power failure in the seconds after a run can still lose the file or leave it empty. Created with
/// <c>flushToDisk</c>, the file is flushed to disk before it is moved (slower: seconds for hundreds of megabytes on
/// some disks), for those who need the output to survive a power failure as soon as the run has returned.
/// </remarks>
public sealed class AtomicFile : IDisposable
{
    private readonly FileStream _stream;
    private bool _committed;
    private bool _disposed;
    private Task? _flushing;

    private AtomicFile(string path, string temporaryPath, FileStream stream, bool flushToDisk)
    {
        Path = path;
        TemporaryPath = temporaryPath;
        _stream = stream;
        FlushesToDisk = flushToDisk;
    }

    /// <summary>The target path.</summary>
    public string Path { get; }

    /// <summary>The temporary file being written.</summary>
    public string TemporaryPath { get; }

    /// <summary>The stream to write to; it can also be read and positioned, to change what was written.</summary>
    public Stream Stream => _stream;

    /// <summary>Whether <see cref="Commit"/> flushes the file to disk before moving it into place.</summary>
    public bool FlushesToDisk { get; }

    /// <summary>Starts writing a file, leaving the flush to disk to the operating system.</summary>
    /// <param name="path">The target.</param>
    /// <returns>The file being written.</returns>
    /// <exception cref="IOException">The folder does not exist or cannot be written, or the target is a folder.</exception>
    public static AtomicFile Create(string path) => Create(path, flushToDisk: false);

    /// <summary>Starts writing a file.</summary>
    /// <param name="path">The target.</param>
    /// <param name="flushToDisk">Whether <see cref="Commit"/> flushes the file to disk before moving it into place.</param>
    /// <returns>The file being written.</returns>
    /// <exception cref="IOException">The folder does not exist or cannot be written, or the target is a folder.</exception>
    public static AtomicFile Create(string path, bool flushToDisk)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the folder '{folder}' does not exist");
        }

        if (Directory.Exists(full))
        {
            // Found now, not when the finished file is moved into place after all the work.
            throw new IOException($"'{full}' is a folder");
        }

        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        return new AtomicFile(full, temporary, stream, flushToDisk);
    }

    /// <summary>
    /// When the file is flushed to disk, starts writing what has been written so far to disk, on another thread,
    /// unless that is already under way: a long file then reaches the disk while it is still being written, and
    /// <see cref="Commit"/>, which waits for it, has less left to flush. Call it from the thread that writes.
    /// </summary>
    internal void FlushToDiskInBackground()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!FlushesToDisk || _flushing is { IsCompleted: false })
        {
            return;
        }

        _flushing?.GetAwaiter().GetResult();
        _stream.Flush();
        var handle = _stream.SafeFileHandle;
        _flushing = Task.Run(() => RandomAccess.FlushToDisk(handle));
    }

    /// <summary>Finishes the file (flushing it to disk when <see cref="FlushesToDisk"/>) and moves it into place, replacing any file there.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _flushing?.GetAwaiter().GetResult();
        _stream.Flush(flushToDisk: FlushesToDisk);
        _stream.Dispose();
        if (File.Exists(Path) && Internal.FileExchange.TrySwap(TemporaryPath, Path))
        {
            // The earlier file now has the temporary name.
            _committed = true;
            DeleteTemporary();
            return;
        }

        File.Move(TemporaryPath, Path, overwrite: true);
        _committed = true;
    }

    /// <summary>Closes the file; deletes it unless <see cref="Commit"/> was called.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            // The handle stays open until a flush under way has finished with it.
            _flushing?.Wait();
        }
        catch (AggregateException)
        {
            // The file is being abandoned or was committed; a failed flush changes nothing now.
        }

        _stream.Dispose();
        if (!_committed)
        {
            DeleteTemporary();
        }
    }

    private void DeleteTemporary()
    {
        try
        {
            File.Delete(TemporaryPath);
        }
        catch (IOException)
        {
            // Best effort: the temporary name starts with a dot and never replaces the target.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
