using ChongqingServicePolicy.Csv.Internal;

namespace ChongqingServicePolicy.Cli.Tests.Internals;

/// <summary>
/// Rewriting a file in place: ranges replaced by longer or shorter bytes, the rest moved, must give exactly what
/// building the new content apart would give, whether the file grows, shrinks or both by turns, across the
/// rewrite's blocks of 4 MiB.
/// </summary>
public sealed class InPlaceRewriteTests
{
    [Theory]
    [InlineData(1, 10_000, 20, 0)]
    [InlineData(2, 200_000, 300, 400)]
    [InlineData(3, 12_000_000, 2_000, 3_000)]
    [InlineData(4, 12_000_000, 3_000, 2_000)]
    [InlineData(5, 9_000_000, 40, 9_000_000)]
    [InlineData(6, 9_000_000, 5, 0)]
    public void Rewrite_RandomEdits_GivesWhatBuildingTheNewContentApartGives(int seed, int length, int edits, int maxInserted) =>
        RandomEdits(seed, length, edits, maxInserted, inFile: false);

    /// <summary>
    /// On a file the old bytes are read and the new ones written by position, through its handle: many small edits,
    /// edits far apart, growing (so that the blocks read ahead pile up) and shrinking.
    /// </summary>
    [Theory]
    [InlineData(11, 10_000, 20, 0)]
    [InlineData(12, 3_000_000, 5_000, 40)]
    [InlineData(13, 12_000_000, 2_000, 3_000)]
    [InlineData(14, 12_000_000, 3_000, 2_000)]
    [InlineData(15, 9_000_000, 40, 9_000_000)]
    [InlineData(16, 20_000_000, 3, 10)]
    public void Rewrite_RandomEditsOfAFile_GivesWhatBuildingTheNewContentApartGives(int seed, int length, int edits, int maxInserted) =>
        RandomEdits(seed, length, edits, maxInserted, inFile: true);

    [Fact]
    public void Rewrite_ARangeDroppedBeyondWhatWasRead_KeepsTheBytesAfterIt()
    {
        // Grown by 5 MiB first, so that the rewrite has read ahead; then 9 MiB dropped past what it has read.
        var old = Bytes(new Random(21), 30_000_000);
        var inserted = Bytes(new Random(22), 5 << 20);
        var expected = old[..1000].Concat(inserted).Concat(old[1000..2000]).Concat(old[20_000_000..]).ToArray();
        InFile(old, path =>
        {
            using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
            {
                using var rewrite = new InPlaceRewrite(file, 1000, old.Length);
                rewrite.Insert(inserted);
                rewrite.Keep(2000);
                rewrite.Drop(20_000_000);
                rewrite.Finish().Should().Be(expected.Length);
            }

            File.ReadAllBytes(path).Should().Equal(expected);
        });
    }

