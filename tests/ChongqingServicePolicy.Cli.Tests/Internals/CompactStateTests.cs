using System.Buffers;
using System.Globalization;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Csv.Internal;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Cli.Tests.Internals;

/// <summary>
/// The compact state a file's evaluation keeps between reading the file and writing decisions.csv: the key table of
/// application and subject ids, the saved cells of rows read again, the byte log, and the shortcuts of reading.
/// </summary>
public sealed class CompactStateTests
{
    [Fact]
    public void KeyTable_Add_NumbersNewKeysInOrderAndFindsRepeats()
    {
        var table = new KeyTable();
        var keys = Enumerable.Range(0, 50_000).Select(i => $"CQ2025-{i:D6}").ToArray();

        var numbers = keys.Select(k => (table.Add(k, out var added), added)).ToArray();
        var again = keys.Reverse().Select(k => (table.Add(k, out var added), added)).ToArray();

        numbers.Should().Equal(keys.Select((_, i) => (i, true)));
        again.Should().Equal(keys.Select((_, i) => (keys.Length - 1 - i, false)));
        table.Count.Should().Be(keys.Length);
    }

    [Theory]
    [InlineData("ab", "\u6261")]
    [InlineData("重庆", "重慶")]
    [InlineData("a", "A")]
    [InlineData("a", "a ")]
    [InlineData("", "\0")]
    [InlineData("CQ2025-000001-abcdefghijklmnopqrstuvwxyz中", "CQ2025-000001-abcdefghijklmnopqrstuvwxyz")]
    [InlineData("CQ2025-000001-abcdefghijklmnopqrstuvwxyz中", "CQ2025-000001-abcdefghijklmnopqrstuvwxyz国")]
    public void KeyTable_Add_KeysThatDifferAreDifferent(string one, string other)
    {
        var table = new KeyTable();

        table.Add(one, out var first);
        table.Add(other, out var second);

        first.Should().BeTrue();
        second.Should().BeTrue("'{0}' and '{1}' are different keys, even where their bytes could be alike", one, other);
        table.Add(one, out var third);
        third.Should().BeFalse();
    }

    [Fact]
    public void KeyTable_Add_KeysWithDifferentLoneSurrogates_AreDifferent()
    {
        // Not as theory data: lone surrogates do not survive the test runner's serialisation of it.
        var table = new KeyTable();

        table.Add("A\uD800", out var first);
        table.Add("A\uDC00", out var second);
        table.Add("A\uFFFD", out var third);

        (first, second, third).Should().Be((true, true, true));
    }

    [Fact]
    public void KeyTable_Add_AKeyLongerThanABlock_IsKeptWhole()
    {
        var table = new KeyTable();
        var longKey = new string('x', 3 << 20);

        table.Add("short", out _);
        table.Add(longKey, out var added);

        added.Should().BeTrue();
        table.Add(longKey, out var again).Should().Be(1);
        again.Should().BeFalse();
        table.Add(longKey[..^1] + "y", out var other);
        other.Should().BeTrue();
    }

