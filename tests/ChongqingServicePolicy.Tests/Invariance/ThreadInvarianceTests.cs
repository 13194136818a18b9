using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;

namespace ChongqingServicePolicy.Tests.Invariance;

/// <summary>
/// One engine shared by eight threads at once gives what it gives one thread: batches, single decisions, replays
/// (including records made under other parameters, which the engine builds and caches an engine for) and rankings.
/// </summary>
public sealed class ThreadInvarianceTests
{
    private const int Threads = 8;

    [Fact]
    public void Engine_SharedByEightThreads_SameResultsAsOneThread()
    {
        var engine = Records.Engine();
        var other = new PolicyEngine(PolicyParameters.Default.With(b => b.Measure1 = b.Measure1 with { CapYuan = 8_000_000m }), engine.Clock);
        var records = Corpus.Batch.Select((r, i) => (i % 2 == 0 ? engine : other) is var maker
            ? maker.CreateRecord(r, maker.Evaluate(r, Corpus.Today), Corpus.Today).ToJson()
            : null).ToList();
        var alone = Work(engine, records!);

        var results = new Result[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            results[t] = Work(engine, records!, reverse: t % 2 == 1);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        foreach (var result in results)
        {
            result.Batch.Should().Equal(alone.Batch);
            result.Single.Should().Equal(alone.Single);
            result.Replays.Should().Equal(alone.Replays);
            result.Ranking.Should().Be(alone.Ranking);
        }

        alone.Replays.Should().OnlyContain(r => r.Contains("reproduces", StringComparison.Ordinal), "every record replays under its own parameters");
    }

    /// <summary>Everything one thread does; half the threads go through the single records backwards, to interleave differently.</summary>
    private static Result Work(PolicyEngine engine, IReadOnlyList<string> records, bool reverse = false)
    {
        var batch = Corpus.Describe(engine);
        var order = reverse ? Enumerable.Range(0, Corpus.Batch.Count).Reverse() : Enumerable.Range(0, Corpus.Batch.Count);
        var single = new string[Corpus.Batch.Count];
        var replays = new string[records.Count];
        foreach (var i in order)
        {
            var decision = engine.Evaluate(Corpus.Batch[i], Corpus.Today);
            single[i] = decision.ToString() + decision.Explain() + engine.CreateRecord(Corpus.Batch[i], decision, Corpus.Today).ToJson();
            replays[i] = Corpus.Replays(engine, [records[i]])[0];
        }

        return new Result(batch, single, replays, Corpus.Ranking(engine));
    }

    private sealed record Result(IReadOnlyList<string> Batch, IReadOnlyList<string> Single, IReadOnlyList<string> Replays, string Ranking);
}
