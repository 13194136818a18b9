using System.Text;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using CsCheck;
using NodaTime;
using static ChongqingServicePolicy.Tests.Properties.Generators;

namespace ChongqingServicePolicy.Tests.Properties;

/// <summary>
/// Explanations rendered straight to UTF-8 (how decisions.csv is written) are the bytes of the text rendered as
/// characters, encoded: for every kind of decision, in both languages, with every separator.
/// </summary>
public sealed class Utf8ExplanationPropertyTests
{
    private static readonly PolicyEngine Engine = Records.Engine();
    private static readonly LocalDate Today = new(2025, 6, 1);
    private static readonly string[] Separators = ["；", "; ", "\n", "\r\n", string.Empty];

    /// <summary>
    /// A decision alone, or the first of a batch where a second application for the same subject competes under
    /// 就高不重复 (so that suppressed and paid results both appear), undated now and then (the date from the clock).
    /// </summary>
    private static readonly Gen<Decision> Decisions =
        from record in AnyRecord
        from undated in Gen.Bool
        from batch in Gen.Int[0, 2]
        from rival in PositiveAmount
        select Decide(undated ? record with { ApplicationDate = null } : record, batch, rival);

    [Fact]
    public void Explain_AnyDecisionInEitherLanguage_Utf8IsTheEncodedText()
    {
        Gen.Select(Decisions, Gen.Bool, Gen.Int[0, Separators.Length - 1]).Sample(
            (decision, chinese, separator) =>
            {
                var language = chinese ? Language.Chinese : Language.English;
                var chars = new StringBuilder();
                DecisionText.Explain(decision, language, Separators[separator], chars);
                var utf8 = new Utf8Text(Separators[separator], 16);

                DecisionText.Explain(decision, language, utf8);

                utf8.Lossy.Should().BeFalse();
                utf8.Written.ToArray().Should().Equal(Encoding.UTF8.GetBytes(chars.ToString()), chars.ToString());
                DecisionText.Explain(decision, language, Separators[separator]).Should().Be(chars.ToString());
            },
            iter: Iterations);
    }

    /// <summary>
    /// One buffer for every decision, as a writer of decisions.csv keeps one per thread (hence a single thread here),
    /// remembering the text of values from one explanation to the next as that writer's does, or not.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Explain_ReusedBuffer_HoldsOnlyTheLastExplanation(bool rememberValues)
    {
        var utf8 = new Utf8Text("；", 16, rememberValues);
        Gen.Select(Decisions, Gen.Bool).Sample(
            (decision, chinese) =>
            {
                var language = chinese ? Language.Chinese : Language.English;
                utf8.Clear();

                DecisionText.Explain(decision, language, utf8);

                Encoding.UTF8.GetString(utf8.Written).Should().Be(DecisionText.Explain(decision, language, "；"));
            },
            iter: Iterations,
            threads: 1);
    }

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Explain_LoneSurrogateInText_IsMarkedLossyAndTheTextKeepsIt(Language language)
    {
        var name = "政策\uD800名";
        var record = Records.Measure1() with { OtherPolicyAwardYuan = 1m, OtherPolicyName = name };
        var decision = Engine.EvaluateBatch([record], Today)[0];
        var utf8 = new Utf8Text("；");

        DecisionText.Explain(decision, language, utf8);
        var text = DecisionText.Explain(decision, language, "；");

        utf8.Lossy.Should().BeTrue("UTF-8 cannot carry a lone surrogate");
        text.Should().Contain(name, "the text keeps the name as it was given");
        Encoding.UTF8.GetString(utf8.Written).Should().Be(text.Replace('\uD800', '\uFFFD'));
    }

    [Fact]
    public void Utf8Text_LoneSurrogateSeparator_IsLossyEvenAfterClear()
    {
        var utf8 = new Utf8Text("\uDC00");

        utf8.Clear();

        utf8.Lossy.Should().BeTrue();
    }

    [Theory]
    [InlineData("0", true, 0UL)]
    [InlineData("0.00", true, 0UL)]
    [InlineData("1", true, 100UL)]
    [InlineData("1.5", true, 150UL)]
    [InlineData("1.50", true, 150UL)]
    [InlineData("0.01", true, 1UL)]
    [InlineData("99999999999999.99", true, 9_999_999_999_999_999UL)]
    [InlineData("100000000000000", false, 0UL)]
    [InlineData("100000000000000.00", false, 0UL)]
    [InlineData("0.001", false, 0UL)]
    [InlineData("1.000", false, 0UL)]
    [InlineData("-1", false, 0UL)]
    [InlineData("-0.00", false, 0UL)]
    [InlineData("79228162514264337593543950335", false, 0UL)]
    public void TryFen_Amount_GivesWholeFenOnlyForTheFastCases(string text, bool fast, ulong fen)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        if (text.StartsWith('-') && amount == 0m)
        {
            amount = new decimal(0, 0, 0, true, 2);
        }

        var ok = Utf8Text.TryFen(amount, out var result);

        ok.Should().Be(fast);
        if (fast)
        {
            result.Should().Be(fen);
        }
    }

    private static Decision Decide(ApplicationRecord record, int batch, decimal rival)
    {
        if (batch == 0)
        {
            return Engine.Evaluate(record, Today);
        }

        // The same subject applies under measure 13 as well, with an award larger or smaller than the record's.
        var other = record with
        {
            ApplicationId = record.ApplicationId + "-b",
            SubjectId = record.EffectiveSubjectId,
            Measure = MeasureId.Measure13,
            EventActualInputYuan = rival,
            OtherPolicyAwardYuan = null,
            OverrideAmountYuan = null,
            OverrideApprovalRef = null,
        };
        var decisions = Engine.EvaluateBatch(batch == 1 ? [record, other] : [other, record], Today);
        return decisions[batch == 1 ? 0 : 1];
    }
}
