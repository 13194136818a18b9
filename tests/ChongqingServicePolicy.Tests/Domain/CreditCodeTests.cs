using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>统一社会信用代码 (GB 32100-2015) checks and how the engine reports them.</summary>
public sealed class CreditCodeTests
{
    /// <summary>A code published as valid (its check character is 3).</summary>
    private const string Published = "91350100M000100Y43";

    private readonly PolicyEngine _engine = Records.Engine();

    [Fact]
    public void Check_PublishedValidCode_Valid()
    {
        UnifiedSocialCreditCode.Check(Published).Should().Be(CreditCodeCheck.Valid);
        UnifiedSocialCreditCode.IsValid(Published).Should().BeTrue();
    }

    [Fact]
    public void Check_RecordsHelperCode_Valid()
    {
        Records.CreditCode.Should().Be("91500103MA5U7Y2Q0G");
        UnifiedSocialCreditCode.Check(Records.CreditCode).Should().Be(CreditCodeCheck.Valid);
    }

    [Theory]
    [InlineData("91350100M000100Y40")]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4A")]
    [InlineData("91350100M000100YYY")]
    public void Check_WrongCheckCharacter_WrongCheckCharacter(string code)
    {
        UnifiedSocialCreditCode.Check(code).Should().Be(CreditCodeCheck.WrongCheckCharacter);
        UnifiedSocialCreditCode.IsValid(code).Should().BeFalse();
    }