    [Fact]
    public void Rewrite_AFileShorterThanSaid_RaisesTheFaultOfTheBlockReadAhead()
    {
        // Said to be 20 MB, the file has 10: the block read ahead from 8 MiB ends early, and taking it raises that.
        var old = Bytes(new Random(23), 10_000_000);
        InFile(old, path =>
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
            using var rewrite = new InPlaceRewrite(file, 0, 20_000_000);
            rewrite.Insert(old.AsSpan(0, 10));

            var finish = () => rewrite.Finish();

            finish.Should().Throw<EndOfStreamException>().WithMessage("The file ended at byte 10000000 while a rewrite was reading it.");
        });
    }

    [Fact]
    public void Rewrite_LeftUnfinished_LetsGoOfTheBlockReadAheadAndLeavesTheFileUsable()
    {
        var old = Bytes(new Random(24), 9_000_000);
        InFile(old, path =>
        {
            using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
            {
                using (var rewrite = new InPlaceRewrite(file, 0, old.Length))
                {
                    // Grown by 5 MiB: the first block is read and written over with the first 4 MiB, and the next
                    // block read ahead; the last MiB is still to be written when the rewrite is left.
                    rewrite.Insert(new byte[5 << 20]);
                }

                file.Length.Should().Be(old.Length);
            }

            var content = File.ReadAllBytes(path);
            content.AsSpan(0, 4 << 20).IndexOfAnyExcept((byte)0).Should().Be(-1, "the first 4 MiB written are the bytes put in");
            content[(4 << 20)..].Should().Equal(old[(4 << 20)..], "nothing is written where the block read ahead lies");
        });
    }

    /// <summary>
    /// Blocks read ahead on a scheduler that never runs them (a pool too busy to start them before they are needed)
    /// are taken back and read on the rewrite's thread; on one that runs them at once, they are read before they are
    /// needed. Either way the file comes out the same.
    /// </summary>
    [Theory]
    [InlineData(false, 31, 12_000_000, 2_000, 3_000)]
    [InlineData(true, 32, 12_000_000, 2_000, 3_000)]
    [InlineData(false, 33, 20_000_000, 3, 10)]
    [InlineData(true, 34, 20_000_000, 3, 10)]
    public void Rewrite_ReadsAheadNeverStartedOrStartedAtOnce_GiveWhatBuildingTheNewContentApartGives(bool runAtOnce, int seed, int length, int edits, int maxInserted) =>
        RandomEdits(seed, length, edits, maxInserted, inFile: true, runAtOnce ? new AtOnceScheduler() : new NeverScheduler());

    private static void RandomEdits(int seed, int length, int edits, int maxInserted, bool inFile, TaskScheduler? readAhead = null)
    {
        var random = new Random(seed);
        var old = new byte[length];
        random.NextBytes(old);
        var cuts = Enumerable.Range(0, edits * 2).Select(_ => random.Next(length)).Order().ToArray();
        var replacements = Enumerable.Range(0, edits).Select(_ => Bytes(random, random.Next(0, maxInserted + 1))).ToArray();

        var expected = new List<byte>();
        var at = 0;
        for (var e = 0; e < edits; e++)
        {
            expected.AddRange(old[at..cuts[2 * e]]);
            expected.AddRange(replacements[e]);
            at = cuts[(2 * e) + 1];
        }

        expected.AddRange(old[at..]);

        var path = inFile ? Path.GetTempFileName() : null;
        try
        {
            using Stream file = path is null ? new MemoryStream() : new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
            file.Write(old);
            file.Flush();
            using var rewrite = new InPlaceRewrite(file, edits == 0 ? length : cuts[0], length, readAhead);
            for (var e = 0; e < edits; e++)
            {
                rewrite.Keep(cuts[2 * e]);
                rewrite.Drop(cuts[(2 * e) + 1]);
                rewrite.Insert(replacements[e]);
            }

            var written = rewrite.Finish();

            written.Should().Be(expected.Count);
            file.Length.Should().Be(expected.Count);
            byte[] content;
            if (file is MemoryStream memory)
            {
                content = memory.ToArray();
            }
            else
            {
                file.Dispose();
                content = File.ReadAllBytes(path!);
            }

            content.Should().Equal(expected);
        }
        finally
        {
            if (path is not null)
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public void Rewrite_NoChange_LeavesTheFileAsItWas()
    {
        var old = Bytes(new Random(9), 5_000_000);
        using var file = new MemoryStream();
        file.Write(old);

        var rewrite = new InPlaceRewrite(file, 1000, old.Length);
        rewrite.Keep(3_000_000);
        rewrite.Drop(3_000_010);
        rewrite.Insert(old.AsSpan(3_000_000, 10));

        rewrite.Finish().Should().Be(old.Length);
        file.ToArray().Should().Equal(old);
    }

    /// <summary>Runs a test on a temporary file holding <paramref name="content"/>, deleted afterwards.</summary>
    private static void InFile(byte[] content, Action<string> test)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, content);
            test(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A scheduler that takes tasks and never runs them.</summary>
    private sealed class NeverScheduler : TaskScheduler
    {
        protected override IEnumerable<Task> GetScheduledTasks() => [];

        protected override void QueueTask(Task task)
        {
        }

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;
    }

    /// <summary>A scheduler that runs each task as it is queued, on the queuing thread.</summary>
    private sealed class AtOnceScheduler : TaskScheduler
    {
        protected override IEnumerable<Task> GetScheduledTasks() => [];

        protected override void QueueTask(Task task) => TryExecuteTask(task);

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => TryExecuteTask(task);
    }
}
