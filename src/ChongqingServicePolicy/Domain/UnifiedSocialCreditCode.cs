using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ChongqingServicePolicy.Domain;

/// <summary>
/// Checks a 统一社会信用代码 (unified social credit code) against GB 32100-2015: 18 characters from the
/// code's 31-character alphabet (digits and capital letters except I, O, S, V and Z), a six-digit
/// administrative division code in positions 3–8, and the check character in position 18.
/// </summary>
public static class UnifiedSocialCreditCode
{
    /// <summary>The code's alphabet; a character's index is its value in the check sum.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>The length of a code.</summary>
    public const int Length = 18;

    // Weight of position i (0-based) is 3^i mod 31, as the standard tabulates them.
    private static ReadOnlySpan<byte> Weights => [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Checks a code. Letters may be given in lower case; surrounding white space is not allowed.</summary>
    /// <param name="code">The code to check.</param>
    /// <returns>The first rule the code breaks, or <see cref="CreditCodeCheck.Valid"/>.</returns>
    public static CreditCodeCheck Check(ReadOnlySpan<char> code) => Check(code, Fastest);

    /// <summary>The fastest reading this processor has.</summary>
    internal static Reading Fastest => FastestWith(CanLookUp, Vector256.IsHardwareAccelerated);

    /// <summary>Whether the processor looks bytes up in a 128-byte table in one instruction (AVX-512 VBMI).</summary>
    private static bool CanLookUp
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => CanLookUpWith(Avx512Vbmi.IsSupported, Avx512BW.VL.IsSupported, Vector512.IsHardwareAccelerated);
    }

    /// <summary>
    /// The fastest reading on a processor that can (or cannot) look bytes up in a table and accelerates (or does not)
    /// 256-bit vectors. Given the processor's constants, the compiler folds it to one reading, as it does the choice
    /// written in place; apart from them, tests can give it every processor.
    /// </summary>
    /// <param name="canLookUp">Whether the processor can take the table reading (<see cref="CanLookUpWith"/>).</param>
    /// <param name="vector256">Whether it accelerates 256-bit vectors.</param>
    /// <returns>The reading.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Reading FastestWith(bool canLookUp, bool vector256) =>
        canLookUp ? Reading.Table : vector256 ? Reading.Vector : Reading.Scalar;

    /// <summary>
    /// Whether a processor can take the table reading: it needs AVX-512 VBMI for the look-up, AVX-512 BW with VL for
    /// the narrowing, and 512-bit vectors accelerated. Folded to a constant, as <see cref="FastestWith"/> is.
    /// </summary>
    /// <param name="vbmi">Whether the processor has AVX-512 VBMI.</param>
    /// <param name="bwVl">Whether it has AVX-512 BW with VL.</param>
    /// <param name="vector512">Whether it accelerates 512-bit vectors.</param>
    /// <returns>Whether all three hold.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool CanLookUpWith(bool vbmi, bool bwVl, bool vector512) => vbmi && bwVl && vector512;