    [Theory]
    [InlineData("91350100M000100Y4", '3')]
    [InlineData("91350100M000100YY", 'K')]
    [InlineData("91500103MA5U7Y2Q0", 'G')]
    [InlineData("00000000000000000", '0')]
    public void TryComputeCheckCharacter_First17_RightCharacter(string first17, char expected)
    {
        UnifiedSocialCreditCode.TryComputeCheckCharacter(first17, out var check).Should().BeTrue();

        check.Should().Be(expected);
        UnifiedSocialCreditCode.Check(first17 + check).Should().Be(CreditCodeCheck.Valid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("91350100M000100Y")]
    [InlineData("91350100M000100Y4I")]
    [InlineData("91350100M000100Y43X")]
    public void TryComputeCheckCharacter_NotSeventeenAlphabetCharacters_False(string first17)
    {
        UnifiedSocialCreditCode.TryComputeCheckCharacter(first17, out var check).Should().BeFalse();
        check.Should().Be('\0');
    }

    [Theory]
    [InlineData("")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData(" 91350100M000100Y43")]
    [InlineData("91350100M000100Y43 ")]
    public void Check_WrongLength_WrongLength(string code)
    {
        UnifiedSocialCreditCode.Check(code).Should().Be(CreditCodeCheck.WrongLength);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    [InlineData('i')]
    [InlineData('-')]
    [InlineData(' ')]
    public void Check_ForbiddenCharacter_InvalidCharacter(char forbidden)
    {
        // Position 9 (the organisation code's first character), position 18 (the check character) and position 1.
        UnifiedSocialCreditCode.Check("91350100" + forbidden + "000100Y43").Should().Be(CreditCodeCheck.InvalidCharacter);
        UnifiedSocialCreditCode.Check("91350100M000100Y4" + forbidden).Should().Be(CreditCodeCheck.InvalidCharacter);
        UnifiedSocialCreditCode.Check(forbidden + "1350100M000100Y43").Should().Be(CreditCodeCheck.InvalidCharacter);
    }

    [Theory]
    [InlineData("91A50100M000100Y43")]
    [InlineData("913501M0M000100Y43")]
    [InlineData("9135010AM000100Y43")]
    public void Check_LetterInDivisionCode_InvalidDivisionCode(string code)
    {
        UnifiedSocialCreditCode.Check(code).Should().Be(CreditCodeCheck.InvalidDivisionCode);
    }

    [Fact]
    public void Check_LetterOutsideDivisionCode_NotADivisionProblem()
    {
        // Positions 1–2 and 9–17 may be letters: only the check character can be wrong here.
        UnifiedSocialCreditCode.Check("A1350100M000100Y43").Should().Be(CreditCodeCheck.WrongCheckCharacter);
        UnifiedSocialCreditCode.Check("9A350100M000100Y43").Should().Be(CreditCodeCheck.WrongCheckCharacter);
    }

    [Theory]
    [InlineData("91350100m000100y43")]
    [InlineData("91500103ma5u7y2q0g")]
    public void Check_LowercaseLetters_Valid(string code)
    {
        UnifiedSocialCreditCode.Check(code).Should().Be(CreditCodeCheck.Valid);
    }

    [Fact]
    public void Evaluate_WrongCheckCharacter_ProblemNamesExpectedCharacter()
    {
        var decision = _engine.Evaluate(Records.Measure1() with { CreditCode = "91350100M000100Y44" });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Equal(new Problem(RecordField.CreditCode, "91350100M000100Y44", ProblemCode.CreditCodeCheck, "3"));
        decision.Explain(Language.Chinese).Should().Contain("应为 3");
        decision.Explain(Language.English).Should().Contain("GB 32100-2015 gives 3");
    }

    [Theory]
    [InlineData("91350100M000100Y4", ProblemCode.CreditCodeLength, "18")]
    [InlineData("91350100O000100Y43", ProblemCode.CreditCodeCharacter, UnifiedSocialCreditCode.Alphabet)]
    [InlineData("91A50100M000100Y43", ProblemCode.CreditCodeDivision, null)]
    public void Evaluate_MalformedCreditCode_ProblemForTheRuleBroken(string code, ProblemCode problem, string? expected)
    {
        var decision = _engine.Evaluate(Records.Measure1() with { CreditCode = code });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Equal(new Problem(RecordField.CreditCode, code, problem, expected));
    }

    [Fact]
    public void Evaluate_LowercaseCreditCode_Accepted()
    {
        var decision = _engine.Evaluate(Records.Measure1() with { CreditCode = "91350100m000100y43" });

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Evaluate_CreditCodeMissingForMoneyMeasure_InvalidRequired(string? code)
    {
        var decision = _engine.Evaluate(Records.Measure1() with { CreditCode = code });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Equal(new Problem(RecordField.CreditCode, null, ProblemCode.Required));
    }

    [Theory]
    [InlineData(MeasureId.Measure1)]
    [InlineData(MeasureId.Measure2)]
    [InlineData(MeasureId.Measure3)]
    [InlineData(MeasureId.Measure5)]
    [InlineData(MeasureId.Measure7a)]
    [InlineData(MeasureId.Measure7b)]
    [InlineData(MeasureId.Measure7c)]
    [InlineData(MeasureId.Measure13)]
    public void Evaluate_CreditCodeMissing_RequiredForEveryMoneyMeasure(MeasureId measure)
    {
        var decision = _engine.Evaluate(Records.ValidFor(measure) with { CreditCode = null });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Equal(new Problem(RecordField.CreditCode, null, ProblemCode.Required));
    }

    [Fact]
    public void Evaluate_CreditCodeMissingForNonMonetaryMeasure_Optional()
    {
        var decision = _engine.Evaluate(Records.Common(MeasureId.Measure4) with { InCluster = true, CreditCode = null });

        decision.Outcome.Should().Be(Outcome.NonMonetary);
        decision.Reason.Should().Be(ReasonCode.NonMonetarySupport);
        decision.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_BadCreditCodeForNonMonetaryMeasure_CheckedWhenGiven()
    {
        var decision = _engine.Evaluate(Records.Common(MeasureId.Measure4) with { InCluster = true, CreditCode = "91350100M000100Y44" });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Equal(new Problem(RecordField.CreditCode, "91350100M000100Y44", ProblemCode.CreditCodeCheck, "3"));
    }
}
