using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Cli.Compare;

/// <summary>
/// The baseline's decisions, one small fixed-size entry a row (row number, outcome, payable), written to a temporary
/// file in input order and read back in the same order while the alternative decides: a file of any length is
/// compared without holding its decisions in memory.
/// </summary>
internal sealed class DecisionTape : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private BinaryReader? _reader;

    internal DecisionTape(string path)
    {
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);
    }

    internal long Rows { get; private set; }

    internal void Write(int row, Outcome outcome, decimal payable)
    {
        _writer.Write(row);
        _writer.Write((byte)outcome);
        _writer.Write(payable);
        Rows++;
    }

    /// <summary>Starts reading from the first entry.</summary>
    internal void Rewind()
    {
        _writer.Flush();
        _file.Position = 0;
        _reader = new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>The next entry, or <see langword="false"/> at the end.</summary>
    internal bool Read(out int row, out Outcome outcome, out decimal payable)
    {
        if (_reader is null || _file.Position >= _file.Length)
        {
            (row, outcome, payable) = (0, default, 0m);
            return false;
        }

        row = _reader.ReadInt32();
        outcome = (Outcome)_reader.ReadByte();
        payable = _reader.ReadDecimal();
        return true;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _writer.Dispose();
        _file.Dispose();
    }
}
