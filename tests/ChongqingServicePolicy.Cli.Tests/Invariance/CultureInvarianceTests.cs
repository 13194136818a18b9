using System.Diagnostics;
using System.Text;
using ChongqingServicePolicy.Cli.Tests.Support;

namespace ChongqingServicePolicy.Cli.Tests.Invariance;

/// <summary>
/// cqpolicy writes the same bytes whatever the culture it runs in: decisions.csv, the decision records, ranking.csv
/// and the printed summaries, in process with CurrentCulture and CurrentUICulture set, and as a real process under
/// LANG and LC_ALL.
/// </summary>
public sealed class CultureInvarianceTests
{
    public static TheoryData<string> Cultures() => new("zh-CN", "de-DE", "tr-TR", "ar-SA", "fr-FR");

    public static TheoryData<string> Locales() => new("de_DE.UTF-8", "tr_TR.UTF-8", "ar_SA.UTF-8", "fr_FR.UTF-8", "zh_CN.UTF-8");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Cli_InProcessUnderAnyCulture_WritesWhatItWritesUnderTheInvariantCulture(string culture)
    {
        var invariant = RunAll(string.Empty);

        var other = RunAll(culture);

        other.Should().HaveCount(invariant.Count);
        foreach (var (name, text) in invariant)
        {
            other[name].Should().Be(text, "{0} is the same under {1} as under the invariant culture", name, culture);
        }

        invariant["decisions.csv"].Should().Contain(",Eligible,1114765.21,1114765.21,", "amounts are written with a point and two decimals");
        invariant["evaluate en"].Should().Contain("Eligible");
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Cli_RealProcessUnderLang_WritesWhatItWritesUnderTheCLocale(string locale)
    {
        using var folder = new TempFolder();
        var input = Path.Combine(SampleDataTests.RepoRoot(), "samples", "data", "applications.csv");
        var turkish = folder.Write("tr.csv", File.ReadAllText(input).Replace(",true,", ",TRUE,", StringComparison.Ordinal).Replace(",yes,", ",YES,", StringComparison.Ordinal));

        var c = Process(folder, "C.UTF-8", "c", input, turkish);
        var other = Process(folder, locale, "x", input, turkish);

        other.Output.Should().Be(c.Output, "the summary is the same under LANG={0}", locale);
        other.Error.Should().Be(c.Error);
        File.ReadAllBytes(folder.File("x.csv")).Should().Equal(File.ReadAllBytes(folder.File("c.csv")), "decisions.csv is byte for byte the same");
        File.ReadAllBytes(folder.File("x-tr.csv")).Should().Equal(File.ReadAllBytes(folder.File("c-tr.csv")), "TRUE and YES read the same under the Turkish I");
        File.ReadAllText(folder.File("c-tr.csv")).Should().NotContain("producer_service \"TRUE\"", "upper-case booleans read");
    }

    /// <summary>Every file and printout of evaluate (both languages, with records), rank-districts and measures under a culture.</summary>
    private static Dictionary<string, string> RunAll(string culture)
    {
        using var scope = new CultureScope(culture);
        using var folder = new TempFolder();
        var data = Path.Combine(SampleDataTests.RepoRoot(), "samples", "data");
        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        var zh = CqPolicy.Run("evaluate", Path.Combine(data, "applications.csv"), "--out", folder.File("zh.csv"), "--json", folder.File("zh.jsonl"));
        var en = CqPolicy.Run("evaluate", Path.Combine(data, "applications.csv"), "--out", folder.File("en.csv"), "--lang", "en");
        var rank = CqPolicy.Run("rank-districts", Path.Combine(data, "district-stats-2025.csv"), "--year", "2025", "--out", folder.File("rank.csv"), "--lang", "en");
        var replay = CqPolicy.Run("replay", folder.File("zh.jsonl"));
        var measures = CqPolicy.Run("measures", "--lang", "en");
        foreach (var (name, result) in new[] { ("evaluate zh", zh), ("evaluate en", en), ("rank-districts", rank), ("replay", replay), ("measures", measures) })
        {
            result.ExitCode.Should().Be(0, result.Error);
            results[name] = result.Output.Replace(folder.Path, "{folder}", StringComparison.Ordinal) + result.Error;
        }

        results["decisions.csv"] = File.ReadAllText(folder.File("zh.csv"));
        results["decisions en.csv"] = File.ReadAllText(folder.File("en.csv"));
        results["decisions.jsonl"] = File.ReadAllText(folder.File("zh.jsonl"));
        results["ranking.csv"] = File.ReadAllText(folder.File("rank.csv"));
        return results;
    }

    private static (string Output, string Error) Process(TempFolder folder, string locale, string prefix, string input, string turkish)
    {
        var first = RunProcess(locale, "evaluate", input, "--out", folder.File($"{prefix}.csv"), "--lang", "en");
        var second = RunProcess(locale, "evaluate", turkish, "--out", folder.File($"{prefix}-tr.csv"));
        return (first.Output.Replace(folder.File($"{prefix}.csv"), "{out}", StringComparison.Ordinal) + second.Output.Replace(folder.File($"{prefix}-tr.csv"), "{out}", StringComparison.Ordinal), first.Error + second.Error);
    }

    private static (string Output, string Error) RunProcess(string locale, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        start.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cqpolicy.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, error.Result);
        return (output, error.Result);
    }
}
