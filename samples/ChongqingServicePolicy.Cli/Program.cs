using System.Globalization;
using System.Text;
using ChongqingServicePolicy;
using ChongqingServicePolicy.Cli;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using nietras.SeparatedValues;

// cqpolicy: the analysts' command line over CSV files (shared/policy/CSV-CONTRACT.md).
// This first version covers `evaluate` and `measures`; the rest of the contract follows.
Console.OutputEncoding = Encoding.UTF8;
try
{
    return args switch
    {
        ["evaluate", var input, .. var rest] => Commands.Evaluate(input, rest),
        ["measures", .. var rest] => Commands.Measures(rest),
        _ => Commands.Usage(),
    };
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"cqpolicy: {ex.Message}");
    return 2;
}
catch (PolicyParameterException ex)
{
    Console.Error.WriteLine($"cqpolicy: {ex.Message}");
    return 2;
}

internal sealed class UsageException(string message) : Exception(message);

internal static class Commands
{
    internal static int Usage()
    {
        Console.Error.WriteLine("usage: cqpolicy evaluate APPLICATIONS.csv [--out DECISIONS.csv] [--parameters PARAMS.json] [--lang zh|en]");
        Console.Error.WriteLine("       cqpolicy measures [--lang zh|en]");
        return 2;
    }

    internal static int Evaluate(string input, string[] options)
    {
        var opts = Options.Parse(options, "--out", "--parameters", "--lang");
        var language = Lang(opts);
        var parameters = opts.TryGetValue("--parameters", out var file) ? PolicyParameters.LoadFile(file) : PolicyParameters.Default;
        if (!File.Exists(input))
        {
            throw new UsageException($"cannot read '{input}': no such file");
        }

        var output = opts.TryGetValue("--out", out var o) ? o : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, Path.GetFileNameWithoutExtension(input) + ".decisions.csv");
        var engine = new PolicyEngine(parameters);

        List<ApplicationCsv.Row> rows;
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, HasHeader = true }).FromFile(input);
            rows = ApplicationCsv.Read(reader).ToList();
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException($"cannot read '{input}': {ex.Message}");
        }

        var valid = rows.Where(r => r.Record is not null).Select(r => r.Record!).ToList();
        var decided = engine.EvaluateBatch(valid);
        var decisions = new List<(ApplicationCsv.Row Row, Decision Decision)>(rows.Count);
        var next = 0;
        foreach (var row in rows)
        {
            var decision = row.Record is not null
                ? decided[next++]
                : Decision.ForInvalidInput(row.ApplicationId, row.SubjectId, MeasureIds.TryParse(row.MeasureText, out var m) ? m : default, engine.Today(), row.Problems);
            decisions.Add((row, decision));
        }

        var temp = output + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(true)))
        {
            writer.WriteLine("application_id,measure,outcome,award_yuan,payable_yuan,reason,explanation");
            foreach (var (row, d) in decisions)
            {
                var explanation = d.Outcome == Outcome.Invalid && row.Record is null
                    ? $"第 {row.LineNumber} 行：" + string.Join("；", d.Problems.Select(p => DecisionText.Render(p, language)))
                    : d.Summarize(language);
                writer.WriteLine(string.Join(",", Cell(row.ApplicationId), Cell(row.MeasureText), d.Outcome.ToString(), Money(d.AwardYuan), Money(d.PayableYuan), d.Reason.ToCode(), Cell(explanation)));
            }
        }

        File.Move(temp, output, overwrite: true);

        Console.WriteLine($"{"measure",-8}{"outcome",-15}{"count",8}{"award_yuan",20}{"payable_yuan",20}");
        foreach (var group in decisions.GroupBy(x => (x.Row.MeasureText, x.Decision.Outcome)).OrderBy(g => MeasureIds.TryParse(g.Key.MeasureText, out var id) ? (int)id : 99).ThenBy(g => g.Key.Outcome))
        {
            Console.WriteLine($"{group.Key.MeasureText,-8}{group.Key.Outcome,-15}{group.Count(),8}{Money(group.Sum(x => x.Decision.AwardYuan)),20}{Money(group.Sum(x => x.Decision.PayableYuan)),20}");
        }

        Console.WriteLine($"{"total",-23}{decisions.Count,8}{Money(decisions.Sum(x => x.Decision.AwardYuan)),20}{Money(decisions.Sum(x => x.Decision.PayableYuan)),20}");
        Console.WriteLine($"decisions written to {output}");
        return 0;
    }

    internal static int Measures(string[] options)
    {
        var language = Lang(Options.Parse(options, "--lang"));
        var engine = new PolicyEngine();
        foreach (var info in engine.Catalogue.All)
        {
            var zh = language == Language.Chinese;
            Console.WriteLine($"{info.Code,-4}{info.ClauseNumber} {(zh ? info.TitleZh : info.TitleEn)} [{info.Kind}] {(zh ? info.RecipientZh : info.RecipientEn)} / {(zh ? info.LeadUnitZh : info.LeadUnitEn)}");
            Console.WriteLine($"    “{info.ClauseTextZh}”");
            foreach (var p in PolicyParameters.Descriptors.Where(d => d.Measure == info.Id))
            {
                Console.WriteLine(Parameter(p, language));
            }
        }

        Console.WriteLine(language == Language.Chinese ? "通用规则（X1–X6）与区县代码" : "Cross-cutting rules (X1–X6) and district codes");
        foreach (var p in PolicyParameters.Descriptors.Where(d => d.Measure is null))
        {
            Console.WriteLine(Parameter(p, language));
        }

        return 0;
    }

    private static string Parameter(ParameterDescriptor p, Language language)
    {
        var kind = p.IsInterpretation ? (language == Language.Chinese ? "解释" : "interpretation") : (language == Language.Chinese ? "原文" : "text");
        return $"    {p.Path} = {p.DefaultJson}  [{kind}: {p.Reference}]";
    }

    private static Language Lang(Dictionary<string, string> opts) =>
        !opts.TryGetValue("--lang", out var lang) || lang == "zh" ? Language.Chinese
        : lang == "en" ? Language.English
        : throw new UsageException($"--lang must be zh or en, got '{lang}'");

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Cell(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}

internal static class Options
{
    internal static Dictionary<string, string> Parse(string[] args, params string[] known)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!known.Contains(args[i]))
            {
                throw new UsageException($"unknown option '{args[i]}'; known: {string.Join(", ", known)}");
            }

            if (i + 1 >= args.Length)
            {
                throw new UsageException($"option '{args[i]}' needs a value");
            }

            result[args[i]] = args[++i];
        }

        return result;
    }
}