    public static TheoryData<string?[]> Rows => new()
    {
        { new string?[] { "CQ2025-000001", "1", "重庆渝中某某服务有限公司", "91500103MA5U000007", "500103", "2025-03-01" } },
        { new string?[] { "A", null, null, "x", null, null, "S", "true" } },
        { new string?[] { "𠀀 outside the basic plane", "7a" } },
        { new string?[] { new('长', 200), "16", new('a', 5000) } },
        { new string?[] { "only the id" } },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void RowCells_SaveThenLoad_GivesTheSameCellsAndPlace(string?[] values)
    {
        var cells = new RowCells(ApplicationCsvReader.Columns.Length, rows: 3);
        cells.Begin(2);
        for (var k = 0; k < values.Length; k++)
        {
            if (values[k] is { } text)
            {
                cells.Set(k, text);
            }
        }

        var saved = new ArrayBufferWriter<byte>();
        cells.Save(2, new CsvRowInfo(1234, 1240, 26), saved);
        var loaded = new RowCells(ApplicationCsvReader.Columns.Length);
        var info = loaded.Load(saved.WrittenSpan);

        info.Should().Be(new CsvRowInfo(1234, 1240, 26));
        for (var k = 0; k < loaded.Count; k++)
        {
            var expected = k < values.Length ? values[k] : null;
            loaded.String(k).Should().Be(expected, "cell {0}", k);
        }
    }

    [Fact]
    public void RowCells_SaveACellWithALoneSurrogate_LoadsItExactly()
    {
        var cells = new RowCells(ApplicationCsvReader.Columns.Length);
        cells.Begin(0);
        cells.Set(0, "A\uD800");
        cells.Set(2, "名称\uDC00x");

        var saved = new ArrayBufferWriter<byte>();
        cells.Save(0, new CsvRowInfo(2, 2, 26), saved);
        var loaded = new RowCells(ApplicationCsvReader.Columns.Length);
        loaded.Load(saved.WrittenSpan);

        (loaded.String(0), loaded.String(2)).Should().Be(("A\uD800", "名称\uDC00x"));
    }

    [Fact]
    public void RowCells_SaveCellsSetOutOfOrder_LoadsThemAll()
    {
        var cells = new RowCells(ApplicationCsvReader.Columns.Length);
        cells.Begin(0);
        cells.Set(5, "2025-01-01");
        cells.Set(0, "A-1");
        cells.Set(2, "名称");

        var saved = new ArrayBufferWriter<byte>();
        cells.Save(0, new CsvRowInfo(2, 2, 26), saved);
        var loaded = new RowCells(ApplicationCsvReader.Columns.Length);
        loaded.Load(saved.WrittenSpan);

        (loaded.String(0), loaded.String(2), loaded.String(5), loaded.IsNull(1)).Should().Be(("A-1", "名称", "2025-01-01", true));
    }

    [Fact]
    public void RowCells_CellsSetAsPartsOfTheRow_ReadAndSaveAsCellsSetOneByOne()
    {
        // The second row's cells as parts of its text, but for one cell whose text lies elsewhere (an unquoted value),
        // which is copied; the first row's cells stay as they were.
        var cells = new RowCells(ApplicationCsvReader.Columns.Length, rows: 2);
        cells.Begin(0);
        cells.SetRow("X-1,first");
        cells.SetPart(0, "X-1,first", "X-1,first".AsSpan(0, 3));
        cells.Begin(1);
        var text = " A-7 ,名称,,2025-01-01";
        cells.SetRow(text);
        cells.SetPart(0, text, text.AsSpan(1, 3));
        cells.SetPart(2, text, text.AsSpan(6, 2));
        cells.SetPart(3, text, "elsewhere");
        cells.SetPart(5, text, text.AsSpan(text.Length - 10));

        (cells.String(0), cells.String(2), cells.String(3), cells.String(5), cells.IsNull(1)).Should().Be(("A-7", "名称", "elsewhere", "2025-01-01", true));
        cells.Span(0, 0).ToString().Should().Be("X-1");
        var saved = new ArrayBufferWriter<byte>();
        cells.Save(1, new CsvRowInfo(3, 3, 4), saved);
        var loaded = new RowCells(ApplicationCsvReader.Columns.Length);
        loaded.Load(saved.WrittenSpan);
        (loaded.String(0), loaded.String(2), loaded.String(3), loaded.String(5), loaded.IsNull(1)).Should().Be(("A-7", "名称", "elsewhere", "2025-01-01", true));
    }

    [Fact]
    public void CsvTable_Solid_NeverSaysSoOfWhiteSpace_AndSaysSoOfPrintableAsciiAndChinese()
    {
        // A cell whose first and last characters are solid is not trimmed, so no white space may count as solid.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                CsvTable.Solid((char)c).Should().BeFalse($"U+{c:X4} is white space");
            }
        }

