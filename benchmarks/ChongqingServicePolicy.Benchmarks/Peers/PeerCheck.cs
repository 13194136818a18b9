using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Benchmarks.Peers;

/// <summary>
/// Checks, before anything is timed, that the library and both peers give the same award on every peer input. The
/// benchmark run and CI's <c>--verify</c> both stop when they do not.
/// </summary>
public static class PeerCheck
{
    /// <summary>Decides every peer input with every engine and reports each disagreement.</summary>
    /// <param name="engines">The engines, the library first.</param>
    /// <param name="log">Where the findings go.</param>
    /// <returns><see langword="true"/> when all agree on every input.</returns>
    public static bool Run(IReadOnlyList<IAwardEngine> engines, TextWriter log)
    {
        var agreed = true;
        foreach (var (measure, decide) in new (MeasureId, Func<IAwardEngine, ApplicationRecord, decimal>)[]
                 {
                     (MeasureId.Measure1, (e, r) => e.Measure1(r)),
                     (MeasureId.Measure2, (e, r) => e.Measure2(r)),
                 })
        {
            var inputs = BenchmarkInputs.PeerInputs(measure).Distinct().ToArray();
            var paid = 0;
            var measureAgreed = true;
            foreach (var record in inputs)
            {
                var awards = engines.Select(e => decide(e, record)).ToArray();
                paid += awards[0] > 0m ? 1 : 0;
                if (awards.Any(a => a != awards[0]))
                {
                    agreed = false;
                    measureAgreed = false;
                    log.WriteLine($"measure {measure.ToCode()} {record.ApplicationId}: " + string.Join(", ", engines.Select((e, i) => $"{e.Name} {awards[i]:0.00}")));
                }
            }

            log.WriteLine($"measure {measure.ToCode()}: {inputs.Length} distinct inputs ({paid} with an award), {(measureAgreed ? "all engines give identical awards" : "ENGINES DISAGREE")}");
        }

        return agreed;
    }

    /// <summary>The three engines, freshly built.</summary>
    /// <returns>The library, RulesEngine and NRules.</returns>
    public static IAwardEngine[] CreateEngines() => [new LibraryEngine(), new RulesEngineEngine(), new NRulesEngine()];
}
