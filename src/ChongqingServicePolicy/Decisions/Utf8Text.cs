using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;
using ChongqingServicePolicy.Internal;

namespace ChongqingServicePolicy.Decisions;

/// <summary>
/// A reusable buffer that <see cref="DecisionText"/> renders into as UTF-8, for writers of many decisions (the
/// lines of decisions.csv): the fixed words are copied as UTF-8 already, and only the text of the decision itself
/// (ids, names) is encoded. One instance per thread.
/// </summary>
/// <remarks>
/// The bytes are those of <c>Encoding.UTF8.GetBytes</c> of the text <see cref="DecisionText.Explain(Decision, Language, string)"/>
/// returns, except when a text of the decision holds a lone surrogate: the text is then encoded piece by piece,
/// which may differ from encoding it whole, and <see cref="Lossy"/> says so.
/// </remarks>
internal sealed class Utf8Text
{
    /// <summary>Above this many fen, amounts take the general path (the fast one counts fen in 64 bits): 10^14 yuan.</summary>
    private const ulong FastLimitFen = 10_000_000_000_000_000UL;

    /// <summary>
    /// The smallest digits whose × 100 overflows 64 bits (184,467,440,737,095,517): below it the fen are counted without
    /// wrapping at every scale up to two.
    /// </summary>
    private const ulong TimesHundredOverflows = (ulong.MaxValue / 100) + 1;

    /// <summary>Values remembered with their text (see <see cref="TryPutRemembered"/>), in slots chosen by their bits (the top six bits of a hash).</summary>
    private const int RememberedSlots = 64;

    /// <summary>How far a hash is shifted to give a slot: 64 bits less six.</summary>
    private const int RememberedShift = 58;

    /// <summary>The longest text remembered (a slot's room): an amount of up to 16 digits with its grouping and unit, or a date.</summary>
    private const int RememberedLength = 32;

    private readonly byte[] _separator;
    private readonly bool _lossySeparator;
    private readonly RememberedValue[]? _remembered;
    private byte[] _buffer;
    private int _length;

    /// <summary>Creates a buffer.</summary>
    /// <param name="separator">What separates the parts of an explanation.</param>
    /// <param name="capacity">The initial capacity in bytes.</param>
    /// <param name="rememberValues">
    /// Whether to remember the text of values (<see cref="TryPutRemembered"/>): for a buffer that renders many
    /// explanations, at the cost of about 4 KB.
    /// </param>
    internal Utf8Text(string separator, int capacity = 1024, bool rememberValues = false)
    {
        if (rememberValues)
        {
            _remembered = new RememberedValue[RememberedSlots];
        }

        _lossySeparator = !IsValid(separator);
        _separator = Encoding.UTF8.GetBytes(separator);
        _buffer = new byte[Math.Max(capacity, 16)];
        Lossy = _lossySeparator;
    }

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    internal ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>The number of bytes written since the last <see cref="Clear"/>.</summary>
    internal int Length => _length;

    /// <summary>Whether a text written held a lone surrogate, so that the bytes may differ from those of the whole text encoded at once.</summary>
    internal bool Lossy { get; private set; }

    /// <summary>Empties the buffer for the next text.</summary>
    internal void Clear()
    {
        _length = 0;
        Lossy = _lossySeparator;
    }

    /// <summary>Appends bytes that are UTF-8 already.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Put(ReadOnlySpan<byte> utf8)
    {
        if (_buffer.Length - _length < utf8.Length)
        {
            Grow(utf8.Length);
        }

        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    /// <summary>Appends one ASCII character.</summary>
    internal void Put(byte ascii)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = ascii;
    }

