using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Parameters;
using Spectre.Console;

namespace ChongqingServicePolicy.Cli;

/// <summary><c>cqpolicy measures</c>: the catalogue with clause text, kind, recipient, lead unit and every parameter's default.</summary>
internal static class MeasuresCommand
{
    internal static int Run(Arguments args, CliEnvironment environment)
    {
        var language = CliApp.Language(args);
        var zh = language == Language.Chinese;
        var engine = new PolicyEngine(clock: environment.Clock);
        var console = environment.Out;
        foreach (var info in engine.Catalogue.All)
        {
            console.Write(new Rule(Markup.Escape($"{info.Code}  {info.ClauseNumber} {(zh ? info.TitleZh : info.TitleEn)}")).LeftJustified());
            PlainText.Line(console, $"  {(zh ? "类型" : "kind")}: {info.Kind}");
            PlainText.Line(console, $"  {(zh ? "支持对象" : "recipient")}: {(zh ? info.RecipientZh : info.RecipientEn)}");
            PlainText.Line(console, $"  {(zh ? "牵头单位" : "lead unit")}: {(zh ? info.LeadUnitZh : info.LeadUnitEn)}");
            if (!info.Channels.IsDefaultOrEmpty)
            {
                PlainText.Line(console, $"  {(zh ? "支持方式" : "channels")}: {string.Join(zh ? "、" : ", ", info.Channels.Select(c => zh ? c.NameZh : c.NameEn))}");
            }

            PlainText.Line(console, $"  “{info.ClauseTextZh}”");
            foreach (var p in PolicyParameters.Descriptors.Where(d => d.Measure == info.Id))
            {
                PlainText.Line(console, Parameter(p, zh));
            }

            PlainText.Line(console, string.Empty);
        }

        console.Write(new Rule(zh ? "通用规则（X1–X6）与区县代码" : "Cross-cutting rules (X1–X6) and district codes").LeftJustified());
        foreach (var p in PolicyParameters.Descriptors.Where(d => d.Measure is null))
        {
            PlainText.Line(console, Parameter(p, zh));
        }

        return CliApp.Ok;
    }

    private static string Parameter(ParameterDescriptor p, bool zh)
    {
        var kind = p.IsInterpretation ? (zh ? "解释" : "interpretation") : (zh ? "原文" : "text");
        return $"  {p.Path} = {p.DefaultJson}  [{kind}: {p.Reference}]";
    }
}
