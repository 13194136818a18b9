using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// One pass over an applications file on every core: a reader thread splits the file into batches of rows, worker
/// threads read each batch's cells and do its work (deciding, rendering), and the calling thread takes the batches back in file order for
/// what must happen in order (就高不重复 bookkeeping, writing, the summary, progress). At most a fixed number of
/// batches is in flight, so memory stays bounded however long the file.
/// </summary>
/// <remarks>
/// A fault anywhere stops the pass: the reader's (a file that turns out unreadable) is raised after the rows
/// before it have been taken in order, as reading row by row would; a worker's or the caller's at once. Every
/// thread has ended when <see cref="Run"/> returns or throws, so the reader can be disposed safely.
/// </remarks>
internal static class RowPipeline
{
    /// <summary>Rows per batch: large enough to make handing over cheap, small enough for frequent progress.</summary>
    internal const int BatchRows = 4096;

    /// <summary>Runs one pass.</summary>
    /// <typeparam name="TState">What a worker keeps from batch to batch (its line writer, say).</typeparam>
    /// <param name="reader">The file, positioned before its first row.</param>
    /// <param name="newState">Makes one worker's state.</param>
    /// <param name="work">A batch's work, on a worker thread; batches are worked on concurrently.</param>
    /// <param name="inOrder">A batch's work in file order, on the calling thread.</param>
    /// <param name="cancellationToken">Stops the pass between batches.</param>
    /// <param name="readCells">
    /// Whether the workers read every row's cells (<see cref="ApplicationCsvReader.Parse"/>) into
    /// <see cref="RowBatch.Rows"/> before <paramref name="work"/>; when <see langword="false"/>, the work reads each row itself.
    /// </param>
    internal static void Run<TState>(
        ApplicationCsvReader reader, Func<TState> newState, Action<RowBatch, TState> work, Action<RowBatch> inOrder, CancellationToken cancellationToken, bool readCells = true)
    {
        var workers = Math.Max(1, Environment.ProcessorCount);
        var inFlight = (workers * 2) + 2;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var free = new BlockingCollection<RowBatch>(inFlight);
        using var queue = new BlockingCollection<RowBatch>(inFlight);
        using var order = new BlockingCollection<RowBatch>(inFlight);
        var batches = new RowBatch[inFlight];
        for (var i = 0; i < inFlight; i++)
        {
            free.Add(batches[i] = new RowBatch(BatchRows));
        }

        ExceptionDispatchInfo? readError = null;
        var threads = new List<Thread>(workers + 1);
        try
        {
            threads.Add(Start("cqpolicy reader", () =>
            {
                try
                {
                    while (true)
                    {
                        var batch = free.Take(stop.Token);
                        var count = reader.Split(batch);
                        if (count == 0)
                        {
                            break;
                        }

                        // Once handed on, the batch belongs to the workers and the caller: only the local is read after.
                        batch.Count = count;
                        batch.Position = reader.Position;
                        batch.Ready.Reset();
                        order.Add(batch, stop.Token);
                        queue.Add(batch, stop.Token);
                        if (count < batch.Rows.Length)
                        {
                            break;
                        }
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // Stopped by the caller.
                }
                catch (Exception ex)
                {
                    readError = ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    queue.CompleteAdding();
                    order.CompleteAdding();
                }
            }));

            for (var i = 0; i < workers; i++)
            {
                threads.Add(Start("cqpolicy worker", () =>
                {
                    var state = newState();
                    var problems = new List<Decisions.Problem>();
                    try
                    {
                        foreach (var batch in queue.GetConsumingEnumerable(stop.Token))
                        {
                            try
                            {
                                for (var i = 0; readCells && i < batch.Count; i++)
                                {
                                    batch.Rows[i] = reader.Parse(batch, i, problems);
                                }

                                work(batch, state);
                            }
                            catch (Exception ex)
                            {
                                batch.Error = ExceptionDispatchInfo.Capture(ex);
                            }
                            finally
                            {
                                batch.Ready.Set();
                            }
                        }
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        // Stopped by the caller.
                    }
                }));
            }

            foreach (var batch in order.GetConsumingEnumerable(cancellationToken))
            {
                batch.Ready.Wait(cancellationToken);
                batch.Error?.Throw();
                inOrder(batch);
                batch.Clear();
                free.Add(batch, cancellationToken);
            }

            readError?.Throw();
        }
        finally
        {
            stop.Cancel();
            foreach (var thread in threads)
            {
                thread.Join();
            }

            foreach (var batch in batches)
            {
                batch.Dispose();
            }
        }
    }

    /// <summary>Starts a named background thread (the name shows in profiles and debuggers).</summary>
    internal static Thread Start(string name, Action body)
    {
        var thread = new Thread(() => body()) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
    }
}
