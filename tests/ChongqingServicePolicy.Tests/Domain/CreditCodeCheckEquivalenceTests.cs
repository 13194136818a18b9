using ChongqingServicePolicy.Domain;
using CsCheck;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>
/// The check reads a code's characters sixteen at a time where the processor allows; whatever the characters, it gives
/// the result a character-by-character reading of GB 32100-2015 gives, in the same order of rules.
/// </summary>
public sealed class CreditCodeCheckEquivalenceTests
{
    private const string Valid = "91500103MA00001XY9";

    /// <summary>
    /// Every reading: sixteen characters looked up at once (AVX-512 VBMI; the vector reading on a processor without it),
    /// sixteen characters as one vector, and one character at a time (a processor without 256-bit vectors).
    /// </summary>
    public static TheoryData<string> Readings => new() { "Table", "Vector", "Scalar" };

    [Fact]
    public void Check_TakesTheFastestReading_ThisProcessorHas()
    {
        var expected = System.Runtime.Intrinsics.X86.Avx512Vbmi.IsSupported && System.Runtime.Intrinsics.X86.Avx512BW.VL.IsSupported && System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated
            ? UnifiedSocialCreditCode.Reading.Table
            : System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated ? UnifiedSocialCreditCode.Reading.Vector : UnifiedSocialCreditCode.Reading.Scalar;

        UnifiedSocialCreditCode.Fastest.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Readings))]
    public void Check_EveryCharacterUpTo0x2FF_AtEveryPosition_AsTheStandardReadsIt(string name)
    {
        var reading = Enum.Parse<UnifiedSocialCreditCode.Reading>(name);

        for (var position = 0; position < UnifiedSocialCreditCode.Length; position++)
        {
            for (var c = '\0'; c <= '\u02FF'; c++)
            {
                var code = Valid[..position] + c + Valid[(position + 1)..];

                UnifiedSocialCreditCode.Check(code, reading).Should().Be(Reference(code), $"U+{(int)c:X4} at position {position + 1}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Readings))]
    public void Check_AnyCodeOfAlphabetAndNeighbouringCharacters_AsTheStandardReadsIt(string name)
    {
        var reading = Enum.Parse<UnifiedSocialCreditCode.Reading>(name);

        // Mostly the alphabet in both cases, with the letters it leaves out, their neighbours and characters above 127.
        var chars = Gen.OneOf(
            Gen.Char["0123456789ABCDEFGHJKLMNPQRTUWXY"],
            Gen.Char["abcdefghjklmnpqrtuwxyIOSVZiosvz@[`{/:\u00B0\u00C1\u00C0\u0130\u0131\u0141\uFF10"]);
        var codes = Gen.OneOf(
            Gen.String[chars, 18, 18],
            Gen.Select(chars, Gen.Int[0, 17], (c, i) => Valid[..i] + c + Valid[(i + 1)..]),
            Gen.String[chars, 16, 20]);

        codes.Sample(code => UnifiedSocialCreditCode.Check(code, reading) == Reference(code), iter: 20_000);
    }

    [Fact]
    public void Check_ValidCodeAndEveryWrongCheckCharacter()
    {
        UnifiedSocialCreditCode.Check(Valid).Should().Be(CreditCodeCheck.Valid);
        UnifiedSocialCreditCode.Check(Valid, UnifiedSocialCreditCode.Reading.Scalar).Should().Be(CreditCodeCheck.Valid);
        foreach (var c in UnifiedSocialCreditCode.Alphabet.Where(c => c != Valid[17]))
        {
            UnifiedSocialCreditCode.Check(Valid[..17] + c).Should().Be(CreditCodeCheck.WrongCheckCharacter);
            UnifiedSocialCreditCode.Check(Valid[..17] + c, UnifiedSocialCreditCode.Reading.Scalar).Should().Be(CreditCodeCheck.WrongCheckCharacter);
        }
    }

    /// <summary>The standard read one character at a time: the first rule broken, from the first character on.</summary>
    private static CreditCodeCheck Reference(string code)
    {
        if (code.Length != UnifiedSocialCreditCode.Length)
        {
            return CreditCodeCheck.WrongLength;
        }

        var sum = 0;
        var weight = 1;
        for (var i = 0; i < 17; i++)
        {
            var value = ValueOf(code[i]);
            if (value < 0)
            {
                return CreditCodeCheck.InvalidCharacter;
            }

            if (i is >= 2 and <= 7 && value > 9)
            {
                return CreditCodeCheck.InvalidDivisionCode;
            }

            sum += value * weight;
            weight = weight * 3 % 31;
        }

        var last = ValueOf(code[17]);
        if (last < 0)
        {
            return CreditCodeCheck.InvalidCharacter;
        }

        return last == (31 - (sum % 31)) % 31 ? CreditCodeCheck.Valid : CreditCodeCheck.WrongCheckCharacter;
    }

    private static int ValueOf(char c) => c < 128 ? UnifiedSocialCreditCode.Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal) : -1;
}