    /// <summary>Appends a text, encoded.</summary>
    internal void Put(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var most = text.Length * 3;
        if (_buffer.Length - _length < most)
        {
            Grow(most);
        }

        if (Utf8.FromUtf16(text, _buffer.AsSpan(_length), out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            _length += written;
            return;
        }

        // A lone surrogate: encoded with replacement characters, as the whole text's encoding would (unless a pair is split between pieces).
        Lossy = true;
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
    }

    /// <summary>Room for at least <paramref name="length"/> bytes, to be written and then taken with <see cref="Advance"/>.</summary>
    internal Span<byte> Reserve(int length)
    {
        if (_buffer.Length - _length < length)
        {
            Grow(length);
        }

        return _buffer.AsSpan(_length);
    }

    /// <summary>Takes <paramref name="count"/> bytes written into the span <see cref="Reserve"/> gave.</summary>
    internal void Advance(int count) => _length += count;

    /// <summary>Appends the separator.</summary>
    internal void Separator() => Put(_separator);

    /// <summary>
    /// Appends the text remembered for a value (<see cref="Remember"/>), when it is remembered: an explanation names
    /// the same amounts again and again (the award in the heading, the cap, the rounding), and every explanation names
    /// the policy's dates, so formatting each once saves most of the work.
    /// </summary>
    /// <param name="number">The value's number.</param>
    /// <param name="key">What else its text depends on (its unit and language), from 1 to 65,535.</param>
    /// <param name="slot">The value's slot, for <see cref="Remember"/> when it is not remembered.</param>
    /// <returns>Whether the text was remembered and appended.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryPutRemembered(decimal number, int key, out int slot)
    {
        slot = 0;
        if (_remembered is not { } remembered)
        {
            return false;
        }

        var parts = DecimalParts.Of(number);
        var flagsAndHigh = FlagsAndHigh(parts);
        slot = (int)(((parts.Low64 ^ flagsAndHigh ^ (uint)key) * 0x9E3779B97F4A7C15UL) >> RememberedShift);

        // The slot is below 2^6, and the array has as many.
        ref var entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(remembered), slot);
        if ((entry.KeyAndLength & 0xFFFF) != key || entry.Low64 != parts.Low64 || entry.FlagsAndHigh != flagsAndHigh)
        {
            return false;
        }

        // The whole slot is copied, and only the text's length taken.
        entry.Text.StoreUnsafe(ref MemoryMarshal.GetReference(Reserve(RememberedLength)));
        _length += entry.KeyAndLength >>> 16;
        return true;
    }

    /// <summary>
    /// Remembers the text of a value, which depends on nothing but the bits of its number and <paramref name="key"/>,
    /// in place of the value remembered in its slot; a text longer than a slot is not remembered.
    /// </summary>
    /// <param name="slot">The slot <see cref="TryPutRemembered"/> gave.</param>
    /// <param name="number">The value's number.</param>
    /// <param name="key">What else its text depends on, as for <see cref="TryPutRemembered"/>.</param>
    /// <param name="text">Where its text starts: at least <see cref="RememberedLength"/> bytes, whatever its length.</param>
    /// <param name="length">Its length.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Remember(int slot, decimal number, int key, ReadOnlySpan<byte> text, int length)
    {
        if (_remembered is not { } remembered || length > RememberedLength || text.Length < RememberedLength)
        {
            return;
        }

        var parts = DecimalParts.Of(number);
        ref var entry = ref remembered[slot];
        entry.Low64 = parts.Low64;
        entry.FlagsAndHigh = FlagsAndHigh(parts);
        entry.KeyAndLength = key | (length << 16);
        entry.Text = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(text));
    }

    /// <summary>A decimal's flags and the high 32 bits of its digits in one word, as a remembered value keeps them.</summary>
    private static ulong FlagsAndHigh(DecimalParts parts) => ((ulong)(uint)parts.Flags << 32) | parts.High32;

    /// <summary>
    /// The amount in whole fen, from the decimal's own digits and scale, when it is not negative, has at most two
    /// decimals and is below the fast limit.
    /// </summary>
    internal static bool TryFen(decimal amount, out ulong fen)
    {
        var parts = DecimalParts.Of(amount);
        var scale = parts.Scale;
        var digits = parts.Low64;
        fen = scale switch
        {
            2 => digits,
            1 => digits * 10,
            _ => digits * 100,
        };
        // The digits' bound only keeps the multiplication from wrapping: digits from 10^16 up to it give fen at or above
        // the fast limit at every scale, which the last test refuses.
        return parts.Flags >= 0 && scale <= 2 && parts.High32 == 0 && digits < TimesHundredOverflows && fen < FastLimitFen;
    }

    private static bool IsValid(string text) =>
        Utf8.FromUtf16(text, new byte[text.Length * 3], out _, out _, replaceInvalidSequences: false) == OperationStatus.Done;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int needed) => Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + needed));

    /// <summary>A value remembered: its number's bits, its key and text length (0 for a slot not used), and its text.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RememberedValue
    {
        internal ulong Low64;
        internal ulong FlagsAndHigh;
        internal int KeyAndLength;
        internal Vector256<byte> Text;
    }
}
