using System.Collections.Immutable;
using System.Text;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// The 就高不重复 part of an explanation word for word in both languages: suppressed by a higher or prior application
/// (with a measure's part suffix or none), by another policy (named or not), and paid (alone, or above another
/// policy's support, named or not); as characters and as UTF-8. The unnamed other policy is in no pinned decisions.csv.
/// </summary>
public sealed class NonDuplicationTextTests
{
    private static readonly IReadOnlyDictionary<string, NonDuplication> Cases = new Dictionary<string, NonDuplication>
    {
        ["higher"] = new("S-1", ["A-1", "A-2"], "A-2", MeasureId.Measure7a, 5_000_000m, null, null, SuppressionKind.SupersededByHigher),
        ["higher-measure-1"] = new("S-1", ["A-1", "A-2"], "A-2", MeasureId.Measure1, 1_234_567.8m, null, null, SuppressionKind.SupersededByHigher),
        ["other-policy"] = new("S-1", ["A-1"], "A-1", MeasureId.Measure13, 800_000m, 900_000m, "渝府发〔2023〕12号", SuppressionKind.SupersededByOtherPolicy),
        ["other-policy-unnamed"] = new("S-1", ["A-1"], "A-1", MeasureId.Measure13, 800_000m, 900_000m, null, SuppressionKind.SupersededByOtherPolicy),
        ["paid"] = new("S-1", ["A-1", "A-2", "A-3"], "A-1", MeasureId.Measure1, 5_000_000m, null, null, SuppressionKind.None),
        ["paid-above-other"] = new("S-1", ["A-1"], "A-1", MeasureId.Measure13, 800_000m, 700_000m, "渝府发〔2023〕12号", SuppressionKind.None),
        ["paid-above-other-unnamed"] = new("S-1", ["A-1"], "A-1", MeasureId.Measure13, 800_000m, 700_000m, null, SuppressionKind.None),
    };

    public static TheoryData<string, string, string> Texts => new()
    {
        { "higher", "[七、附则] 就高不重复：同一支持对象 S-1 的申请 A-2（（七）（7a））奖励更高或优先（5,000,000.00 元），本申请不予支付", "[VII Supplementary provisions] No duplicate support: application A-2 (measure 7a) for the same subject S-1 carries the higher or prior award (CNY 5,000,000.00), so this one is not paid" },
        { "higher-measure-1", "[七、附则] 就高不重复：同一支持对象 S-1 的申请 A-2（（一））奖励更高或优先（1,234,567.80 元），本申请不予支付", "[VII Supplementary provisions] No duplicate support: application A-2 (measure 1) for the same subject S-1 carries the higher or prior award (CNY 1,234,567.80), so this one is not paid" },
        { "other-policy", "[七、附则] 就高不重复：同一支持对象 S-1 已获 渝府发〔2023〕12号 支持 900,000.00 元，不低于本政策奖励 800,000.00 元，本申请不予支付", "[VII Supplementary provisions] No duplicate support: 渝府发〔2023〕12号 supports the same subject S-1 with CNY 900,000.00, not less than this policy's CNY 800,000.00, so this one is not paid" },
        { "other-policy-unnamed", "[七、附则] 就高不重复：同一支持对象 S-1 已获 其他同类政策 支持 900,000.00 元，不低于本政策奖励 800,000.00 元，本申请不予支付", "[VII Supplementary provisions] No duplicate support: another municipal policy supports the same subject S-1 with CNY 900,000.00, not less than this policy's CNY 800,000.00, so this one is not paid" },
        { "paid", "[七、附则] 就高不重复：支持对象 S-1 比较了 3 项申请，本申请奖励最高，予以支付", "[VII Supplementary provisions] No duplicate support: of 3 application(s) for subject S-1 this one carries the highest award and is paid" },
        { "paid-above-other", "[七、附则] 就高不重复：支持对象 S-1 比较了 1 项申请，本申请奖励最高，予以支付，高于 渝府发〔2023〕12号 的 700,000.00 元，两者不得重复享受", "[VII Supplementary provisions] No duplicate support: of 1 application(s) for subject S-1 this one carries the highest award and is paid, above 渝府发〔2023〕12号's CNY 700,000.00, which must not be paid as well" },
        { "paid-above-other-unnamed", "[七、附则] 就高不重复：支持对象 S-1 比较了 1 项申请，本申请奖励最高，予以支付，高于 其他同类政策 的 700,000.00 元，两者不得重复享受", "[VII Supplementary provisions] No duplicate support: of 1 application(s) for subject S-1 this one carries the highest award and is paid, above another municipal policy's CNY 700,000.00, which must not be paid as well" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Explain_NonDuplication_IsItsTextInEachLanguage(string name, string chinese, string english)
    {
        Utf8(Cases[name], Language.Chinese).Should().Be("|" + chinese);
        Utf8(Cases[name], Language.English).Should().Be("|" + english);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Explain_DecisionWithNonDuplication_EndsWithTheSameTextAsCharacters(string name, string chinese, string english)
    {
        var decision = Decision.Restore(
            "A-1", "S-1", MeasureId.Measure1, new LocalDate(2025, 6, 1), Outcome.Eligible, 1m, 1m, ReasonCode.RateApplied, ReasonCode.RateApplied,
            ImmutableArray<TraceStep>.Empty, ImmutableArray<Problem>.Empty, Cases[name], null);

        Chars(decision, Language.Chinese).Should().Be("符合条件（rate-applied）|" + chinese);
        Chars(decision, Language.English).Should().Be("eligible (rate-applied)|" + english);
        decision.Summarize(Language.English).Should().Be("eligible (rate-applied); " + english);
    }

    private static string Utf8(NonDuplication nonDuplication, Language language)
    {
        var text = new Utf8Text("|");
        DecisionText.Explain(nonDuplication, language, text);
        return Encoding.UTF8.GetString(text.Written);
    }

    private static string Chars(Decision decision, Language language)
    {
        var text = new StringBuilder();
        DecisionText.Explain(decision, language, "|", text);
        return text.ToString();
    }
}
