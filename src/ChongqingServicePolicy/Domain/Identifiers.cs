using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ChongqingServicePolicy.Domain;

/// <summary>
/// Checks identifiers (application ids, subject ids) for characters that cannot be seen: control characters, format
/// characters such as a byte order mark or a zero-width space, line and paragraph separators, and spaces other than
/// U+0020. Two ids that look the same but differ by such a character would be counted as two applications or two
/// subjects, so 就高不重复 and the repeat check could not find them.
/// </summary>
internal static class Identifiers
{
    /// <summary>The position of the first hidden character, or -1 when there is none.</summary>
    internal static int FindHidden(ReadOnlySpan<char> id)
    {
        // Printable ASCII without controls: the usual id, of 8 to 16 characters, is passed by two vector reads (its first
        // and last eight characters); any other by one vectorised search.
        if (PassesPreCheck(id))
        {
            return -1;
        }

        var start = id.IndexOfAnyExceptInRange(' ', '~');
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < id.Length; i++)
        {
            if (IsHidden(id[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the id is passed without a search: where the processor has 128-bit vectors, an id of 8 to 16 characters
    /// all from U+0020 to U+007E. Apart, so that tests can show which ids it passes: the search gives those the same answer, only slower.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool PassesPreCheck(ReadOnlySpan<char> id) =>
        Vector128.IsHardwareAccelerated && (uint)(id.Length - Vector128<ushort>.Count) <= Vector128<ushort>.Count && IsPrintableAscii(id);

    /// <summary>
    /// Whether every character of an id of 8 to 16 characters lies from U+0020 to U+007E: the first and last eight, which
    /// overlap for shorter ids, are read as two vectors, and a character's distance above U+0020 is at most 0x5E.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPrintableAscii(ReadOnlySpan<char> id)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(id));
        var head = Vector128.LoadUnsafe(ref first);
        var tail = Vector128.LoadUnsafe(ref first, (nuint)(id.Length - Vector128<ushort>.Count));
        var space = Vector128.Create((ushort)' ');
        return !Vector128.GreaterThanAny(Vector128.Max(head - space, tail - space), Vector128.Create((ushort)('~' - ' ')));
    }

    /// <summary>The character as the problem names it, e.g. <c>U+FEFF</c>.</summary>
    internal static string Name(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static bool IsHidden(char c) => c switch
    {
        < ' ' or '\u007F' => true,
        < '\u0080' => false,
        _ => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator,
    };
}
