using System.Globalization;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;

namespace ChongqingServicePolicy.Tests.Invariance;

/// <summary>
/// The library says the same under every culture a host may run in: decisions, explanations, records, replays,
/// rankings and parameters are culture-invariant, whatever the thread's CurrentCulture and CurrentUICulture.
/// </summary>
public sealed class CultureInvarianceTests
{
    /// <summary>The cultures of the tests: decimal comma (de-DE, fr-FR with its narrow no-break space), the Turkish I, Arabic digits and calendar, Chinese.</summary>
    public static TheoryData<string> Cultures() => new("zh-CN", "de-DE", "tr-TR", "ar-SA", "fr-FR");

    private static readonly Lazy<Snapshot> Invariant = new(() => InCulture(string.Empty, Take));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Library_AnyCulture_SaysExactlyWhatItSaysUnderTheInvariantCulture(string culture)
    {
        var snapshot = InCulture(culture, Take);

        snapshot.Culture.Should().Be(culture, "the culture was in force while the library ran");
        snapshot.Decisions.Should().Equal(Invariant.Value.Decisions);
        snapshot.Replays.Should().Equal(Invariant.Value.Replays);
        snapshot.Ranking.Should().Be(Invariant.Value.Ranking);
        snapshot.Parameters.Should().Be(Invariant.Value.Parameters);
        snapshot.Loaded.Should().Be(Invariant.Value.Loaded);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Corpus_AnyCulture_HoldsEveryOutcome(string culture)
    {
        // The comparison above means something only if the batch exercises every outcome and problems of every kind.
        var decisions = InCulture(culture, () => Records.Engine().EvaluateBatch(Corpus.Batch, Corpus.Today));

        decisions.Select(d => d.Outcome).Distinct().Order().Should().Equal(Enum.GetValues<Outcome>());
        decisions.Count(d => d.NonDuplication is not null).Should().BeGreaterThan(10);
    }

    private static Snapshot Take()
    {
        var engine = Records.Engine();
        var decisions = Corpus.Describe(engine);
        var records = engine.EvaluateBatch(Corpus.Batch, Corpus.Today).Select((d, i) => engine.CreateRecord(Corpus.Batch[i], d, Corpus.Today).ToJson()).ToList();
        var loaded = PolicyParameters.FromJson("""{ "measures": { "1": { "cap_yuan": 8000000.50, "rate": 0.125 } } }""");
        return new Snapshot(
            CultureInfo.CurrentCulture.Name,
            decisions,
            Corpus.Replays(engine, records),
            Corpus.Ranking(engine),
            PolicyParameters.Default.ToJson(indented: true),
            loaded.ToJson() + loaded.Fingerprint);
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    private sealed record Snapshot(string Culture, IReadOnlyList<string> Decisions, IReadOnlyList<string> Replays, string Ranking, string Parameters, string Loaded);
}
