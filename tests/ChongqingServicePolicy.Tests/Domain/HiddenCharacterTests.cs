using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using CsCheck;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>
/// An application id or subject id holding a character that cannot be seen is invalid, naming the character: two ids
/// that look the same must not count as two applications or two subjects, or 就高不重复 could pay one subject twice.
/// </summary>
public sealed class HiddenCharacterTests
{
    private readonly PolicyEngine _engine = Records.Engine();

    [Theory]
    [InlineData("\uFEFFA-1", "U+FEFF")] // a byte order mark, as left by joined files
    [InlineData("A-\u200B1", "U+200B")] // zero-width space
    [InlineData("A-1\u200D", "U+200D")] // zero-width joiner
    [InlineData("A\u00A01", "U+00A0")] // no-break space
    [InlineData("A\u30001", "U+3000")] // ideographic space
    [InlineData("A\u0007-1", "U+0007")] // bell
    [InlineData("A\n1", "U+000A")]
    [InlineData("A\r1", "U+000D")]
    [InlineData("A\t1", "U+0009")]
    [InlineData("A\u007F1", "U+007F")]
    [InlineData("A\u00851", "U+0085")] // next line, a C1 control
    [InlineData("A\u20281", "U+2028")] // line separator
    [InlineData("A\u20291", "U+2029")] // paragraph separator
    [InlineData("A\u202E1", "U+202E")] // right-to-left override
    [InlineData("渝\u00AD1", "U+00AD")] // soft hyphen
    [InlineData("\u200B\u200C", "U+200B")] // the first one is named
    public void Evaluate_ApplicationIdWithHiddenCharacter_IsInvalid_NamingIt(string id, string named)
    {
        var decision = _engine.Evaluate(Records.Measure1() with { ApplicationId = id });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.PayableYuan.Should().Be(0m);
        decision.Problems.Should().Equal(new Problem(RecordField.ApplicationId, id, ProblemCode.HiddenCharacter, named));
    }

    [Theory]
    [InlineData("A-1")]
    [InlineData("A 1")] // an ordinary space can be seen
    [InlineData("CQ2026-000001")]
    [InlineData("渝中-申请-001")]
    [InlineData("申请（一）第1号")]
    [InlineData("Ａ－１")] // full-width letters are visible
    [InlineData("A-1😀")] // a character outside the basic plane
    [InlineData("~!@#$%^&*()_+{}|:<>?")]
    public void Evaluate_VisibleApplicationId_IsNotRefused(string id)
    {
        var decision = _engine.Evaluate(Records.Measure1() with { ApplicationId = id });

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_SubjectIdWithHiddenCharacter_IsInvalid_NamingIt()
    {
        var decision = _engine.Evaluate(Records.Measure1() with { SubjectId = "S-1\uFEFF" });

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().Equal(new Problem(RecordField.SubjectId, "S-1\uFEFF", ProblemCode.HiddenCharacter, "U+FEFF"));
    }

    [Fact]
    public void Evaluate_BothIdsHidden_NamesBoth_InFieldOrder()
    {
        var decision = _engine.Evaluate(Records.Measure1() with { ApplicationId = "A\u200B", SubjectId = "S\u00A0" });

        decision.Problems.Should().Equal(
            new Problem(RecordField.ApplicationId, "A\u200B", ProblemCode.HiddenCharacter, "U+200B"),
            new Problem(RecordField.SubjectId, "S\u00A0", ProblemCode.HiddenCharacter, "U+00A0"));
    }

    [Fact]
    public void EvaluateBatch_LookAlikeSubject_IsNotPaidASecondTime()
    {
        var decisions = _engine.EvaluateBatch(
        [
            Records.Measure1() with { ApplicationId = "A-1", SubjectId = "S" },
            Records.Measure7a() with { ApplicationId = "A-2", SubjectId = "\uFEFFS" },
        ]);

        decisions.Where(d => d.PayableYuan > 0m).Should().ContainSingle().Which.ApplicationId.Should().Be("A-1");
        decisions[1].Outcome.Should().Be(Outcome.Invalid);
    }

    [Theory]
    [InlineData(Language.Chinese, "application_id \"A\u200B\": 含看不见的控制、格式或空白字符 U+200B，看来相同的编号可能并不相同")]
    [InlineData(Language.English, "application_id \"A\u200B\": holds U+200B, a control, format or space character that cannot be seen, so ids that look the same could differ")]
    public void Explain_HiddenCharacter_SaysWhichAndWhy(Language language, string expected)
    {
        var decision = _engine.Evaluate(Records.Measure1() with { ApplicationId = "A\u200B" });

        decision.Explain(language).Should().Contain(expected);
    }

    [Fact]
    public void Code_IsStable_AndParsesBack()
    {
        ProblemCode.HiddenCharacter.ToCode().Should().Be("hidden-character");
        ProblemCodes.TryParse("hidden-character", out var code).Should().BeTrue();
        code.Should().Be(ProblemCode.HiddenCharacter);
    }

    [Fact]
    public void FindHidden_AgreesWithTheUnicodeCategories_ForEveryCharacterOfTheBasicPlane()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var category = char.GetUnicodeCategory(ch);
            var hidden = IsHidden(ch);
            var id = "AB" + ch;

            Identifiers.FindHidden(id).Should().Be(hidden ? 2 : -1, $"U+{c:X4} is {category}");
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(16)]
    [InlineData(17)]
    public void FindHidden_AgreesWithTheUnicodeCategories_AtEachEndOfAnIdOfEightToSixteenCharacters(int length)
    {
        // Ids of 8 to 16 characters are read as two overlapping vectors of eight: a character is placed first, last, and
        // where the two reads meet.
        var visible = "CQ2025-0001~ !AZz".AsSpan(0, length).ToArray();
        var positions = new[] { 0, 7, length - 8, length - 1 }.Where(p => p >= 0 && p < length).Distinct().ToArray();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var category = char.GetUnicodeCategory(ch);
            var hidden = IsHidden(ch);
            foreach (var position in positions)
            {
                var id = (char[])visible.Clone();
                id[position] = ch;
                var found = Identifiers.FindHidden(id);
                if (found != (hidden ? position : -1))
                {
                    found.Should().Be(hidden ? position : -1, $"U+{c:X4} is {category}, at {position} of {length}");
                }
            }
        }
    }

    [Fact]
    public void FindHidden_GivesTheFirstHiddenPosition_AfterAnyVisiblePrefix()
    {
        var visible = Gen.Char['!', '~'].Array[0, 40].Select(a => new string(a));
        var hidden = Gen.Int[0, 7].Select(i => "\u0000\u001F\u007F\u00A0\u200B\u2028\uFEFF\u3000"[i]);
        var tail = Gen.Char.Array[0, 10].Select(a => new string(a));

        Gen.Select(visible, hidden, tail).Sample((prefix, c, rest) => Identifiers.FindHidden(prefix + c + rest) == prefix.Length, iter: 10_000);
    }

    /// <summary>What the standard reading calls hidden: a control, format, line or paragraph separator, or a space other than U+0020.</summary>
    private static bool IsHidden(char ch) =>
        ch != ' ' && char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
            or System.Globalization.UnicodeCategory.SpaceSeparator;
}
