using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Csv;

/// <summary>How <see cref="CsvBatchEvaluator"/> reads and writes.</summary>
public sealed record CsvEvaluationOptions
{
    /// <summary>The input's encoding, unless it starts with a byte order mark. Default UTF-8.</summary>
    public CsvEncoding Encoding { get; init; } = CsvEncoding.Utf8;

    /// <summary>The language of the explanations written. Default Chinese.</summary>
    public Language Language { get; init; } = Language.Chinese;

    /// <summary>
    /// Where to write one decision record per row as JSON Lines (<c>cqpolicy evaluate --json</c>), for replay by
    /// auditors; none when <see langword="null"/>. Written beside decisions.csv, all or nothing, like it.
    /// </summary>
    public string? RecordsPath { get; init; }

    /// <summary>
    /// Whether decisions.csv (and the decision records) are flushed to disk before they are moved into place, so that
    /// they survive a power failure as soon as the run has returned. Default <see langword="false"/>: the files are
    /// still complete or absent whatever happens to the run, but a power failure in the seconds after it can lose
    /// them; flushing a large file costs seconds on some disks. See <see cref="AtomicFile"/>.
    /// </summary>
    public bool FlushToDisk { get; init; }

    /// <summary>Told of things worth knowing that do not stop the run, such as unknown columns ignored; only once the run has succeeded, so a run that stops reports its one error alone.</summary>
    public Action<string>? Warning { get; init; }

    /// <summary>
    /// Told of every row's final decision (after 就高不重复), in input order, as it is written; lets a host add up
    /// what <see cref="BatchSummary"/> does not (per district, say) without a third pass. Called on the evaluating
    /// thread; a run that fails or is cancelled afterwards will still have called it.
    /// </summary>
    public Action<ApplicationRow, Decision>? RowDecided { get; init; }

    /// <summary>Reads the file a second time to write decisions.csv, as with decision records, rather than fixing its lines in place. For tests.</summary>
    internal bool ReadTwice { get; init; }
}
