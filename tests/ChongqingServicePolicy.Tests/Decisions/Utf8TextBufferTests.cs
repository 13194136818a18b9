using System.Text;
using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// The reusable UTF-8 buffer explanations are written into: it starts with the capacity asked for, keeps every byte of a
/// text longer than itself whichever way it is written (bytes, one byte, characters, reserved room), grows only when what
/// is written does not fit, and then to at least twice its size (so that a long text costs few copies). The room left is
/// what <see cref="Utf8Text.Reserve"/> gives for nothing more. The fast count of fen sits at the first digits whose
/// multiplication by 100 would wrap.
/// </summary>
public sealed class Utf8TextBufferTests
{
    [Theory]
    [InlineData(16, 16)]
    [InlineData(256, 256)]
    [InlineData(2048, 2048)]
    [InlineData(1, 16)]
    public void New_Capacity_IsTheRoomBeforeItGrows(int capacity, int room)
    {
        var text = new Utf8Text("；", capacity);

        RoomLeft(text).Should().Be(room);
    }

    public static TheoryData<string> Texts() => new()
    {
        "a", "中", "é", "×", "\u007F", "\u0080", "\u07FF", "\u0800", "\uD7FF", "\uE000", "\uFFFF", "项目投资补助",
        "Non-monetary support", "办公用房、人才公寓", new string('中', 32), new string('中', 33), new string('é', 32) + "a",
        "😀", "a😀b", "中😀", new string('中', 31) + "😀",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void PutText_OfEachKindOfCharacter_IsItsUtf8Encoding(string value)
    {
        var text = new Utf8Text("；", 16);
        text.Put("x");

        text.Put(value);

        text.Written.ToArray().Should().Equal(Encoding.UTF8.GetBytes("x" + value));
        text.Lossy.Should().BeFalse();
    }

    [Fact]
    public void PutText_WithALoneSurrogate_IsEncodedWithReplacementAndMarkedLossy()
    {
        // Built in code: a lone surrogate does not survive an attribute's argument.
        string[] values = ["\uD800", "a" + '\uDC00', "中" + '\uD83D', '\uDE00' + "中", new string('中', 31) + '\uD800'];
        foreach (var value in values)
        {
            var text = new Utf8Text("；", 16);

            text.Put(value);

            text.Written.ToArray().Should().Equal(Encoding.UTF8.GetBytes(value), "for {0}", value.Length);
            text.Lossy.Should().BeTrue();
        }
    }

    [Fact]
    public void Put_BytesThatExactlyFill_DoNotGrowIt()
    {
        var text = new Utf8Text("；", 16);

        text.Put(Ascii(16));

        RoomLeft(text).Should().Be(0);
        text.Written.ToArray().Should().Equal(Ascii(16));
    }

    [Fact]
    public void Put_BytesOneMoreThanTheRoom_GrowItToTwiceItsSize()
    {
        var text = new Utf8Text("；", 16);

        text.Put(Ascii(17));

        RoomLeft(text).Should().Be(15);
        text.Written.ToArray().Should().Equal(Ascii(17));
    }

    [Fact]
    public void Put_BytesFarLongerThanTheRoom_KeptWhole()
    {
        var text = new Utf8Text("；", 16);
        text.Put(Ascii(10));

        text.Put(Ascii(100));

        text.Written.ToArray().Should().Equal(Ascii(10).Concat(Ascii(100)));
        RoomLeft(text).Should().Be(0);
    }

    [Fact]
    public void PutByte_PastTheRoom_EveryByteKeptAndTheBufferDoubled()
    {
        var text = new Utf8Text("；", 16);
        var expected = Ascii(40);

        foreach (var b in expected)
        {
            text.Put(b);
        }

        text.Written.ToArray().Should().Equal(expected);
        RoomLeft(text).Should().Be(64 - 40);
    }

    [Fact]
    public void PutText_WhoseLongestEncodingExactlyFills_DoesNotGrowIt()
    {
        // Six characters take at most 18 bytes, the whole room.
        var text = new Utf8Text("；", 18);

        text.Put("重庆市服务业");

        text.Written.ToArray().Should().Equal(Encoding.UTF8.GetBytes("重庆市服务业"));
        RoomLeft(text).Should().Be(0);
    }

    [Fact]
    public void PutText_LongerThanTheRoom_KeptWhole()
    {
        var text = new Utf8Text("；", 16);
        var words = string.Concat(Enumerable.Repeat("重庆市 service ", 20));

        text.Put("前");
        text.Put(words);

        Encoding.UTF8.GetString(text.Written).Should().Be("前" + words);
    }

    [Fact]
    public void Reserve_ExactlyTheRoom_GivesItWithoutGrowing()
    {
        var text = new Utf8Text("；", 16);
        text.Put(Ascii(6));

        var room = text.Reserve(10);

        room.Length.Should().Be(10);
    }

    [Fact]
    public void Reserve_MoreThanTheRoom_GivesAtLeastThatMuchAndKeepsWhatWasWritten()
    {
        var text = new Utf8Text("；", 16);
        text.Put(Ascii(10));

        var room = text.Reserve(10);
        Ascii(10).CopyTo(room);
        text.Advance(10);

        room.Length.Should().BeGreaterThanOrEqualTo(10);
        text.Written.ToArray().Should().Equal(Ascii(10).Concat(Ascii(10)));
        RoomLeft(text).Should().Be(12);
    }

    [Theory]
    [InlineData("184467440737095516", false)]
    [InlineData("184467440737095517", false)]
    [InlineData("1844674407370955162", false)]
    [InlineData("18446744073709551615", false)]
    [InlineData("18446744073709551.615", false)]
    [InlineData("99999999999999.99", true)]
    [InlineData("99999999999999.9", true)]
    [InlineData("99999999999999", true)]
    public void TryFen_DigitsAroundTheWrapOfTheirMultiplication_FastOnlyBelowTheLimit(string amount, bool fast)
    {
        var number = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        var ok = Utf8Text.TryFen(number, out var fen);

        ok.Should().Be(fast, "184467440737095517 × 100 wraps to 84 in 64 bits");
        if (fast)
        {
            fen.Should().Be((ulong)(number * 100m));
        }
    }

    /// <summary>The room <see cref="Utf8Text.Reserve"/> gives when nothing more is asked for: the buffer's free bytes.</summary>
    private static int RoomLeft(Utf8Text text) => text.Reserve(0).Length;

    private static byte[] Ascii(int count) => [.. Enumerable.Range(0, count).Select(i => (byte)('a' + (i % 26)))];

    [Fact]
    public void TryPutRemembered_TheSameBitsAndKey_PutTheTextRememberedAndNothingElseDoes()
    {
        var text = new Utf8Text("；", 64, rememberValues: true);
        Remember(text, 3.00m, 7, "3.00 元");

        text.TryPutRemembered(3.00m, 7, out _).Should().BeTrue();
        text.TryPutRemembered(3.0m, 7, out _).Should().BeFalse("3.0 has other bits than 3.00, and may read otherwise");
        text.TryPutRemembered(-3.00m, 7, out _).Should().BeFalse("the sign is part of the bits");
        text.TryPutRemembered(3.00m, 8, out _).Should().BeFalse("another key is another unit or language");
        text.TryPutRemembered(new decimal(300, 0, 1, false, 2), 7, out _).Should().BeFalse("the high bits of the digits count too");
        text.TryPutRemembered(new decimal(300, 1, 0, false, 2), 7, out _).Should().BeFalse("the middle bits of the digits count too");
        Encoding.UTF8.GetString(text.Written).Should().Be("3.00 元");
    }

    [Fact]
    public void Remember_ManyValues_EachPutsItsOwnTextOrNothing()
    {
        // More values than slots: those that share a slot take it from each other, and none is put for another.
        var text = new Utf8Text("；", 64, rememberValues: true);
        var random = new Random(20241119);
        var values = Enumerable.Range(0, 2_000).Select(_ => new decimal(random.Next(), random.Next(3), random.Next(2), random.Next(2) == 0, (byte)random.Next(4))).ToArray();
        foreach (var value in values)
        {
            Remember(text, value, 1 + (value.Scale % 2), value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var hits = 0;
        foreach (var value in values.Reverse())
        {
            text.Clear();
            if (text.TryPutRemembered(value, 1 + (value.Scale % 2), out _))
            {
                Encoding.UTF8.GetString(text.Written).Should().Be(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                hits++;
            }
        }

        hits.Should().BeInRange(1, 64, "64 slots hold at most 64 values, and the last remembered is surely held");
    }

    [Fact]
    public void Remember_ATextLongerThanASlotOrABufferThatDoesNotRemember_IsNotRemembered()
    {
        var remembering = new Utf8Text("；", 64, rememberValues: true);
        var plain = new Utf8Text("；", 64);

        Remember(remembering, 1m, 1, new string('9', 33));
        Remember(remembering, 2m, 1, new string('8', 32));
        Remember(plain, 2m, 1, "2");

        remembering.TryPutRemembered(1m, 1, out _).Should().BeFalse();
        remembering.TryPutRemembered(2m, 1, out _).Should().BeTrue();
        plain.TryPutRemembered(2m, 1, out _).Should().BeFalse();
        Encoding.UTF8.GetString(remembering.Written).Should().Be(new string('8', 32));
        plain.Length.Should().Be(0);
    }

    /// <summary>Remembers a text as the explanations do: from the buffer it was formatted into, with room behind it.</summary>
    private static void Remember(Utf8Text text, decimal number, int key, string value)
    {
        text.TryPutRemembered(number, key, out var slot);
        var formatted = new byte[Math.Max(64, value.Length * 3)];
        Array.Fill(formatted, (byte)'#');
        var length = Encoding.UTF8.GetBytes(value, formatted);
        text.Remember(slot, number, key, formatted, length);
        text.Clear();
    }
}
