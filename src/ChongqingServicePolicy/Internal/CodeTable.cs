using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ChongqingServicePolicy.Internal;

/// <summary>
/// The stable text codes of a byte-sized enumeration, both ways, built once from its <c>ToCode</c> function.
/// Immutable; the tables are read-only after construction.
/// </summary>
/// <typeparam name="T">The enumeration; its underlying type must be <see cref="byte"/>.</typeparam>
internal sealed class CodeTable<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<string, T> _byCode;
    private readonly FrozenDictionary<T, string> _byValue;

    internal CodeTable(Func<T, string> toCode)
    {
        var byCode = new Dictionary<string, T>(StringComparer.Ordinal);
        var byValue = new Dictionary<T, string>();
        foreach (var value in Enum.GetValues<T>())
        {
            var code = toCode(value);
            byCode.Add(code, value);
            byValue.Add(value, code);
        }

        _byCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);
        _byValue = byValue.ToFrozenDictionary();
    }

    /// <summary>Reads an exact code (case-sensitive, no white space).</summary>
    internal bool TryParse(string? code, out T value)
    {
        if (code is not null && _byCode.TryGetValue(code, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Whether a value has a code.</summary>
    internal bool IsDefined(T value) => _byValue.ContainsKey(value);

    /// <summary>The code of a defined value, or the value's number for one outside the enumeration.</summary>
    internal string Format(T value) =>
        _byValue.TryGetValue(value, out var code) ? code : Unsafe.As<T, byte>(ref value).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads what <see cref="Format"/> writes: a code, or the number of a value outside the enumeration. A number
    /// that is a defined value is refused, since <see cref="Format"/> would have written its code.
    /// </summary>
    internal bool TryParseFormatted(string? text, out T value)
    {
        if (TryParse(text, out value))
        {
            return true;
        }

        // Only the number as Format writes it reads back: the round trip refuses leading zeros, and parsing with no
        // styles refuses signs, white space and digits other than ASCII's.
        if (byte.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) &&
            number.ToString(CultureInfo.InvariantCulture) == text)
        {
            var candidate = Unsafe.As<byte, T>(ref number);
            if (!IsDefined(candidate))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