    /// <summary>
    /// <see cref="Check(ReadOnlySpan{char})"/> with a given reading of the first 16 characters, so that tests cover each
    /// reading whatever the processor takes.
    /// </summary>
    /// <param name="code">The code to check.</param>
    /// <param name="reading">
    /// How to read the first 16 characters: a vector reading only where the processor accelerates it; the table reading
    /// is the vector reading on a processor without AVX-512 VBMI.
    /// </param>
    /// <returns>The first rule the code breaks, or <see cref="CreditCodeCheck.Valid"/>.</returns>
    internal static CreditCodeCheck Check(ReadOnlySpan<char> code, Reading reading)
    {
        if (code.Length != Length)
        {
            return CreditCodeCheck.WrongLength;
        }

        // Most codes are valid: read all 18 characters without a branch, and look for the first broken rule only
        // when one is broken.
        if (TryChecksum(code, reading, out var checksum, out var check))
        {
            return check == ExpectedCheckValue(checksum) ? CreditCodeCheck.Valid : CreditCodeCheck.WrongCheckCharacter;
        }

        // A rule is broken (every reading says so only then, as the tests of each reading against the standard show): find
        // the first, one character at a time. The loop needs no bound, as it returns at a broken character.
        for (var i = 0; ; i++)
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
        }
    }

    /// <summary>Whether a code passes every check of <see cref="Check(ReadOnlySpan{char})"/>.</summary>
    /// <param name="code">The code to check.</param>
    /// <returns><see langword="true"/> for a valid code.</returns>
    public static bool IsValid(ReadOnlySpan<char> code) => Check(code) == CreditCodeCheck.Valid;

    /// <summary>
    /// The check character for the first 17 characters of a code, for example to complete a code or to say
    /// in an error which character was expected.
    /// </summary>
    /// <param name="first17">The first 17 characters.</param>
    /// <param name="checkCharacter">The check character when the 17 characters are all from the alphabet.</param>
    /// <returns><see langword="true"/> when a check character could be computed.</returns>
    public static bool TryComputeCheckCharacter(ReadOnlySpan<char> first17, out char checkCharacter)
    {
        checkCharacter = '\0';
        if (first17.Length != Length - 1)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = ValueOf(first17[i]);
            if (value < 0)
            {
                return false;
            }

            sum += value * Weights[i];
        }

        checkCharacter = Alphabet[ExpectedCheckValue(sum)];
        return true;
    }

    /// <summary>
    /// The weighted sum of the first 17 characters and the value of the 18th, when every character is in the alphabet
    /// and positions 3–8 are digits.
    /// </summary>
    private static bool TryChecksum(ReadOnlySpan<char> code, Reading reading, out int sum, out int check)
    {
        ref var first = ref MemoryMarshal.GetReference(code);
        ref var values = ref MemoryMarshal.GetReference(Values);
        ref var weights = ref MemoryMarshal.GetReference(Weights);
        // Which reading runs changes only the time taken: each gives the same result for every code, as the tests of
        // each reading against the standard show, and the vector reading runs on every processor (in software where
        // it is not accelerated).
        // Stryker disable once Equality,Block : equivalent; `!=` swaps the table reading and the others where the processor has it, and without the block the vector reading runs
        if (reading == Reading.Table && CanLookUp)
        {
            return TryChecksumTable(ref first, ref values, out sum, out check);
        }

        // Stryker disable once Equality,Block : equivalent, as above; `==` swaps the vector and scalar readings, and without the block the scalar reading runs
        if (reading != Reading.Scalar)
        {
            return TryChecksumVector(ref first, ref values, out sum, out check);
        }

        sum = 0;

        // Characters from 128 up read the table's last entry, which is -1 like every character outside the alphabet.
        var broken = 0;
        // `!=` where `<` would do: a bound of `<=` would read one weight past the table unchecked, unseen when that byte is 0.
        for (var i = 0; i != Length - 1; i++)
        {
            int value = Unsafe.Add(ref values, (nint)Math.Min((uint)Unsafe.Add(ref first, i), 127u));
            broken |= value;
            sum += value * Unsafe.Add(ref weights, i);
        }

        // The division code: a value above 9 makes 9 - value negative.
        for (var i = 2; i <= 7; i++)
        {
            broken |= 9 - Unsafe.Add(ref values, (nint)Math.Min((uint)Unsafe.Add(ref first, i), 127u));
        }

        check = Unsafe.Add(ref values, (nint)Math.Min((uint)Unsafe.Add(ref first, Length - 1), 127u));
        // Not `>= 0`, whose `> 0` differs only at 0, which the value never is: in the division code a digit's value and
        // nine less it are both ORed in, and they are never both 0.
        return !int.IsNegative(broken | check);
    }

    /// <summary>
    /// <see cref="TryChecksum"/> with the first 16 characters in one vector: a character's value is its digit, or its
    /// letter's place in the alphabet less the letters I, O, S and V that the alphabet leaves out before it.
    /// </summary>
    private static bool TryChecksumVector(ref char first, ref sbyte values, out int sum, out int check)
    {
        var c = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref first));
        var digit = c - Vector256.Create((ushort)'0');
        var isDigit = Vector256.LessThanOrEqual(digit, Vector256.Create((ushort)9));

        // Clearing bit 5 maps only 'a'–'z' onto 'A'–'Z'; letter is then the place in A–Z (0–25) of a letter.
        var letter = (c & Vector256.Create(unchecked((ushort)~0x20))) - Vector256.Create((ushort)'A');
        var isLetter = Vector256.LessThanOrEqual(letter, Vector256.Create((ushort)25));
        var left = Vector256.Equals(letter, Vector256.Create((ushort)('I' - 'A')))
            | Vector256.Equals(letter, Vector256.Create((ushort)('O' - 'A')))
            | Vector256.Equals(letter, Vector256.Create((ushort)('S' - 'A')))
            | Vector256.Equals(letter, Vector256.Create((ushort)('V' - 'A')))
            | Vector256.Equals(letter, Vector256.Create((ushort)('Z' - 'A')));

        // Comparisons give all ones (-1) where true, so adding them subtracts one for each left-out letter before.
        var letterValue = letter + Vector256.Create((ushort)10)
            + Vector256.GreaterThan(letter, Vector256.Create((ushort)('I' - 'A')))
            + Vector256.GreaterThan(letter, Vector256.Create((ushort)('O' - 'A')))
            + Vector256.GreaterThan(letter, Vector256.Create((ushort)('S' - 'A')))
            + Vector256.GreaterThan(letter, Vector256.Create((ushort)('V' - 'A')));
        var value = Vector256.ConditionalSelect(isDigit, digit, letterValue);

        // Every character in the alphabet, and positions 3–8 (lanes 2–7) digits.
        var valid = isDigit | (isLetter & ~left);
        var divisionDigits = isDigit | ~DivisionLanes;
        sum = Vector256.Sum(value * WeightVector);

        int last16 = Unsafe.Add(ref values, (nint)Math.Min((uint)Unsafe.Add(ref first, 16), 127u));
        check = Unsafe.Add(ref values, (nint)Math.Min((uint)Unsafe.Add(ref first, Length - 1), 127u));
        sum += last16 * 28;
        return (valid & divisionDigits) == Vector256<ushort>.AllBitsSet && (last16 | check) >= 0;
    }

    /// <summary>
    /// <see cref="TryChecksum"/> with the first 16 characters looked up in <see cref="Values"/> at once: narrowed to bytes
    /// (a character from 256 up to 255), each byte below 128 picks its value from the 128-byte table, and a byte from 128
    /// up is outside the alphabet. A value read as unsigned is then at most 30, or 9 in positions 3–8, where the
    /// character is in the alphabet (-1 reads as 255).
    /// </summary>
    private static bool TryChecksumTable(ref char first, ref sbyte values, out int sum, out int check)
    {
        var c = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref first));
        var bytes = Avx512BW.VL.ConvertToVector128ByteWithSaturation(c);
        ref var table = ref Unsafe.As<sbyte, byte>(ref values);
        var looked = Avx512Vbmi.PermuteVar64x8x2(Vector512.LoadUnsafe(ref table), bytes.ToVector256Unsafe().ToVector512Unsafe(), Vector512.LoadUnsafe(ref table, 64)).GetLower().GetLower();
        var value = looked | Vector128.LessThan(bytes.AsSByte(), Vector128<sbyte>.Zero).AsByte();
        var inAlphabet = !Vector128.GreaterThanAny(value, ValueLimits);

        // Pairs of value × weight added as 16-bit numbers (at most 2 × 30 × 30), then the eight pairs.
        sum = Vector128.Sum(Ssse3.MultiplyAddAdjacent(value, ByteWeights));

        int last16 = Unsafe.Add(ref values, (nint)Math.Min((uint)Unsafe.Add(ref first, 16), 127u));
        check = Unsafe.Add(ref values, (nint)Math.Min((uint)Unsafe.Add(ref first, Length - 1), 127u));
        sum += last16 * 28;
        return inAlphabet && (last16 | check) >= 0;
    }

    // The largest value of each of the first 16 positions: 30, and 9 in the division code (positions 3–8).
    private static Vector128<byte> ValueLimits
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector128.Create((byte)30, 30, 9, 9, 9, 9, 9, 9, 30, 30, 30, 30, 30, 30, 30, 30);
    }

    private static Vector128<sbyte> ByteWeights
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector128.Create((sbyte)1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30);
    }

    // Weights of positions 1–16, as Weights gives them, and the lanes of the division code.
    private static Vector256<ushort> WeightVector => Vector256.Create((ushort)1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30);

    private static Vector256<ushort> DivisionLanes => Vector256.Create((ushort)0, 0, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0, 0, 0, 0, 0, 0, 0, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ExpectedCheckValue(int weightedSum)
    {
        var check = 31 - (weightedSum % 31);
        return check == 31 ? 0 : check;
    }

    // Value of each ASCII character in the alphabet (lower-case letters as upper case), or -1.
    private static ReadOnlySpan<sbyte> Values =>
    [
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, -1, -1, -1, -1, -1,
        -1, 10, 11, 12, 13, 14, 15, 16, 17, -1, 18, 19, 20, 21, 22, -1,
        23, 24, 25, -1, 26, 27, -1, 28, 29, 30, -1, -1, -1, -1, -1, -1,
        -1, 10, 11, 12, 13, 14, 15, 16, 17, -1, 18, 19, 20, 21, 22, -1,
        23, 24, 25, -1, 26, 27, -1, 28, 29, 30, -1, -1, -1, -1, -1, -1,
    ];

    private static int ValueOf(char c) => c < 128 ? Values[c] : -1;

    /// <summary>How the first 16 characters of a code are read.</summary>
    internal enum Reading
    {
        /// <summary>One character at a time.</summary>
        Scalar,

        /// <summary>As one 256-bit vector, computing each character's value.</summary>
        Vector,

        /// <summary>As one vector of bytes looked up in the table of values (AVX-512 VBMI).</summary>
        Table,
    }
}
