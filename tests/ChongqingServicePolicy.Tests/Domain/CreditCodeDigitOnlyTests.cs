using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>
/// Codes whose other characters are all digits, so that one broken character decides alone whether the vector reading
/// accepts the code: a left-out letter (I, O, S, V, Z) anywhere, or a letter of the alphabet in the division code.
/// </summary>
public sealed class CreditCodeDigitOnlyTests
{
    [Theory]
    [InlineData('I', true)]
    [InlineData('O', true)]
    [InlineData('S', true)]
    [InlineData('V', true)]
    [InlineData('Z', true)]
    [InlineData('i', true)]
    [InlineData('z', true)]
    [InlineData('I', false)]
    [InlineData('Z', false)]
    public void Check_LeftOutLetterAmongDigits_InvalidCharacter_AtEveryPosition(char letter, bool vector)
    {
        for (var position = 0; position < 18; position++)
        {
            var code = new string('1', position) + letter + new string('1', 17 - position);

            UnifiedSocialCreditCode.Check(code, vector).Should().Be(CreditCodeCheck.InvalidCharacter, $"{letter} at position {position + 1}");
        }
    }

    [Theory]
    [InlineData('A', true)]
    [InlineData('Y', true)]
    [InlineData('a', true)]
    [InlineData('A', false)]
    public void Check_AlphabetLetterInDivisionCodeAmongDigits_InvalidDivisionCode(char letter, bool vector)
    {
        for (var position = 2; position <= 7; position++)
        {
            var code = new string('1', position) + letter + new string('1', 17 - position);

            UnifiedSocialCreditCode.Check(code, vector).Should().Be(CreditCodeCheck.InvalidDivisionCode, $"{letter} at position {position + 1}");
        }
    }

    [Fact]
    public void Check_AlphabetLetterOutsideDivisionCodeAmongDigits_NotRefusedForIt()
    {
        foreach (var position in new[] { 0, 1, 8, 15, 16 })
        {
            var code = new string('1', position) + 'A' + new string('1', 17 - position);

            UnifiedSocialCreditCode.Check(code, vector: true).Should().Be(UnifiedSocialCreditCode.Check(code, vector: false))
                .And.BeOneOf(CreditCodeCheck.Valid, CreditCodeCheck.WrongCheckCharacter);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_CharactersThatWrapToDigitsWhenShifted_InvalidCharacter(bool vector)
    {
        // U+FFD0–U+FFD9 are 48 below the top of 16 bits: adding '0' instead of subtracting it would wrap them to 0–9.
        for (var c = '\uFFD0'; c <= '\uFFD9'; c++)
        {
            var code = new string(c, 16) + "11";

            UnifiedSocialCreditCode.Check(code, vector).Should().Be(CreditCodeCheck.InvalidCharacter, $"U+{(int)c:X4}");
        }
    }
}
