using System.Globalization;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using NodaTime;

namespace ChongqingServicePolicy.Cli.Report;

/// <summary>The words of the HTML reports in one language: Chinese (the default) or English, compiled in.</summary>
internal sealed class ReportText
{
    private ReportText(Language language) => Language = language;

    internal static ReportText Chinese { get; } = new(Language.Chinese);

    internal static ReportText English { get; } = new(Language.English);

    internal Language Language { get; }

    internal bool Zh => Language == Language.Chinese;

    internal string HtmlLang => Zh ? "zh-CN" : "en";

    internal static ReportText For(Language language) => language == Language.Chinese ? Chinese : English;

    internal string T(string zh, string en) => Zh ? zh : en;

    internal string PolicyTitle => T(
        "《重庆市支持现代生产性服务业高质量发展若干政策措施》",
        "Measures of Chongqing to support the high-quality development of modern producer services");

    /// <summary>The validity note: the policy's period, and the day the file was decided as of.</summary>
    internal string Validity(DateInterval validity, LocalDate evaluated) => T(
        $"本政策自 {Date(validity.Start)} 起施行，有效期至 {Date(validity.End)}（含当日）。本次按 {Date(evaluated)} 判定：有申请日期的行按申请日期判断是否在有效期内，未填申请日期的行按判定日。",
        $"The policy is in force from {Date(validity.Start)} to {Date(validity.End)} inclusive. This run decided as of {Date(evaluated)}: a row with an application date is judged by that date, a row without one by the day of the run.");

    internal string OutsideValidity(LocalDate evaluated) => T(
        $"注意：判定日 {Date(evaluated)} 不在政策有效期内。",
        $"Note: the day of the run, {Date(evaluated)}, is outside the policy's period.");

    internal string OutcomeName(Outcome outcome) => DecisionText.Name(outcome, Language);

    internal string MeasureLabel(MeasureInfo info) => Zh
        ? $"{info.ClauseNumber}{(info.Code.Length > 1 && info.Code[0] == '7' ? $"（{info.Code}）" : string.Empty)}{info.TitleZh}"
        : $"({info.Code}) {info.TitleEn}";

    internal string UnreadableMeasure => T("措施无法读取", "measure unreadable");

    internal string DistrictLabel(int code, DistrictRegistry registry) => code switch
    {
        DistrictTotals.Unreadable => T("区县无法读取", "district unreadable"),
        DistrictTotals.Unknown => T("非重庆区县代码", "not a Chongqing district code"),
        _ when registry.TryGet(code, out var unit) => Zh ? unit.NameZh : unit.NameEn,
        _ => code.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>An amount in yuan with two decimals, as decisions.csv has it, with thousands separated.</summary>
    internal static string Money(decimal yuan) => CliApp.Money(yuan);

    /// <summary>An amount in whole yuan, for the end of a bar.</summary>
    internal static string WholeYuan(decimal yuan) => decimal.Round(yuan, 0, MidpointRounding.ToZero).ToString("#,0", CultureInfo.InvariantCulture);

    internal static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    internal static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An axis value in yuan, short: 万 and 亿 in Chinese, k and M in English.</summary>
    internal string AxisYuan(decimal yuan)
    {
        var sign = yuan < 0 ? "-" : string.Empty;
        var v = Math.Abs(yuan);
        string Short(decimal x) => x.ToString("#,0.##", CultureInfo.InvariantCulture);
        if (v == 0m)
        {
            return "0";
        }

        return Zh
            ? sign + (v >= 100_000_000m ? Short(v / 100_000_000m) + "亿" : v >= 10_000m ? Short(v / 10_000m) + "万" : Short(v))
            : sign + (v >= 1_000_000m ? Short(v / 1_000_000m) + "M" : v >= 1_000m ? Short(v / 1_000m) + "k" : Short(v));
    }

    internal static string AxisCount(decimal n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
