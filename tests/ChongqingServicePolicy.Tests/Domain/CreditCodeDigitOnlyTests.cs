using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>
/// Codes whose other characters are all digits, so that one broken character decides alone whether the vector reading
/// accepts the code (each reading: see <see cref="UnifiedSocialCreditCode.Reading"/>): a left-out letter (I, O, S, V, Z) anywhere, or a letter of the alphabet in the division code.
/// </summary>
public sealed class CreditCodeDigitOnlyTests
{
    [Theory]
    [InlineData('I', "Vector")]
    [InlineData('O', "Vector")]
    [InlineData('S', "Vector")]
    [InlineData('V', "Vector")]
    [InlineData('Z', "Vector")]
    [InlineData('i', "Vector")]
    [InlineData('z', "Vector")]
    [InlineData('I', "Scalar")]
    [InlineData('Z', "Scalar")]
    [InlineData('I', "Table")]
    [InlineData('O', "Table")]
    [InlineData('S', "Table")]
    [InlineData('V', "Table")]
    [InlineData('Z', "Table")]
    [InlineData('i', "Table")]
    [InlineData('z', "Table")]
    public void Check_LeftOutLetterAmongDigits_InvalidCharacter_AtEveryPosition(char letter, string reading)
    {
        for (var position = 0; position < 18; position++)
        {
            var code = new string('1', position) + letter + new string('1', 17 - position);

            UnifiedSocialCreditCode.Check(code, Enum.Parse<UnifiedSocialCreditCode.Reading>(reading)).Should().Be(CreditCodeCheck.InvalidCharacter, $"{letter} at position {position + 1}");
        }
    }

    [Theory]
    [InlineData('A', "Vector")]
    [InlineData('Y', "Vector")]
    [InlineData('a', "Vector")]
    [InlineData('A', "Scalar")]
    [InlineData('A', "Table")]
    [InlineData('Y', "Table")]
    [InlineData('a', "Table")]
    public void Check_AlphabetLetterInDivisionCodeAmongDigits_InvalidDivisionCode(char letter, string reading)
    {
        for (var position = 2; position <= 7; position++)
        {
            var code = new string('1', position) + letter + new string('1', 17 - position);

            UnifiedSocialCreditCode.Check(code, Enum.Parse<UnifiedSocialCreditCode.Reading>(reading)).Should().Be(CreditCodeCheck.InvalidDivisionCode, $"{letter} at position {position + 1}");
        }
    }

    [Fact]
    public void Check_AlphabetLetterOutsideDivisionCodeAmongDigits_NotRefusedForIt()
    {
        foreach (var position in new[] { 0, 1, 8, 15, 16 })
        {
            var code = new string('1', position) + 'A' + new string('1', 17 - position);

            UnifiedSocialCreditCode.Check(code, UnifiedSocialCreditCode.Reading.Vector).Should().Be(UnifiedSocialCreditCode.Check(code, UnifiedSocialCreditCode.Reading.Scalar))
                .And.Be(UnifiedSocialCreditCode.Check(code, UnifiedSocialCreditCode.Reading.Table))
                .And.BeOneOf(CreditCodeCheck.Valid, CreditCodeCheck.WrongCheckCharacter);
        }
    }

    [Theory]
    [InlineData("Table")]
    [InlineData("Vector")]
    [InlineData("Scalar")]
    public void Check_CharactersThatWrapToDigitsWhenShifted_InvalidCharacter(string reading)
    {
        // U+FFD0–U+FFD9 are 48 below the top of 16 bits: adding '0' instead of subtracting it would wrap them to 0–9.
        for (var c = '\uFFD0'; c <= '\uFFD9'; c++)
        {
            var code = new string(c, 16) + "11";

            UnifiedSocialCreditCode.Check(code, Enum.Parse<UnifiedSocialCreditCode.Reading>(reading)).Should().Be(CreditCodeCheck.InvalidCharacter, $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData("Table")]
    [InlineData("Vector")]
    [InlineData("Scalar")]
    public void Check_CharactersWhoseLowSevenBitsAreDigits_InvalidCharacter(string reading)
    {
        // U+00B0–U+00B9 and U+0130–U+0139 are digits in their low seven bits: a table read by the low bits of a byte, or of a
        // truncated character, would take them for 0–9.
        foreach (var c in "\u00B0\u00B5\u00B9\u0130\u0135\u0139\u01B0\u0230")
        {
            var code = new string('1', 16) + "11";
            for (var position = 0; position < 16; position++)
            {
                var broken = code[..position] + c + code[(position + 1)..];

                UnifiedSocialCreditCode.Check(broken, Enum.Parse<UnifiedSocialCreditCode.Reading>(reading)).Should().Be(CreditCodeCheck.InvalidCharacter, $"U+{(int)c:X4} at position {position + 1}");
            }
        }
    }
}