        "!09AZaz~中文名称（）\uD800\uFFFF".ToCharArray().Should().OnlyContain(c => CsvTable.Solid(c));
        " \u007F\u00E9".ToCharArray().Should().NotContain(c => CsvTable.Solid(c), "a space, DEL and é are trimmed or checked the long way");
    }

    [Fact]
    public void CsvTable_RowsWithoutQuotes_AreSplitAtTheirCommasAsTheReaderSplitsThem()
    {
        // Rows without quotes are cut at their commas found a vector at a time: fields of every length, blank, padded,
        // Chinese, rows shorter and longer than the header, commas either side of each sixteen-character boundary.
        string[] pieces = ["", "", " ", "a", "中文", "  x  ", "\u3000y", "é", "CQ2025-000001", new string('z', 15), new string('w', 17), "1,", ",2"];
        var header = Enumerable.Range(0, 30).Select(i => $"c{i}").ToArray();
        string[] known = ["c3", "c0", "c29", "c17", "c16", "c15", "nope", "c1"];
        var random = new Random(20241119);
        var rows = new List<string[]>();
        var text = new System.Text.StringBuilder(string.Join(",", header)).Append('\n');
        for (var r = 0; r < 3_000; r++)
        {
            var line = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "," : string.Empty)));
            var fields = line.Split(',');
            if (fields.All(f => f.Trim().Length == 0))
            {
                continue;
            }

            rows.Add(fields);
            text.Append(line).Append('\n');
        }

        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text.ToString());
            using var table = CsvTable.Open(path, CsvEncoding.Utf8, known, []);
            var cells = new string?[known.Length];
            var read = 0;
            foreach (var info in table.Rows(cells, []))
            {
                var fields = rows[read++];
                info.FieldCount.Should().Be(fields.Length);
                for (var k = 0; k < known.Length; k++)
                {
                    var at = Array.IndexOf(header, known[k]);
                    var expected = at >= 0 && at < fields.Length && fields[at].Trim().Length > 0 ? fields[at].Trim() : null;
                    cells[k].Should().Be(expected, "row {0}, column {1}", read, known[k]);
                }
            }

            read.Should().Be(rows.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ByteLog_ReadAcrossBlocks_GivesTheBytesAppended()
    {
        var log = new ByteLog();
        var random = new Random(3);
        var pieces = Enumerable.Range(0, 40).Select(i => Enumerable.Range(0, random.Next(1, 400_000)).Select(_ => (byte)random.Next()).ToArray()).ToArray();
        var starts = pieces.Select(p => log.Append(p)).ToArray();
        var all = pieces.SelectMany(p => p).ToArray();
        var scratch = Array.Empty<byte>();

        log.Length.Should().Be(all.Length);
        for (var i = 0; i < pieces.Length; i++)
        {
            log.Read(starts[i], pieces[i].Length, ref scratch).ToArray().Should().Equal(pieces[i]);
        }

        log.Read(7, all.Length - 10, ref scratch).ToArray().Should().Equal(all[7..^3]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.0")]
    [InlineData("0.000")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("000123.4500")]
    [InlineData("40827000")]
    [InlineData("999999999999999999")]
    [InlineData("99999999999999999.9")]
    [InlineData("0.00000000000000001")]
    public void TryReadPlainAmount_PlainNumbers_ReadAsTheGeneralParserReadsThem(string text)
    {
        ApplicationCsvReader.TryReadPlainAmount(text, out var fast).Should().BeTrue();
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var general).Should().BeTrue();

        decimal.GetBits(fast).Should().Equal(decimal.GetBits(general), "the value and its scale must be the same");
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("1.2.3")]
    [InlineData("1e6")]
    [InlineData("1,234")]
    [InlineData(" 5")]
    [InlineData("1234567890123456789")]
    [InlineData("٣")]
    public void TryReadPlainAmount_AnythingElse_IsLeftToTheGeneralParser(string text)
    {
        ApplicationCsvReader.TryReadPlainAmount(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryReadPlainAmount_RandomPlainNumbers_ReadAsTheGeneralParserReadsThem()
    {
        var random = new Random(5);
        for (var n = 0; n < 20_000; n++)
        {
            var digits = random.NextInt64(0, 1_000_000_000_000).ToString(CultureInfo.InvariantCulture);
            var whole = new string('0', random.Next(0, 3)) + digits[..random.Next(1, digits.Length + 1)];
            var text = random.Next(3) switch
            {
                0 => whole,
                1 => whole + "." + new string('0', random.Next(0, 3)) + random.Next(0, 1000).ToString(CultureInfo.InvariantCulture),
                _ => whole + "." + new string('0', random.Next(0, 4)),
            };

            if (ApplicationCsvReader.TryReadPlainAmount(text, out var fast))
            {
                decimal.GetBits(fast).Should().Equal(decimal.GetBits(decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)), text);
            }
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("007")]
    [InlineData("500101")]
    [InlineData("999999999")]
    public void TryReadPlainInt_PlainWholeNumbers_ReadAsTheGeneralParserReadsThem(string text)
    {
        ApplicationCsvReader.TryReadPlainInt(text, out var fast).Should().BeTrue();

        fast.Should().Be(int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("1000000000")]
    [InlineData("2147483648")]
    [InlineData("1.0")]
    [InlineData("1,000")]
    [InlineData("٣")]
    [InlineData("12a")]
    public void TryReadPlainInt_AnythingElse_IsLeftToTheGeneralParser(string text)
    {
        ApplicationCsvReader.TryReadPlainInt(text, out _).Should().BeFalse();
    }

    [Fact]
    public void ReadDate_EveryDayOfFourYears_ReadsAsTheIsoPatternReadsIt_AndNoOtherDayDoes()
    {
        // The day is checked against its month the short way up to the 28th: every day of a leap year and of three
        // others, and the days that do not exist (the 29th to the 31st of short months).
        for (var year = 2023; year <= 2026; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                for (var day = 1; day <= 31; day++)
                {
                    var text = $"{year:D4}-{month:D2}-{day:D2}";
                    var exists = day <= DateTime.DaysInMonth(year, month);
                    ApplicationCsvReader.ReadDate(text).Should().Be(exists ? new NodaTime.LocalDate(year, month, day) : null, text);
                }
            }
        }
    }

    [Fact]
    public void ExactMeasure_EveryCode_IsItsMeasure_AndNothingElseIs()
    {
        foreach (var measure in MeasureIds.All)
        {
            ApplicationCsvReader.ExactMeasure(measure.ToCode(), out var read).Should().BeTrue();
            read.Should().Be(measure);
        }

        foreach (var text in new[] { "0", "7", "17", "19", "7e", "7A", " 1", "1 ", "01", "", "a" })
        {
            ApplicationCsvReader.ExactMeasure(text, out _).Should().BeFalse(text);
        }
    }
}
