namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// Numbered pieces of work done on every core and taken back in order on the calling thread, a few pieces ahead
/// at most, so that memory stays bounded: how the rows 就高不重复 concerns are decided again once the whole file
/// is known.
/// </summary>
internal static class OrderedWork
{
    /// <summary>Runs <paramref name="produce"/> for pieces 0 to <paramref name="count"/> − 1 and hands each result to <paramref name="consume"/> in order.</summary>
    /// <typeparam name="T">A piece's result.</typeparam>
    /// <param name="count">The number of pieces.</param>
    /// <param name="produce">A piece's work, on a pool thread; pieces are worked on concurrently.</param>
    /// <param name="consume">A piece's result, in order, on the calling thread.</param>
    /// <param name="cancellationToken">Stops the work between pieces.</param>
    /// <remarks>A fault in a piece is raised when its turn comes. Every piece started has ended when this returns or throws.</remarks>
    internal static void Run<T>(int count, Func<int, T> produce, Action<int, T> consume, CancellationToken cancellationToken)
    {
        var ahead = Math.Max(2, Environment.ProcessorCount * 2);
        var started = new Queue<Task<T>>(ahead);
        var next = 0;
        try
        {
            for (var piece = 0; piece < count; piece++)
            {
                while (next < count && next < piece + ahead)
                {
                    var n = next++;
                    started.Enqueue(Task.Run(() => produce(n), cancellationToken));
                }

                var result = started.Dequeue().GetAwaiter().GetResult();
                cancellationToken.ThrowIfCancellationRequested();
                consume(piece, result);
            }
        }
        finally
        {
            foreach (var task in started)
            {
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Its result is not wanted, only its end: the fault that stopped the work is already on its way.
                }
            }
        }
    }
}
