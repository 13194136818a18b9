using System.Buffers;
using System.Runtime.ExceptionServices;
using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>A batch of rows on its way through a <see cref="RowPipeline"/>, with what the workers made of it. Reused.</summary>
internal sealed class RowBatch(int capacity) : IDisposable
{
    /// <summary>The cells of the rows as split, before they are read.</summary>
    internal RowCells Cells { get; } = new(ApplicationCsvReader.Columns.Length, capacity);

    /// <summary>Where each row sits in the file.</summary>
    internal CsvRowInfo[] Infos { get; } = new CsvRowInfo[capacity];

    /// <summary>Each row's fields with bad quoting; null for the (usual) row without.</summary>
    internal List<BadQuoting>?[] BadQuoting { get; } = new List<BadQuoting>?[capacity];

    /// <summary>The rows read; the first <see cref="Count"/> are this batch's.</summary>
    internal ApplicationRow[] Rows { get; } = new ApplicationRow[capacity];

    /// <summary>The decision of each row, where the pass keeps it for the calling thread.</summary>
    internal Decision?[] Decisions { get; } = new Decision?[capacity];

    /// <summary>What the calling thread needs of each row's decision, without the objects.</summary>
    internal RowFacts[] Facts { get; } = new RowFacts[capacity];

    /// <summary>Where each row's line ends in <see cref="Lines"/>, when lines are written.</summary>
    internal int[] LineEnds { get; } = new int[capacity];

    /// <summary>The cells of the rows that take part in 就高不重复, as <see cref="RowCells.Save"/> writes them.</summary>
    internal ArrayBufferWriter<byte> Saved { get; } = new(1 << 16);

    /// <summary>The number of rows.</summary>
    internal int Count { get; set; }

    /// <summary>How far the reader had got in the file after this batch, in bytes.</summary>
    internal long Position { get; set; }

    /// <summary>The batch's lines of decisions.csv, as UTF-8.</summary>
    internal ArrayBufferWriter<byte> Lines { get; } = new(1 << 16);

    /// <summary>The batch's decision records, as JSON Lines, when they are written.</summary>
    internal ArrayBufferWriter<byte> Records { get; } = new(1 << 16);

    /// <summary>Set when the workers are done with the batch.</summary>
    internal ManualResetEventSlim Ready { get; } = new(false);

    /// <summary>What went wrong in the workers, to be raised in file order.</summary>
    internal ExceptionDispatchInfo? Error { get; set; }

    /// <summary>Lets go of the rows and output, for the batch to be reused.</summary>
    internal void Clear()
    {
        Array.Clear(Rows, 0, Count);
        Array.Clear(BadQuoting, 0, Count);
        Array.Clear(Decisions, 0, Count);
        Array.Clear(Facts, 0, Count);
        Count = 0;
        Error = null;
        Lines.ResetWrittenCount();
        Records.ResetWrittenCount();
        Saved.ResetWrittenCount();
    }

    /// <inheritdoc/>
    public void Dispose() => Ready.Dispose();
}
