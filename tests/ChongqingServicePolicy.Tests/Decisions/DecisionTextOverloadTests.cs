using System.Text;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Tests.Support;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// The ways into <see cref="DecisionText.Explain(Decision, Language, string)"/>: null arguments refused by name, the
/// heading's length the CSV writer cuts at, and the heading and 就高不重复 parts written on their own.
/// </summary>
public sealed class DecisionTextOverloadTests
{
    private static readonly Decision Sample = Records.Engine().Evaluate(Records.Measure1());

    [Fact]
    public void Explain_NullArguments_AreRefusedByName()
    {
        ((Action)(() => DecisionText.Explain(null!, Language.English, "; "))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("decision");
        ((Action)(() => DecisionText.Explain(Sample, Language.English, (string)null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("separator");
        ((Action)(() => DecisionText.Explain((Decision)null!, Language.English, "; ", new StringBuilder()))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("decision");
        ((Action)(() => DecisionText.Explain(Sample, Language.English, null!, new StringBuilder()))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("separator");
        ((Action)(() => DecisionText.Explain(Sample, Language.English, "; ", null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("destination");
    }

    [Theory]
    [InlineData(Language.Chinese, "（一）项目投资补助：符合条件，奖励上限 3,000,000.00 元，可支付 3,000,000.00 元（rate-applied）")]
    [InlineData(Language.English, "Measure (1) Project investment subsidy: eligible, award CNY 3,000,000.00, payable CNY 3,000,000.00 (rate-applied)")]
    public void Explain_WithHeadingLength_TellsWhereTheHeadingEnds(Language language, string heading)
    {
        var text = new Utf8Text("；");
        text.Put("Row 2: "u8);

        DecisionText.Explain(Sample, language, text, out var headingLength);

        var written = text.Written.ToArray();
        Encoding.UTF8.GetString(written, 7, headingLength).Should().Be(heading);
        Encoding.UTF8.GetString(written, 7 + headingLength, written.Length - 7 - headingLength).Should().StartWith("；[");
        Encoding.UTF8.GetString(written).Should().Be("Row 2: " + DecisionText.Explain(Sample, language, "；"));
    }

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Heading_OnItsOwn_IsTheExplanationsFirstPart(Language language)
    {
        var text = new Utf8Text("；");

        DecisionText.Heading(Sample.Outcome, Sample.Reason, Sample.AwardYuan, Sample.PayableYuan, Sample.Info, language, text);

        var explanation = DecisionText.Explain(Sample, language, "；");
        Encoding.UTF8.GetString(text.Written).Should().Be(explanation[..explanation.IndexOf('；', StringComparison.Ordinal)]);
    }
}
