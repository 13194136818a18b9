using System.Buffers;
using System.Runtime.ExceptionServices;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// What the rewrite does with one compared row's line, worked out ahead of it: the parts that change (the bytes from
/// the payable amount to the end of the explanation's heading, and those after its steps), the whole line, or
/// nothing; and the payable amount the summary counts.
/// </summary>
/// <param name="Index">The row's number among the rows kept for 就高不重复.</param>
/// <param name="Payable">Its payable amount after 就高不重复.</param>
/// <param name="Reduced">Whether that amount is below its award (counted as suppressed).</param>
/// <param name="Whole">Whether the bytes are the whole line rather than its two parts.</param>
/// <param name="FirstAt">Where the first part (or the whole line) starts in the batch's bytes.</param>
/// <param name="FirstLength">Its length; -1 when the line stays as it is.</param>
/// <param name="LastAt">Where the last part starts.</param>
/// <param name="LastLength">Its length.</param>
internal readonly record struct LinePatch(
    int Index, decimal Payable, bool Reduced, bool Whole, int FirstAt, int FirstLength, int LastAt, int LastLength)
{
    /// <summary>A line that stays as it is.</summary>
    internal LinePatch(int index, decimal payable, bool reduced)
        : this(index, payable, reduced, false, 0, -1, 0, 0)
    {
    }
}

/// <summary>Patches of consecutive compared rows, with the bytes they put in, handed from the thread that makes them to the one that applies them.</summary>
internal sealed class PatchBatch
{
    /// <summary>Rows a batch holds: few enough for the applying thread to start soon, many enough to make handing over cheap.</summary>
    internal const int Rows = 1024;

    /// <summary>The patches, the first <see cref="Count"/> in use.</summary>
    internal LinePatch[] Patches { get; } = new LinePatch[Rows];

    /// <summary>How many patches are in use.</summary>
    internal int Count { get; set; }

    /// <summary>The bytes the patches put in.</summary>
    internal ArrayBufferWriter<byte> Bytes { get; } = new(1 << 18);

    /// <summary>What went wrong making the patch after the last one, to be raised in file order.</summary>
    internal ExceptionDispatchInfo? Error { get; set; }

    /// <summary>Empties the batch for reuse.</summary>
    internal void Clear()
    {
        Count = 0;
        Bytes.ResetWrittenCount();
        Error = null;
    }
}
